"""The second test publication (tests/publications/donaustadt/): A5, its own style, Noto Sans
Mono for code, five kinds of pictures, wide tables. Built like the sample, checked with
poppler and with the workplace's checkers (which fail in CI when they are missing)."""
import re
import xml.etree.ElementTree as ElementTree

import truetype
from e2e import (DONAUSTADT, build_publication, chapter_titles, check, finish, fresh_folder,
                 manifest, measure_ids, normalise_space, output_paths, pdf_pages_text, run,
                 run_checker, workplace_tool)

POINTS_PER_MM = 72 / 25.4
# Words whose accented letters Noto Sans Mono draws as composite glyphs, and the lines of the
# code block they appear in: the text must come back from the PDF exactly like this.
COMPOSITE_WORDS = ["Lindenhöhe", "Café"]
CODE_LINES = ["Hafenviertel;Café Donaublick;privat;35;ja",
              "Lindenhöhe;Bürgerhaus Lindenhöhe;öffentlich;80;ja"]

content = DONAUSTADT
style_file = content.parent / "styles" / manifest(content).find("ausgabe").get("stil")
style = ElementTree.parse(style_file).getroot()


def millimetres(length):
    """A length of the style file ("148mm", "10pt") in millimetres."""
    value = float(length[:-2])
    return value if length.endswith("mm") else value / POINTS_PER_MM


page = style.find("seite")
trim_mm = (millimetres(page.get("breite")), millimetres(page.get("hoehe")))
bleed_mm = millimetres(page.get("beschnitt"))
print_settings = style.find("druck")
crop_marks = print_settings is not None and print_settings.get("schnittmarken") == "ja"
check(trim_mm == (148, 210), f"the style asks for A5 (148 × 210 mm), not {trim_mm}")

out = fresh_folder("out")
result = build_publication(content, out)
check(result.returncode == 0, "the second publication builds")
check(": error:" not in result.stderr, "no error while building: " + result.stderr[-2000:])
print(result.stderr[-3000:])
print_pdf, screen_pdf, site = output_paths(out, content)
check(print_pdf.is_file(), "print PDF written")
check(screen_pdf.is_file(), "screen PDF written")
check((site / "index.html").is_file(), "HTML site written")


def page_boxes(pdf):
    """{page: {box name: (x1, y1, x2, y2)}} as pdfinfo reports them."""
    pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", pdf).stdout, re.M).group(1))
    text = run("pdfinfo", "-box", "-f", "1", "-l", str(pages), pdf).stdout
    boxes = {}
    for number, name, values in re.findall(r"^Page\s+(\d+) (\w+):\s+([-\d. ]+)$", text, re.M):
        boxes.setdefault(int(number), {})[name] = tuple(float(v) for v in values.split())
    return boxes


def size_mm(box):
    return ((box[2] - box[0]) / POINTS_PER_MM, (box[3] - box[1]) / POINTS_PER_MM)


def close(first, second, tolerance=0.2):
    return all(abs(a - b) <= tolerance for a, b in zip(first, second))


# Page size: the screen PDF is the trim size; the print PDF has the trim size in its TrimBox,
# the bleed around it, and a MediaBox that grows for crop marks when the style asks for them.
for number, boxes in page_boxes(screen_pdf).items():
    check(close(size_mm(boxes["MediaBox"]), trim_mm),
          f"screen page {number}: A5 MediaBox ({size_mm(boxes['MediaBox'])} mm)")
print_pages = page_boxes(print_pdf)
check(len(print_pages) >= 20, f"pdfinfo reports boxes for every print page ({len(print_pages)})")
for number, boxes in print_pages.items():
    trim, bleed, media = boxes["TrimBox"], boxes["BleedBox"], boxes["MediaBox"]
    check(close(size_mm(trim), trim_mm), f"print page {number}: A5 TrimBox ({size_mm(trim)} mm)")
    insets = [trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]]
    check(all(abs(inset / POINTS_PER_MM - bleed_mm) < 0.05 for inset in insets),
          f"print page {number}: BleedBox {bleed} is {bleed_mm} mm around TrimBox {trim}")
    margins = [bleed[0] - media[0], bleed[1] - media[1], media[2] - bleed[2], media[3] - bleed[3]]
    if crop_marks:
        check(all(margin / POINTS_PER_MM >= 3 for margin in margins),
              f"print page {number}: crop marks: MediaBox {media} at least 3 mm beyond the "
              f"BleedBox {bleed} on every side")
    else:
        check(all(abs(margin) < 0.01 for margin in margins),
              f"print page {number}: no crop marks: MediaBox {media} equals BleedBox {bleed}")
