"""Tables (issue 9, item 4): a 10-column table with a URL, an e-mail address, money,
percentages and long German header words, built at A4 (the standard style), at A5 (the same
style with `<seite breite="148mm" hoehe="210mm" …>`) and at A4 landscape. From the words pdftotext reports in
drawing order (cell by cell, line by line) the test checks: no cell word breaks without a
hyphen (URLs and e-mail addresses break after / . @ and before ? # with none); no header word
is hyphenated where the table fits with whole header words; money and percentages stay whole
on one line; number columns align on the decimal comma; the URL column takes no room the other
columns need (their header words stay whole at A4, no column runs into the next)."""
import html
import re
import shutil

from e2e import REPOSITORY, STADTSATZ, check, finish, fresh_folder, run

# Header, then rows. Integer parts and decimal parts repeat inside each number column, so the
# alignment on the comma can be checked from word edges alone (same integer part: same left
# edge; same decimal part: same right edge).
HEADER = ["Stadtteil", "Einwohnerinnen", "Migrationshintergrund", "Barrierefreiheit",
          "Budget 2027", "Förderquote", "Veränderung", "Ansprechstelle", "Internetadresse",
          "E-Mail"]
ROWS = [
    ["Ludwigsfeld", "4.310", "38,5\u202F%", "Rampen und Aufzüge in allen Beratungsstellen",
     "1.250,50\u202F€", "60\u202F%", "+2,4\u202F%", "Quartiersbüro Ludwigsfeld",
     "https://www.stadt.example/integration/quartiere/ludwigsfeld/beratung?sprache=de#termine",
     "ludwigsfeld@integration.stadt.example"],
    ["Vorfeld", "12.480", "38\u202F%", "Leichte Sprache und Gebärdensprachdolmetschung",
     "1.250\u202F€", "12\u202F%", "+2,75\u202F%", "Stadtteilzentrum Vorfeld",
     "https://www.stadt.example/integration/quartiere/vorfeld/",
     "vorfeld@integration.stadt.example"],
    ["Offenhausen", "980", "41,25\u202F%", "Barrierefreie Internetseiten der Integrationskursanbieter",
     "980,75\u202F€", "60\u202F%", "-0,8\u202F%", "Bürgerhaus Offenhausen",
     "https://www.stadt.example/integration/quartiere/offenhausen/angebote",
     "offenhausen@integration.stadt.example"],
    ["Wiley", "7.220", "41,5\u202F%", "Induktionsschleifen im Bürgerbüro",
     "12.400\u202F€", "12,5\u202F%", "+2\u202F%", "Nachbarschaftstreff Wiley",
     "https://www.stadt.example/integration/quartiere/wiley/",
     "wiley@integration.stadt.example"],
]
NUMBER_COLUMNS = [1, 2, 4, 5, 6]
URL_COLUMN, MAIL_COLUMN = 8, 9
CAPTION = "Integrationsangebote und Kennzahlen der Stadtteile (Musterwerte)"

CHAPTER = "\n".join([
    "# Kennzahlen der Stadtteile", "",
    "Die folgende Tabelle fasst die Angebote der Stadtteile zusammen; die Adressen sind "
    "erfunden. Weitere Auskunft gibt https://www.stadt.example/integration/kontakt/ oder "
    "integration@stadt.example.", "",
    "Tabelle: " + CAPTION, "",
    "| " + " | ".join(HEADER) + " |",
    "|:--|--:|--:|:--|--:|--:|--:|:--|:--|:--|",
    *["| " + " | ".join(row) + " |" for row in ROWS], "",
    "Die Werte werden jährlich fortgeschrieben.", ""])

HYPHENS = ("-", "\u00ad")
MM = 72 / 25.4


