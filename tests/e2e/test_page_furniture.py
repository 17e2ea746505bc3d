"""Running headers, contents, bookmarks and HTML titles on a copy of the sample set in A5:
a long chapter title is shortened with an ellipsis inside the type area, {kurztitel="…"} and
the manifest's kurztitel= replace the title in the header, struck-through text (~~…~~)
stays in the body only. Characters the fonts lack are warnings with file:line:column and are
drawn from the style's <ersatzschrift>; every list level's bullet is drawn, no .notdef."""
import json
import re
import shutil

from e2e import (REPOSITORY, STADTSATZ, check, finish, fresh_folder, output_paths, pdf_objects,
                 pdf_pages, run, stream_data)

POINTS_PER_MM = 72 / 25.4
STRUCK = "Altfassung"  # the struck-through word of chapter 1's title
LONG_TITLE = (f"Ausgangslage ~~{STRUCK}~~ der Stadt: Bevölkerung, Zuwanderung, Arbeitsmarkt, "
              "Bildung und Wohnen in allen Neu-Ulmer Stadtteilen {#ausgangslage}")

root = fresh_folder("furniture")
for folder in ("content", "styles", "fonts"):
    shutil.copytree(REPOSITORY / folder, root / folder)
content = root / "content"
chapters = content / "kapitel"

# A5 with narrow margins: the type area is 148 - 18 - 14 = 116 mm wide.
style_file = root / "styles" / "standard.xml"
style_text = style_file.read_text(encoding="utf-8")
style_text = re.sub(r"<seite [^>]*/>", '<seite breite="148mm" hoehe="210mm" beschnitt="3mm" '
                    'rand-innen="18mm" rand-aussen="14mm" rand-oben="20mm" rand-unten="20mm"/>',
                    style_text, count=1)
style_file.write_text(style_text, encoding="utf-8")
check("<ersatzschrift" in style_text, "the standard style names a fallback font")

first = chapters / "01-ausgangslage.md"
text = first.read_text(encoding="utf-8").split("\n", 1)[1]
symbols_line = "Stand der Arbeit: ✓ erledigt, ☐ offen, ✓ geprüft."
nested = ("- erste Ebene\n  - zweite Ebene\n    - dritte Ebene mit Kreis\n"
          "      - vierte Ebene\n")
first.write_text(f"# {LONG_TITLE}\n\n{symbols_line}\n\n{nested}\n{text}", encoding="utf-8")
symbols_number = 3  # the line of the symbols paragraph
second = chapters / "02-prozess.md"
lines = second.read_text(encoding="utf-8").split("\n", 1)
second.write_text(lines[0] + ' {kurztitel="Weg ~ kurz"}\n' + lines[1], encoding="utf-8")
publication = content / "publikation.xml"
manifest_text = publication.read_text(encoding="utf-8")
manifest_text = manifest_text.replace('<kapitel datei="kapitel/03-rolle-der-stadt.md"/>',
                                      '<kapitel datei="kapitel/03-rolle-der-stadt.md" '
                                      'kurztitel="Stadtrolle"/>')
publication.write_text(manifest_text, encoding="utf-8")

out = fresh_folder("furniture-out")
result = run(STADTSATZ, "build", content, "--out", out)
print(result.stderr[-3000:])
check(result.returncode == 0, "the A5 copy builds")
check(": error:" not in result.stderr, "no error")

# Missing glyphs: one warning per character and file, at the character's column.
warnings = [line for line in result.stderr.splitlines() if "kein Zeichen für" in line]
check_mark = [line for line in warnings if "„✓“" in line]
check(len(check_mark) == 1, f"one warning for ✓ although it appears twice: {warnings}")
column = symbols_line.index("✓") + 1
check(check_mark and f"kapitel/01-ausgangslage.md:{symbols_number}:{column}: warning:"
      in check_mark[0],
      f"the warning points at line {symbols_number}, column {column}: {check_mark}")
check(check_mark and "DejaVuSans.ttf" in check_mark[0], "it names the fallback font")
check(any("„☐“" in line for line in warnings), "☐ is reported too")
check(not any("◦" in line for line in warnings),
      "the bullet, which the program chooses, is no warning for the editor")

print_pdf, screen_pdf, html = output_paths(out, content)

# The fallback font is embedded as a subset with a ToUnicode map; the symbols read back.
fonts = run("pdffonts", screen_pdf).stdout
print(fonts)
dejavu = [line for line in fonts.splitlines() if "DejaVuSans" in line]
check(dejavu and re.search(r"\+DejaVuSans\s", dejavu[0]) is not None,
      "DejaVu Sans is embedded as a subset")
