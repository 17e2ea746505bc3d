"""The sample publication as print and screen PDF (issue 2, acceptance 1-3)."""
import re

from e2e import (build_sample, chapter_titles, check, finish, fresh_folder, manifest, measure_ids,
                 normalise_space, output_paths, pdf_pages_text, run)

out = fresh_folder("out")
build_sample(out)
print_pdf, screen_pdf, site = output_paths(out)
check(print_pdf.is_file(), "print PDF written")
check(screen_pdf.is_file(), "screen PDF written")
check((site / "index.html").is_file(), "HTML site written")

# Fonts: every font of both PDFs is embedded.
for pdf in (print_pdf, screen_pdf):
    lines = run("pdffonts", pdf).stdout.splitlines()[2:]
    check(len(lines) >= 2, f"{pdf.name}: uses fonts ({len(lines)})")
    for line in lines:
        columns = line.split()
        # name type... emb sub uni id gen: "emb" is the fifth column from the end.
        check(columns[-5] == "yes", f"{pdf.name}: font embedded: {line}")

# Metadata and page count.
info = run("pdfinfo", screen_pdf).stdout
title = manifest().find("metadaten/titel").text.strip()
check(re.search(r"^Title:\s+" + re.escape(title) + r"\s*$", info, re.M) is not None,
      f"pdfinfo shows the title {title!r}")
pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
check(pages >= 30, f"at least 30 pages (has {pages})")
check(re.search(r"^Author:\s+\S", info, re.M) is not None, "pdfinfo shows an author")
check(re.search(r"^Subject:\s+\S", info, re.M) is not None, "pdfinfo shows a subject")

# Every chapter title in order, every measure id.
page_texts = [normalise_space(t) for t in pdf_pages_text(screen_pdf)]
whole = " ".join(page_texts)
body_start = 0
titles = chapter_titles()
check(len(titles) >= 9, f"at least 9 chapters ({len(titles)})")
# Skip the table of contents: search from the first chapter opening page onwards.
chapter_pages = {}
for title_text in titles:
    found = None
    for number, text in enumerate(page_texts, start=1):
        if number > body_start and re.match(r"^(\d+\s+)?" + re.escape(title_text), text):
            found = number
            break
    check(found is not None, f"chapter {title_text!r} opens a page after page {body_start}")
    if found:
        chapter_pages[title_text] = found
        body_start = found
for measure in measure_ids():
    check(measure in whole, f"measure id {measure} in the PDF text")
check("Musterinhalt" in whole, "the sample is marked as Musterinhalt")

# The table of contents' page numbers are the pages where the chapters start.
toc_text = " ".join(page_texts[:6])
for title_text, page in chapter_pages.items():
    match = re.search(re.escape(title_text) + r"[ .…]*?(\d+)\b", toc_text)
    check(match is not None, f"table of contents lists {title_text!r}")
    if match:
        check(int(match.group(1)) == page,
              f"table of contents: {title_text!r} on page {match.group(1)}, starts on {page}")

# Bookmarks, clickable internal links and the document language, read from the raw objects.
plain = out / "screen-plain.pdf"
run("qpdf", "--qdf", "--object-streams=disable", screen_pdf, plain)
raw = plain.read_bytes()
check(b"/Type /Outlines" in raw, "the PDF has an outline (bookmarks)")
outline_titles = len(re.findall(rb"/Title (<feff|\()", raw, re.I))
check(outline_titles > len(titles), f"bookmarks for chapters and sections ({outline_titles})")
internal_links = len(re.findall(rb"/Subtype /Link", raw))
check(internal_links >= 20, f"clickable links ({internal_links})")
check(re.search(rb"/Dest (\[|\d+ 0 R)", raw) is not None, "links jump to destinations inside the document")
check(b"/Lang (de)" in raw, "the catalog says the language is German")

finish()