def make_publication():
    root = fresh_folder("publication")
    for folder in ("content", "styles", "fonts"):
        shutil.copytree(REPOSITORY / folder, root / folder)
    (root / "content" / "kapitel" / "09-tabelle.md").write_text(CHAPTER, encoding="utf-8")
    standard = (root / "styles" / "standard.xml").read_text(encoding="utf-8")
    a5, count = re.subn(r'<seite breite="210mm" hoehe="297mm"[^>]*/>',
                        '<seite breite="148mm" hoehe="210mm" beschnitt="3mm" rand-innen="15mm" '
                        'rand-aussen="12mm" rand-oben="18mm" rand-unten="20mm"/>', standard)
    check(count == 1, "the A5 style replaces the standard style's page size")
    (root / "styles" / "a5.xml").write_text(a5, encoding="utf-8")
    landscape = standard.replace('<seite breite="210mm" hoehe="297mm"',
                                 '<seite breite="297mm" hoehe="210mm"')
    (root / "styles" / "a4-quer.xml").write_text(landscape, encoding="utf-8")
    manifest_file = root / "content" / "publikation.xml"
    manifest = manifest_file.read_text(encoding="utf-8")
    editions = "\n".join(
        f'  <ausgabe id="{name}" titel="Tabelle {name.upper()}" stil="{style}" '
        f'dateiname="tabelle-{name}">\n    <kapitel datei="kapitel/09-tabelle.md"/>\n  </ausgabe>'
        for name, style in (("a4", "standard.xml"), ("a5", "a5.xml"), ("quer", "a4-quer.xml")))
    manifest, count = re.subn(r"  <ausgabe .*?</ausgabe>", editions, manifest, count=1,
                              flags=re.S)
    check(count == 1, "the manifest's edition is replaced by an A4 and an A5 edition")
    manifest_file.write_text(manifest, encoding="utf-8")
    return root


def words_in_drawing_order(pdf):
    """[(page, text, xMin, yMin, xMax, yMax)] in content-stream order."""
    text = run("pdftotext", "-raw", "-bbox", pdf, "-").stdout
    words = []
    for page_number, page in enumerate(re.findall(r"<page .*?</page>", text, re.S), start=1):
        for x1, y1, x2, y2, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                page):
            words.append((page_number, html.unescape(word), float(x1), float(y1), float(x2),
                          float(y2)))
    return words


def tokens(cell):
    return cell.replace("\u202f", " ").replace("\u00a0", " ").split()


def is_web_address(token):
    return "://" in token or token.startswith("www.") or "@" in token


def match_cells(words):
    """Walks the drawn words through the expected cells. Returns, per (row, column), the list
    of word records and the breaks inside tokens: (row, column, token, fragment, kind) with kind
    'hyphen' (a hyphen added), 'explicit' (after the word's own hyphen), 'address' (inside a
    URL or e-mail address, no hyphen) or 'bad' (anything else)."""
    # The table starts after its caption.
    first = next(index for index, word in enumerate(words) if word[1] == "(Musterwerte)") + 1
    cells, breaks = {}, []
    position = first
    for row, cells_of_row in enumerate([HEADER] + ROWS):
        if row > 0:
            # A page break may come before the row: skip the page's furniture and the repeated
            # header up to the row's first word.
            start = tokens(cells_of_row[0])[0]
            while position < len(words) and not (
                    words[position][1] == start or (words[position][1].endswith(HYPHENS) and
                                                    start.startswith(words[position][1][:-1]))):
                position += 1
        for column, cell in enumerate(cells_of_row):
            placed = cells.setdefault((row, column), [])
            for token in tokens(cell):
                rest = token
                while rest:
                    check(position < len(words), f"the PDF has the word {rest!r} of {cell!r}")
                    if position >= len(words):
                        return cells, breaks
                    word = words[position]
                    position += 1
                    text = word[1]
                    placed.append(word)
                    if text == rest:
                        rest = ""
                    elif text.endswith(HYPHENS) and rest.startswith(text[:-1]) and \
                            not rest.startswith(text):
                        breaks.append((row, column, token, text, "hyphen"))
                        rest = rest[len(text) - 1:]
                    elif rest.startswith(text) and text.endswith("-"):
                        breaks.append((row, column, token, text, "explicit"))
                        rest = rest[len(text):]
                    elif rest.startswith(text) and is_web_address(token) and (
                            text[-1] in "/.@" or rest[len(text):len(text) + 1] in ("?", "#")):
                        breaks.append((row, column, token, text, "address"))
                        rest = rest[len(text):]
                    elif rest.startswith(text):
                        breaks.append((row, column, token, text, "bad"))
                        rest = rest[len(text):]
                    else:
                        check(False, f"cell ({row}, {column}) {cell!r}: expected {rest!r}, "
                                     f"the PDF has {text!r}")
                        return cells, breaks
    return cells, breaks


