"""The screen PDF as PDF/UA-1 (issue 7, acceptance 1, 3, 4): tagged, every drawn operator
marked, the structure in reading order (compared with a reviewed golden file), text that
extracts without warnings and reads as the document's text, ligatures and kerning in TJ.

Set STADTSATZ_UPDATE_GOLDEN=1 to rewrite the golden file after a reviewed change of the
sample or of the structure; then read the diff before committing it.
"""
import html
import os
import re
import sys

from e2e import (CONTENT, REPOSITORY, build_sample, chapter_titles, check, content_operators,
                 finish, fresh_folder, in_ci, normalise_space, output_paths, parse_structure,
                 pdf_objects, pdf_pages, resolve, run, stream_data, structure_text)

out = fresh_folder("out")
build_sample(out)
print_pdf, screen_pdf, site = output_paths(out)
GOLDEN = REPOSITORY / "tests" / "e2e" / "golden" / "sample-structure.txt"

# pdfinfo: tagged, PDF 1.7, XMP.
info = run("pdfinfo", screen_pdf).stdout
check(re.search(r"^Tagged:\s+yes", info, re.M) is not None, "pdfinfo: Tagged: yes")
check(re.search(r"^PDF version:\s+1\.7", info, re.M) is not None, "pdfinfo: PDF version 1.7")
check(re.search(r"^Metadata Stream:\s+yes", info, re.M) is not None, "pdfinfo: XMP metadata")

# The workplace's checkers: check-pdf --require-tagged and check-pdfua (Matterhorn subset).
tools = REPOSITORY.parent / "shared" / "tools"
if (tools / "check-pdfua").is_file():
    result = run(tools / "check-pdf", screen_pdf, "--require-tagged")
    print(result.stdout[-2500:], result.stderr[-1000:])
    check(result.returncode == 0, "check-pdf --require-tagged passes the screen PDF")
    result = run(tools / "check-pdfua", screen_pdf)
    print(result.stdout[-2500:], result.stderr[-1000:])
    check(result.returncode == 0, "check-pdfua passes the screen PDF")
else:
    check(not in_ci(), f"the workplace's PDF checkers are missing in {tools}")
    print(f"note: no checkers in {tools}; their checks are left out here")

# Every text and image operator of every page is inside marked content (MCID) or an artifact.
objects = pdf_objects(screen_pdf)
pages = pdf_pages(objects)
showing = {"Tj", "TJ", "'", '"', "Do", "BI", "sh"}
unmarked = []
for number, page in enumerate(pages, start=1):
    contents = page.get("/Contents")
    references = contents if isinstance(contents, list) else [contents]
    data = b"".join(stream_data(objects, reference) for reference in references)
    for operator, depth, _ in content_operators(data):
        if operator in showing and depth == 0:
            unmarked.append((number, operator))
check(not unmarked, f"every text and image operator is marked (unmarked: {unmarked[:5]})")

# The structure: chapter titles in order as H1, one Figure with /Alt per image, TH for every
# header cell of every table, one Link element per link, each holding its annotation.
structure = structure_text(screen_pdf)
tree = parse_structure(structure)
headings = [node.text() for node in tree.walk() if node.kind == "H1"]
numbered = [re.sub(r"^\d+\s+", "", heading) for heading in headings]
titles = chapter_titles()
# Every chapter title is an H1, in the chapters' order (the contents' heading "Inhalt" comes
# before them, the generated accessibility statement after them).
positions = [numbered.index(title) if title in numbered else -1 for title in titles]
check(-1 not in positions and positions == sorted(positions),
      f"every chapter title is an H1, in order: {numbered}")
check(numbered[0] == "Inhalt" and numbered[-1] == "Erklärung zur Barrierefreiheit",
      f"the contents' heading first, the accessibility statement last: {numbered}")

markdown = "\n".join(path.read_text(encoding="utf-8")
                     for path in sorted((CONTENT / "kapitel").glob("*.md")))
images = re.findall(r"!\[([^\]]+)\]\(", markdown)
elements = []  # (type, dictionary) of every structure element, from the raw objects
for key, entry in objects.items():
    value = entry.get("value")
    if isinstance(value, dict) and value.get("/Type") == "/StructElem":
        elements.append(value)
figures = [element for element in elements if element.get("/S") == "/Figure"]
# Pictures and charts are Figures; a picture's /Alt is its Markdown alternative text (the
# charts' Figures are checked in test_charts_pdf.py).
alternatives = [str(element.get("/Alt")) for element in figures]
pictures = [alt for alt in images if any(normalise_space(alt) in normalise_space(a) for a in alternatives)]
check(len(pictures) == len(images) and len(figures) > len(images),
      f"a Figure per image, beside the charts' ({len(figures)} Figures for {len(images)} images)")
check(all(element.get("/Alt") for element in figures), "every Figure has /Alt")

header_cells = []
for table in re.findall(r"(?m)^\|.*\|\n\|[-:| ]+\|$", markdown):
    header_cells += [cell.strip() for cell in table.splitlines()[0].strip("|").split("|")]
th_texts = [normalise_space(node.text()) for node in tree.walk() if node.kind == "TH"]
check(all(any("/Scope /Column" in a for a in node.attributes)
          for node in tree.walk() if node.kind == "TH"), "every TH has /Scope /Column")
