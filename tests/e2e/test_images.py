"""Pictures of every kind appear correctly in both PDFs (issue 7, acceptance 5 and 2): a
small publication shows the image fixtures (four flat quadrants of known colour each); the
pages are rendered with pdftoppm and each quadrant's pixels compared with what the source
holds. Print images are all CMYK; the screen keeps what it can pass through.
"""
import re
import shutil

from e2e import REPOSITORY, STADTSATZ, check, finish, fresh_folder, run

FIXTURES = REPOSITORY / "tests" / "unit" / "fixtures" / "images"

# The fixtures' quadrants (tests/unit/fixtures/images/fixture_colours.hpp): top left, top
# right, bottom left, bottom right, as sRGB seen on white paper.
RGB = [(0x00, 0x50, 0x8C), (0xC8, 0x1E, 0x28), (0xFF, 0xFF, 0xFF), (0x00, 0x00, 0x00)]
GREY = [0x00, 0x55, 0xAA, 0xFF]
ALPHA = [255, 128, 0, 64]


def over_white(colour, alpha):
    return tuple(round(c * alpha / 255 + 255 * (1 - alpha / 255)) for c in colour)


PICTURES = {
    # file: the quadrants as the screen shows them (None: only checked for its kind of colour)
    "rgb16.png": RGB[:3] + [(0x12, 0x56, 0x9A)],
    "palette-trns.png": [over_white(RGB[q], (255, 128, 0, 255)[q]) for q in range(4)],
    "rgba8.png": [over_white(RGB[q], ALPHA[q]) for q in range(4)],
    "interlaced.png": RGB,
    "grey16.png": [(v, v, v) for v in (0x00, 0x12, 0xAB, 0xFF)],
    "grey.jpg": [(v, v, v) for v in GREY],
    "rgb.jpg": RGB,
    "cmyk.jpg": None,
    "cmyk-adobe.jpg": None,
}

# A publication of one chapter per picture, set with the repository's style and fonts.
root = fresh_folder("publication")
content = root / "content"
(content / "kapitel").mkdir(parents=True)
(content / "bilder").mkdir()
shutil.copytree(REPOSITORY / "styles", root / "styles")
shutil.copytree(REPOSITORY / "fonts", root / "fonts")
chapters = []
for index, name in enumerate(PICTURES):
    shutil.copy(FIXTURES / name, content / "bilder" / name)
    chapter = f"kapitel/{index:02d}.md"
    (content / chapter).write_text(
        f"# Bild {name}\n\nDas folgende Bild zeigt vier Farbfelder.\n\n"
        f"![Vier Farbfelder aus der Datei {name}](bilder/{name} \"Farbfelder {name}\")\n",
        encoding="utf-8")
    chapters.append(f'    <kapitel datei="{chapter}"/>')
manifest = (REPOSITORY / "content" / "publikation.xml").read_text(encoding="utf-8")
manifest = re.sub(r"<ausgabe .*</ausgabe>",  # every edition: one
                  '<ausgabe id="bilder" titel="Bildprobe" stil="standard.xml" dateiname="bilder">\n'
                  + "\n".join(chapters) + "\n  </ausgabe>", manifest, flags=re.S)
(content / "publikation.xml").write_text(manifest, encoding="utf-8")

out = root / "out"
result = run(STADTSATZ, "build", content, "--out", out)
print(result.stdout[-2000:], result.stderr[-3000:])
check(result.returncode == 0, "the picture publication builds")
print_pdf = out / "bilder" / "bilder-druck.pdf"
screen_pdf = out / "bilder" / "bilder.pdf"


def images_list(pdf):
    lines = run("pdfimages", "-list", pdf).stdout.splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


screen_images = images_list(screen_pdf)
print_images = images_list(print_pdf)
# Soft masks are listed as "smask" images of their own.
check(len([i for i in print_images if i[2] == "image"]) == len(PICTURES),
      f"print PDF: one image per picture ({len(print_images)})")