print("crop marks " + ("on" if crop_marks else "off (the style has no <druck schnittmarken=\"ja\"/>)"))

# Text: no complaint from pdftotext, every chapter title in order, composite glyphs whole.
for pdf in (print_pdf, screen_pdf):
    for mode in ([], ["-layout"]):
        extraction = run("pdftotext", *mode, pdf, "-")
        check(extraction.returncode == 0 and extraction.stderr.strip() == "",
              f"{pdf.name}: pdftotext {' '.join(mode)} prints no warning: {extraction.stderr[:500]}")

    page_texts = [normalise_space(text) for text in pdf_pages_text(pdf)]
    titles = chapter_titles(content)
    check(len(titles) >= 5, f"at least five chapters ({len(titles)})")
    body_start = 0
    for title in titles:
        found = next((number for number, text in enumerate(page_texts, start=1)
                      if number > body_start and re.match(r"^(\d+\s+)?" + re.escape(title), text)),
                     None)
        check(found is not None, f"{pdf.name}: chapter {title!r} opens a page after {body_start}")
        body_start = found or body_start

    whole = normalise_space(run("pdftotext", pdf, "-").stdout)
    for word in COMPOSITE_WORDS:
        check(word in whole, f"{pdf.name}: {word!r} is extracted whole")
    for line in CODE_LINES:
        check(line in whole, f"{pdf.name}: the code block line {line!r} reads back exactly")
    for measure in measure_ids(content):
        check(measure in whole, f"{pdf.name}: measure id {measure} in the text")
    check("Musterinhalt" in whole, f"{pdf.name}: marked as Musterinhalt")

# Fonts: every font embedded, with a ToUnicode map; the code font is among them.
for pdf in (print_pdf, screen_pdf):
    lines = run("pdffonts", pdf).stdout.splitlines()[2:]
    check(len(lines) >= 3, f"{pdf.name}: uses fonts ({len(lines)})")
    for line in lines:
        columns = line.split()
        # name type... emb sub uni object-id generation: emb is the fifth column from the end.
        check(columns[-5] == "yes", f"{pdf.name}: font embedded: {line}")
        check(columns[-3] == "yes", f"{pdf.name}: font has a ToUnicode map: {line}")
    check(any("NotoSansMono" in line for line in lines), f"{pdf.name}: the code font is used")
    # The subsets keep what their composite glyphs (ö, é, ü, ...) are made of.
    programs = truetype.embedded_fonts(pdf)
    check(len(programs) == len(lines), f"{pdf.name}: a TrueType program for every font")
    for name, program in programs.items():
        broken = truetype.broken_composites(program)
        check(not broken, f"{pdf.name}: {name}: composite glyphs without their parts "
                          f"(composite, part): {broken[:10]}")
        print(f"{pdf.name}: {name}: {truetype.composite_count(program)} composite glyphs whole")

# Pictures: every one embedded once in each PDF; the print PDF holds them in CMYK only.
pictures = re.findall(r"!\[[^\]]+\]\((bilder/[^ )]+)", "".join(
    (content / part.get("datei")).read_text(encoding="utf-8")
    for part in manifest(content).find("ausgabe") if part.tag == "kapitel"))
check(len(pictures) == 5, f"the chapters show five pictures ({pictures})")
for pdf in (print_pdf, screen_pdf):
    rows = [line.split() for line in run("pdfimages", "-list", pdf).stdout.splitlines()[2:]]
    images = [row for row in rows if len(row) > 5 and row[2] == "image"]
    check(len(images) == len(pictures),
          f"{pdf.name}: {len(pictures)} pictures embedded (pdfimages lists {len(images)})")
    if pdf == print_pdf:
        for row in images:
            check(row[5] == "cmyk", f"{pdf.name}: picture {row[1]} on page {row[0]} is in CMYK "
                                    f"(pdfimages: {row[5]})")
for picture in pictures:
    check((site / picture).is_file(), f"the site carries {picture}")

# The workplace's checkers.
check_pdf = workplace_tool("check-pdf")
check_pdfua = workplace_tool("check-pdfua")
check_html = workplace_tool("check-html")
result = run_checker(check_pdf, print_pdf, "--require-print")
check(result.returncode == 0, "check-pdf --require-print passes the print PDF")
result = run_checker(check_pdf, screen_pdf, "--require-tagged")
check(result.returncode == 0, "check-pdf --require-tagged passes the screen PDF")
result = run_checker(check_pdfua, screen_pdf)
check(result.returncode == 0, "check-pdfua passes the screen PDF")
result = run_checker(check_html, site, report_length=6000)
check(result.returncode == 0, "check-html passes every page of the site")
finish()
