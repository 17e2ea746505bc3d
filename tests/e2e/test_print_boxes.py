"""Print PDF: TrimBox 3 mm inside the BleedBox on every page; screen PDF: no print boxes."""
import re

from e2e import build_sample, check, finish, fresh_folder, output_paths, run

BLEED_POINTS = 3 / 25.4 * 72  # 3 mm

out = fresh_folder("out")
build_sample(out)
print_pdf, screen_pdf, _ = output_paths(out)


def page_boxes(pdf):
    """{page: {box name: (x1, y1, x2, y2)}} as pdfinfo reports them."""
    pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", pdf).stdout, re.M).group(1))
    text = run("pdfinfo", "-box", "-f", "1", "-l", str(pages), pdf).stdout
    boxes = {}
    for page, name, values in re.findall(r"^Page\s+(\d+) (\w+):\s+([-\d. ]+)$", text, re.M):
        boxes.setdefault(int(page), {})[name] = tuple(float(v) for v in values.split())
    return boxes


def raw_objects(pdf, scratch_name):
    """The PDF with uncompressed objects, so dictionary keys can be searched as text."""
    plain = out / scratch_name
    run("qpdf", "--qdf", "--object-streams=disable", pdf, plain)
    return plain.read_bytes()


boxes = page_boxes(print_pdf)
check(len(boxes) >= 30, f"pdfinfo reports boxes for every page ({len(boxes)})")
for page, page_box in boxes.items():
    trim, bleed, media = page_box["TrimBox"], page_box["BleedBox"], page_box["MediaBox"]
    insets = [trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]]
    ok = all(abs(inset - BLEED_POINTS) < 0.05 for inset in insets)
    check(ok, f"print page {page}: TrimBox {trim} is 3 mm inside BleedBox {bleed}")
    check(bleed == media, f"print page {page}: BleedBox equals MediaBox")
    # A4 trim size
    check(abs((trim[2] - trim[0]) - 595.28) < 0.5 and abs((trim[3] - trim[1]) - 841.89) < 0.5,
          f"print page {page}: trim size is A4 ({trim})")

print_raw = raw_objects(print_pdf, "print-plain.pdf")
screen_raw = raw_objects(screen_pdf, "screen-plain.pdf")
check(b"/TrimBox" in print_raw and b"/BleedBox" in print_raw, "print PDF names TrimBox/BleedBox")
check(b"/TrimBox" not in screen_raw, "screen PDF has no TrimBox")
check(b"/BleedBox" not in screen_raw, "screen PDF has no BleedBox")
screen_boxes = page_boxes(screen_pdf)
first = screen_boxes[1]["MediaBox"]
check(abs(first[2] - first[0] - 595.28) < 0.5, f"screen PDF MediaBox is the A4 trim size {first}")

# Colours: the print PDF paints in CMYK (k/K operators), the screen PDF in RGB (rg/RG).
check(re.search(rb"\d k\n", print_raw) is not None, "print PDF uses CMYK fill colours")
check(re.search(rb"\d rg\n", print_raw) is None, "print PDF uses no RGB fill colours")
check(re.search(rb"\d rg\n", screen_raw) is not None, "screen PDF uses RGB fill colours")

finish()