missing = [cell for cell in header_cells
           if normalise_space(re.sub(r"[*_`]", "", cell)) not in th_texts]
check(not missing, f"every table header cell is a TH ({len(header_cells)} cells; missing {missing[:5]})")

links = [element for element in elements if element.get("/S") == "/Link"]
annotations = []
for page in pages:
    for reference in page.get("/Annots", []):
        annotations.append(reference)
objr = 0
for element in links:
    kids = element.get("/K", [])
    kids = kids if isinstance(kids, list) else [kids]
    count = sum(1 for kid in kids
                if isinstance(resolve(objects, kid), dict)
                and resolve(objects, kid).get("/Type") == "/OBJR")
    check(count >= 1, "every Link element holds its annotation (OBJR)")
    pages_of = [resolve(objects, kid).get("/Pg") for kid in kids
                if isinstance(resolve(objects, kid), dict)
                and resolve(objects, kid).get("/Type") == "/OBJR"]
    check(len(pages_of) == len(set(pages_of)),
          "a link over several lines is one annotation (with QuadPoints), not one per line")
    objr += count
check(objr == len(annotations), f"every annotation is in a Link element ({objr} of {len(annotations)})")

# Reading order: the structure compared with the reviewed golden file.
if os.environ.get("STADTSATZ_UPDATE_GOLDEN") == "1":
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(structure, encoding="utf-8")
    print(f"rewrote {GOLDEN}")
elif GOLDEN.is_file():
    expected = GOLDEN.read_text(encoding="utf-8")
    if expected != structure:
        import difflib
        diff = difflib.unified_diff(expected.splitlines(), structure.splitlines(), "golden",
                                    "built", lineterm="", n=2)
        print("\n".join(list(diff)[:80]))
    check(expected == structure, "pdfinfo -struct-text equals the reviewed golden file "
                                 "(STADTSATZ_UPDATE_GOLDEN=1 rewrites it)")
else:
    check(False, f"golden file {GOLDEN} is missing")

# pdftotext prints no warning for either PDF, and the screen PDF's text is the document's:
# every paragraph of the web edition (the same model) is found in it, ligatures read as their
# letters, added hyphens as soft hyphens (whole words).
for pdf in (print_pdf, screen_pdf):
    result = run("pdftotext", pdf, "-")
    check(result.stderr.strip() == "", f"{pdf.name}: pdftotext prints no warning "
                                       f"({result.stderr.strip()[:200]!r})")
text = normalise_space(run("pdftotext", screen_pdf, "-").stdout)
# Page furniture interrupts a paragraph that runs over a page; compare without it.
furniture = re.compile(r"\s*\b\d{1,3}\b\s*")
paragraphs = []
for page in sorted(site.glob("*.html")):
    if page.name == "index.html":
        continue  # the start page is the web edition's own: facts, download link, contents
    body = page.read_text(encoding="utf-8")
    main = body.split("<main", 1)[-1].split("</main>", 1)[0]
    # The open-data downloads belong to the site only.
    main = re.sub(r'<section class="open-data".*?</section>', "", main, flags=re.S)
    for paragraph in re.findall(r"<p(?: [^>]*)?>(.*?)</p>", main, re.S):
        paragraph = re.sub(r"<a [^>]*class=\"footnote-back\".*?</a>", "", paragraph)  # way back
        plain = normalise_space(html.unescape(re.sub(r"<[^>]+>", "", paragraph)))
        if len(plain) > 40:
            paragraphs.append(plain)
lost = []
for paragraph in paragraphs:
    if paragraph in text:
        continue
    # Split over a page: its beginning and its end are each there.
    if paragraph[:60] in text and paragraph[-60:] in text:
        continue
    lost.append(paragraph[:80])
check(len(paragraphs) > 100, f"the web edition has the sample's paragraphs ({len(paragraphs)})")
check(not lost, f"every paragraph of the document is in the PDF text ({len(lost)} not: {lost[:3]})")
for word in ("Einfluss", "schaffen", "offiziell", "Auflage", "Schifffahrt"):
    if word.lower() in markdown.lower():
        check(word.lower() in text.lower(), f"{word!r} is searchable in the screen PDF")

# Kerning and ligatures are in the content streams: TJ arrays with adjustments, and the
# ffi/ff/fl/fi ligature glyphs map back to their letters.
adjusted = 0
for page in pages[:12]:
    contents = page.get("/Contents")
    references = contents if isinstance(contents, list) else [contents]
    data = b"".join(stream_data(objects, reference) for reference in references)
    adjusted += len(re.findall(rb"\[<[0-9A-F]+>-?\d", data))
check(adjusted > 50, f"TJ arrays carry kerning adjustments ({adjusted} on the first pages)")
ligatures = 0
for key, entry in objects.items():
    data = entry.get("stream", {}).get("data")
    if data and "beginbfrange" in stream_data(objects, key[4:]).decode("latin-1"):
        ligatures += len(re.findall(rb"<(00660066|00660069|0066006C|006600660069)>",
                                    stream_data(objects, key[4:])))
check(ligatures >= 2, f"ToUnicode maps ligature glyphs to their letters ({ligatures})")

finish()