def check_edition(name, pdf, type_area_width):
    words = words_in_drawing_order(pdf)
    cells, breaks = match_cells(words)
    complete = all(cells.get((row, column)) for row in range(len(ROWS) + 1)
                   for column in range(len(HEADER)))
    check(complete, f"{name}: every cell of the table is found in the PDF")
    if not complete:
        return breaks, [entry for entry in breaks if entry[0] == 0 and entry[4] == "hyphen"]
    # x from the start of each row's first cell: rows on facing pages stand at other x.
    for row in range(len(ROWS) + 1):
        origin = cells[(row, 0)][0][2]
        for column in range(len(HEADER)):
            cells[(row, column)] = [(page, text, x1 - origin, y1, x2 - origin, y2)
                                    for page, text, x1, y1, x2, y2 in cells[(row, column)]]
    print(f"{name}: {len(breaks)} breaks inside words:",
          ", ".join(f"{fragment}|{token}" for _, _, token, fragment, _ in breaks))
    for row, column, token, fragment, kind in breaks:
        check(kind != "bad", f"{name}: cell ({row}, {column}) breaks {token!r} after "
                             f"{fragment!r} without a hyphen")
        if column in NUMBER_COLUMNS and row > 0:
            check(False, f"{name}: the number {token!r} breaks after {fragment!r}")
        if column in (URL_COLUMN, MAIL_COLUMN) and row > 0:
            check(kind == "address", f"{name}: the address {token!r} breaks after {fragment!r} "
                                     f"({kind}), not after / . @ or before ? #")

    # Numbers, money and percentages: one line each, the unit beside its number.
    for row in range(1, len(ROWS) + 1):
        for column in NUMBER_COLUMNS:
            lines = {round(word[3], 1) for word in cells[(row, column)]}
            check(len(lines) == 1, f"{name}: {ROWS[row - 1][column]!r} stands on one line")

    # Decimal commas align: same integer part, same left edge; same decimal part (or none),
    # same right edge.
    for column in NUMBER_COLUMNS:
        numbers = [(cells[(row, column)][0], tokens(ROWS[row - 1][column])[0])
                   for row in range(1, len(ROWS) + 1)]
        for index, (first_word, first_text) in enumerate(numbers):
            for second_word, second_text in numbers[index + 1:]:
                first_integer, _, first_decimals = first_text.partition(",")
                second_integer, _, second_decimals = second_text.partition(",")
                if first_integer == second_integer:
                    check(abs(first_word[2] - second_word[2]) < 0.05,
                          f"{name}: {first_text} and {second_text} start at one x "
                          f"({first_word[2]:.2f}, {second_word[2]:.2f}): commas align")
                if first_decimals == second_decimals:
                    check(abs(first_word[4] - second_word[4]) < 0.05,
                          f"{name}: {first_text} and {second_text} end at one x "
                          f"({first_word[4]:.2f}, {second_word[4]:.2f}): commas align")

    # No column runs into the next: each column's words end left of the next column's words.
    left = [min(word[2] for row in range(len(ROWS) + 1) for word in cells[(row, column)])
            for column in range(len(HEADER))]
    right = [max(word[4] for row in range(len(ROWS) + 1) for word in cells[(row, column)])
             for column in range(len(HEADER))]
    for column in range(len(HEADER) - 1):
        check(right[column] < left[column + 1] + 0.01,
              f"{name}: column {column} ({right[column]:.1f}) ends before column {column + 1} "
              f"starts ({left[column + 1]:.1f})")
    check(right[-1] <= type_area_width + 0.5,
          f"{name}: the table ({right[-1]:.1f} pt from its first text) stays inside the type "
          f"area ({type_area_width:.1f} pt)")

    # Header words: hyphenated only where the table cannot be laid out with them whole. The
    # width a column needs is its widest drawn piece; a hyphenated header word needs its
    # fragments together (less the hyphens).
    header_breaks = [entry for entry in breaks if entry[0] == 0 and entry[4] == "hyphen"]
    needed = []
    for column in range(len(HEADER)):
        body = [word[4] - word[2] for row in range(1, len(ROWS) + 1)
                for word in cells[(row, column)]]
        header = [word[4] - word[2] for word in cells[(0, column)]]
        whole_header = sum(header) - 2.5 * len([b for b in header_breaks if b[1] == column])
        needed.append(max(body + [whole_header]))
    # The least gap between columns is 2 × 2 pt.
    fits_whole = sum(needed) + 4 * len(HEADER) <= type_area_width
    if fits_whole:
        check(not header_breaks, f"{name}: no header word is hyphenated, the table fits with "
                                 f"them whole ({sum(needed):.1f} + gaps ≤ {type_area_width:.1f})"
                                 f"; hyphenated: {[b[3] for b in header_breaks]}")
    # The URL column takes only what the others leave: while another column's header word is
    # hyphenated, the URL column is no wider than its widest piece or header word as drawn.
    url_width = right[URL_COLUMN] - left[URL_COLUMN]
    url_pieces = max(word[4] - word[2] for row in range(len(ROWS) + 1)
                     for word in cells[(row, URL_COLUMN)])
    starving = [entry[3] for entry in header_breaks if entry[1] != URL_COLUMN]
    if starving:
        check(url_width <= url_pieces + 1,
              f"{name}: the URL column ({url_width:.1f} pt) keeps to its widest piece "
              f"({url_pieces:.1f} pt) while other header words are hyphenated ({starving})")
    return breaks, header_breaks