check(all(i[5] == "cmyk" for i in print_images if i[2] == "image"),
      "print PDF: every image is CMYK: " + ", ".join(i[5] for i in print_images))
check(not any(i[2] == "smask" for i in print_images), "print PDF: transparency flattened")
check(any(i[2] == "smask" for i in screen_images), "screen PDF: transparency as soft mask")


def placements(pdf):
    """Per page, where the picture is drawn: (x, y, width, height) in points (y up), from the
    `width 0 0 height x y cm /X Do` of the decompressed content stream."""
    plain = root / (pdf.stem + "-plain.pdf")
    run("qpdf", "--qdf", "--object-streams=disable", pdf, plain)
    text = plain.read_bytes().decode("latin-1")
    found = []
    for match in re.finditer(r"([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm\n/\w+ Do", text):
        width, height, x, y = (float(v) for v in match.groups())
        found.append((x, y, width, height))
    return found


def read_ppm(path):
    data = path.read_bytes()
    parts = data.split(maxsplit=4)
    width, height = int(parts[1]), int(parts[2])
    return width, height, parts[4][-width * height * 3:]


def quadrant_colours(pdf, page, box, media_height, offset=0.0):
    """The rendered colour in the middle of each quadrant of the picture at `box`."""
    stem = root / f"{pdf.stem}-{page}"
    run("pdftoppm", "-r", "72", "-f", page, "-l", page, pdf, stem)
    ppm = next(root.glob(f"{stem.name}*.ppm"))
    width, height, pixels = read_ppm(ppm)
    x, y, w, h = box
    colours = []
    for qx, qy in ((0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)):
        px = int(x + w * qx)
        py = int(height - (y + h * (1 - qy)))
        i = (py * width + px) * 3
        colours.append(tuple(pixels[i:i + 3]))
    ppm.unlink()
    return colours


def close(actual, expected, tolerance):
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected))


screen_boxes = placements(screen_pdf)
print_boxes = placements(print_pdf)
check(len(screen_boxes) == len(PICTURES), f"screen PDF draws every picture ({len(screen_boxes)})")
first_page = 4  # title, imprint, contents (one page), then one chapter per picture
for index, (name, expected) in enumerate(PICTURES.items()):
    page = first_page + index
    if index >= len(screen_boxes) or index >= len(print_boxes):
        break
    screen = quadrant_colours(screen_pdf, page, screen_boxes[index], 0)
    printed = quadrant_colours(print_pdf, page, print_boxes[index], 0)
    print(f"{name}: screen {screen}, print {printed}")
    if expected is not None:
        for q in range(4):
            check(close(screen[q], expected[q], 6),
                  f"{name}: screen quadrant {q} is {screen[q]}, the source {expected[q]}")
            # Print is CMYK through FOGRA39, rendered back by poppler: near, not equal.
            check(close(printed[q], expected[q], 70),
                  f"{name}: print quadrant {q} is {printed[q]}, the source {expected[q]}")
    else:
        # Ink 230 100 0 40 (a blue), 0 150 230 0 (an orange), none, black only.
        for rendered, where in ((screen, "screen"), (printed, "print")):
            blue, orange, paper, black = rendered
            check(blue[2] > blue[0] + 60, f"{name} {where}: the blue quadrant is blue {blue}")
            check(orange[0] > orange[2] + 80 and orange[0] > orange[1],
                  f"{name} {where}: the orange quadrant is orange {orange}")
            check(min(paper) >= 240, f"{name} {where}: the paper quadrant is white {paper}")
            check(max(black) <= 70, f"{name} {where}: the black quadrant is black {black}")
    if name == "cmyk-adobe.jpg":
        plain_cmyk = quadrant_colours(screen_pdf, first_page + list(PICTURES).index("cmyk.jpg"),
                                      screen_boxes[list(PICTURES).index("cmyk.jpg")], 0)
        check(all(close(a, b, 8) for a, b in zip(screen, plain_cmyk)),
              "an Adobe-inverted CMYK JPEG shows the same colours as the plain one")

finish()