check(dejavu and " yes yes yes " in " " + " ".join(dejavu[0].split()) + " ",
      "… embedded, subset, with ToUnicode")
plain = run("pdftotext", screen_pdf, "-").stdout
check("✓ erledigt, ☐ offen, ✓ geprüft" in re.sub(r"\s+", " ", plain),
      "the symbols come back from the PDF's text")
check("◦" in plain, "the third-level bullet ◦ is drawn and reads back")

# No .notdef (CID 0) in any text shown by any page.
objects = pdf_objects(screen_pdf)
notdef = 0
for page in pdf_pages(objects):
    contents = page.get("/Contents")
    references = contents if isinstance(contents, list) else [contents]
    for reference in references:
        data = stream_data(objects, reference)
        for string in re.findall(rb"<([0-9A-Fa-f\s]*)>\s*(?:Tj|\]|-?\d)", data):
            digits = re.sub(rb"\s", b"", string)
            notdef += sum(1 for index in range(0, len(digits) - 3, 4)
                          if digits[index:index + 4] == b"0000")
check(notdef == 0, f"no glyph 0 (.notdef) is drawn: {notdef}")

# Running headers from pdftotext -bbox: words above the type area's top.
bbox = run("pdftotext", "-bbox", screen_pdf, "-").stdout
page_width = 148 * POINTS_PER_MM
page_height = 210 * POINTS_PER_MM
inner, outer, top, bottom = (m * POINTS_PER_MM for m in (18, 14, 20, 20))
type_width = page_width - inner - outer
headers = []  # (page index, text, x min, x max)
overlaps = []
for index, page in enumerate(re.findall(r"<page[^>]*>(.*?)</page>", bbox, re.S)):
    words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        page)]
    head = [w for w in words if w[3] < top]
    if head:
        headers.append((index, " ".join(w[4] for w in head), min(w[0] for w in head),
                        max(w[2] for w in head)))
    footer = [w for w in words if w[1] > page_height - bottom]
    for number in footer:
        for other in words:
            if other is not number and other[0] < number[2] and number[0] < other[2] and \
                    other[1] < number[3] and number[1] < other[3]:
                overlaps.append((index, number[4], other[4]))
check(len(headers) > 20, f"running headers found on {len(headers)} pages")
outside = [h for h in headers
           if not any(h[2] >= left - 0.5 and h[3] <= left + type_width + 0.5
                      for left in (inner, outer))]
check(not outside, f"every running header stays inside the type area: {outside[:5]}")
check(not overlaps, f"no page number overlaps other text: {overlaps[:5]}")
first_headers = [h[1] for h in headers if h[1].startswith("1 ")]
check(first_headers and all(h.endswith("…") and "Ausgangslage der Stadt" in h
                            for h in first_headers),
      f"chapter 1's header is its title shortened with an ellipsis: {first_headers[:2]}")
check(any(h[1] == "2 Weg ~ kurz" for h in headers), "{kurztitel=…} is chapter 2's header")
check(any(h[1] == "3 Stadtrolle" for h in headers), "the manifest's kurztitel= is chapter 3's")
check(not any(STRUCK in h[1] for h in headers), "no struck-through word in a header")

# Contents and bookmarks leave the struck word out; the body keeps it.
check(plain.count(STRUCK) == 1, f"{STRUCK} appears once in the PDF (the body's title), "
      f"not in the contents: {plain.count(STRUCK)}")
outlines = json.loads(run("qpdf", "--json", "--json-key=outlines", screen_pdf).stdout)
titles = []


def walk(items):
    for item in items:
        titles.append(item.get("title", ""))
        walk(item.get("kids", []))


walk(outlines.get("outlines", []))
check(any(t.startswith("1 Ausgangslage der Stadt:") for t in titles),
      f"chapter 1's bookmark without the struck word: {titles[:4]}")
check(not any(STRUCK in t for t in titles), "no bookmark has the struck-through word")

# HTML: <title> and navigation without it, the heading with it (struck through).
page = (html / "ausgangslage.html").read_text(encoding="utf-8")
title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
check(STRUCK not in title and title.startswith("Ausgangslage der Stadt:"),
      f"the HTML title leaves the struck word out: {title}")
check(re.search(r"<h1[^>]*>.*<del>" + STRUCK + "</del>", page, re.S) is not None,
      "the HTML heading keeps it, struck through")
navigation = "".join(re.findall(r"<nav.*?</nav>", page, re.S))
check(STRUCK not in navigation, "no navigation text has the struck word")
index = (html / "index.html").read_text(encoding="utf-8")
check(STRUCK not in index, "the start page's contents leave it out")

finish()
