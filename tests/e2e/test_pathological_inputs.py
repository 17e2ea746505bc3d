"""No input kills the process or takes more than linear time (issue 8): nesting far deeper than
any stack allows ends in one file:line:column error; the inputs that took quadratic time (one
long token of short words, thousands of unclosed links, thousands of autolinks) build within
seconds; damaged and huge images are an error at the place that shows them, never an abort.
The sizes are those that crashed or took a minute before; the bench
(tests/bench/pathological_inputs.py) measures the growth at larger ones.
"""
import struct
import subprocess
import sys
import time
import zlib

from e2e import REPOSITORY, STADTSATZ, check, finish, fresh_folder

sys.path.insert(0, str(REPOSITORY / "tests" / "bench"))
import pathological_cases as cases  # noqa: E402

FIXTURES = REPOSITORY / "tests" / "unit" / "fixtures" / "images"
SECONDS = 30  # each build here takes 1 to 3 s; before the fixes, the slow ones took 40 to 150


def build(name, files, images=None, *options):
    """Builds a publication of `files` (and pictures in content/bilder/); returns the result
    and its wall time."""
    root = fresh_folder(name)
    content = cases.make_publication(root, REPOSITORY, files)
    for picture, data in (images or {}).items():
        (content / "bilder").mkdir(exist_ok=True)
        (content / "bilder" / picture).write_bytes(data)
    started = time.monotonic()
    result = subprocess.run([str(STADTSATZ), "build", str(content), "--out", str(root / "out"),
                             *options], capture_output=True, text=True, errors="replace")
    seconds = time.monotonic() - started
    return result, seconds


def errors(result):
    return [line for line in result.stderr.splitlines() if ": error: " in line]


# Nesting: one error at the first level too deep, quickly.
LIMIT_MESSAGE = "zu tief verschachtelt: mehr als 32 Ebenen"
for name, files, column in [
    ("quotes", cases.nested_quotes(20_000), 65),
    ("bullets", cases.nested_bullets(10_000), 65),
    ("ordered", cases.nested_ordered(10_000), 97),
    ("emphasis", cases.nested_emphasis(30_000), 113),
]:
    result, seconds = build("nesting-" + name, files)
    found = errors(result)
    check(result.returncode == 1, f"nesting {name}: exit 1, not {result.returncode}")
    check(len(found) == 1 and LIMIT_MESSAGE in found[0],
          f"nesting {name}: one error about the depth: {found[:3]} {result.stderr[-300:]}")
    where = f"{cases.CHAPTER}:3:{column}: error:"
    check(bool(found) and where in found[0],
          f"nesting {name}: the error points at the first level too deep ({where}): {found[:1]}")
    check(seconds < SECONDS, f"nesting {name}: {seconds:.1f} s")

# Formerly quadratic inputs: they build in seconds (80,000 links only as HTML: one paragraph
# with that many is more than libharu can tag, see the README's limits).
for name, files, options in [
    ("comma token", cases.comma_token(40_000), []),
    ("unclosed links", cases.unclosed_links(40_000), []),
    ("unclosed angle links", cases.unclosed_angle_links(40_000), []),
    ("autolinks", cases.autolinks(20_000), []),
    ("autolinks in HTML", cases.autolinks(80_000), ["--format", "html"]),
]:
    result, seconds = build("linear-" + name.replace(" ", "-"), files, None, *options)
    check(result.returncode == 0, f"{name}: builds: {result.stderr[-500:]}")
    check(seconds < SECONDS, f"{name}: built in {seconds:.1f} s (at most {SECONDS})")

# A table longer than libharu can tag: a clear error instead of "libharu error 0x1025".
result, _ = build("pdf-array-limit", cases.table_rows(33_000))
check(result.returncode == 1 and "das PDF fasst höchstens 32767 Einträge je Liste" in result.stderr,
      f"a 33,000-row table: the PDF's limit is named: {result.stderr[-500:]}")
check("0x1025" not in result.stderr, "a 33,000-row table: no bare libharu code")
check(".stadtsatz-staging" not in result.stderr and "probe.pdf:" in result.stderr,
      f"a 33,000-row table: the error names the output PDF, not the staging folder: "
      f"{result.stderr[-500:]}")


# Pictures: damaged, lying or unusual files referenced from a chapter.
def png_chunk(kind, data):
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png(width, height, bit_depth=8, colour_type=2, rows=b"\0" * 7):
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header)
            + png_chunk(b"IDAT", zlib.compress(rows)) + png_chunk(b"IEND", b""))


rgb8 = (FIXTURES / "rgb8.png").read_bytes()
idat = rgb8.index(b"IDAT")
flipped = bytearray(rgb8)
flipped[idat + 10] ^= 0x20
jpeg = (FIXTURES / "rgb.jpg").read_bytes()
PICTURES = {
    # file: the start of the expected message, or None when the picture is fine
    "abgeschnitten.png": (rgb8[:len(rgb8) // 2], "Bilddatei ist beschädigt (PNG:"),
    "riesig.png": (png(100_000, 100_000), "Bild ist zu groß: 100000 × 100000 Pixel"),
    "megapixel.png": (png(10_001, 10_000, colour_type=0, rows=b"\0" * 200_000),
                      "Bild ist zu groß: 10001 × 10000 Pixel (höchstens 30000 Pixel je Seite "
                      "und 100 Megapixel)"),
    "kopf.png": (png(2, 1, bit_depth=3), "Bilddatei ist beschädigt (PNG:"),
    "gekippt.png": (bytes(flipped), "Bilddatei ist beschädigt (PNG:"),
    "abgeschnitten.jpg": (jpeg[:len(jpeg) * 2 // 3], "Bilddatei ist beschädigt (JPEG:"),
    "kaputt.jpg": (jpeg[:jpeg.index(b"\xff\xda") + 20] + b"\xff" * 40
                   + jpeg[jpeg.index(b"\xff\xda") + 60:], "Bilddatei ist beschädigt (JPEG:"),
    "cmyk.jpg": ((FIXTURES / "cmyk.jpg").read_bytes(), None),
    "rgb16.png": ((FIXTURES / "rgb16.png").read_bytes(), None),
}
body = "\n\n".join(f"![Bild {index}](bilder/{name})" for index, name in enumerate(PICTURES))
result, seconds = build("pictures", cases.chapter(body),
                        {name: data for name, (data, _) in PICTURES.items()})
check(result.returncode == 1, f"pictures: exit 1, not {result.returncode}: {result.stderr[-500:]}")
found = errors(result)
for index, (name, (_, expected)) in enumerate(PICTURES.items()):
    line = 3 + 2 * index
    mine = [error for error in found if f"„bilder/{name}“" in error]
    if expected is None:
        check(not mine, f"picture {name} is fine: {mine}")
        continue
    check(len(mine) == 1 and f"{cases.CHAPTER}:{line}:1: error: " in mine[0]
          and expected in mine[0],
          f"picture {name}: one error at {cases.CHAPTER}:{line}:1 saying „{expected}“: {mine}")
check(len(found) == sum(1 for _, expected in PICTURES.values() if expected),
      f"pictures: one error per bad picture and no other: {found}")
check(seconds < SECONDS, f"pictures: {seconds:.1f} s")

# A good picture still builds, so the errors above are the pictures' own.
result, _ = build("picture-good", cases.chapter("![Bild](bilder/rgb16.png)"),
                  {"rgb16.png": PICTURES["rgb16.png"][0]})
check(result.returncode == 0, f"a 16-bit PNG builds: {result.stderr[-500:]}")
finish()