root = make_publication()
out = fresh_folder("out")
build = run(STADTSATZ, "build", root / "content", "--out", out)
check(build.returncode == 0, "the table publication builds: " + build.stderr[-2000:])
print(build.stderr[-1500:])

# Type area widths: A4 210 − 22 − 18 mm; A5 148 − 15 − 12 mm.
a4_breaks, a4_header = check_edition("A4", out / "a4" / "tabelle-a4.pdf", (210 - 22 - 18) * MM)
a5_breaks, a5_header = check_edition("A5", out / "a5" / "tabelle-a5.pdf", (148 - 15 - 12) * MM)
# Landscape A4 has room for every header word whole: none may be hyphenated.
wide_breaks, wide_header = check_edition("A4 quer", out / "quer" / "tabelle-quer.pdf",
                                         (297 - 22 - 18) * MM)
check(not wide_header, "A4 landscape: the table has room for whole header words: none is "
                       f"hyphenated ({[entry[3] for entry in wide_header]})")
# Upright A4 is narrower than the whole header words: some are hyphenated, but fewer than at
# A5, and the cheapest to keep whole stay whole.
check(len(a4_header) < len(a5_header) or not a5_header,
      f"A4 hyphenates fewer header words ({len(a4_header)}) than A5 ({len(a5_header)})")
check(not any(entry[2] in ("E-Mail", "Budget", "2027") for entry in a4_header),
      "A4: the short header words stay whole")
check(any(kind == "address" for *_, kind in a4_breaks + a5_breaks),
      "the URLs break inside (they are too long for their column)")

# The body text's URL and e-mail address break without a hyphen too (if they break at all).
for name in ("a4", "a5"):
    text = run("pdftotext", "-raw", out / name / f"tabelle-{name}.pdf", "-").stdout
    check("https://www.stadt.example/integration/kontakt/-" not in text and
          not re.search(r"stadt\.exam-\n|integra-\ntion@", text),
          f"{name}: no hyphen inside the body text's address")

finish()
