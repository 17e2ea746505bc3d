"""Page make-up (issue 9, item 3) checked as properties over every page of the screen PDFs of the
sample and of tests/publications/donaustadt, never at fixed page numbers:

- no widow, no orphan: a paragraph split across pages has at least 2 lines on each page;
- a heading has at least 2 lines of what follows on its page;
- a box (measure card, guiding goal, figure) split across pages has 2 lines at least on each;
- no page's text ends with a line ending in a hyphen (a word hyphenated across a page break,
  also at the foot of a split measure box);
- a paragraph ending in a colon ends on the page where its list starts;
- the printed page number of each page is its physical position, and every page number in the
  contents is the page where that heading really is;
- a page of a chapter less than 85 % full names its reason (page report), and facing pages of
  full pages end on the same line.

Lines are found from the tagged PDF: the parent tree maps each marked-content id of a page to
its structure element, the text matrix (Tm) before each text-showing operator gives the baseline
of the text, so "lines of a paragraph on a page" are the distinct baselines of a P element's
marked content on that page.
"""
import json
import os
import re
import subprocess
from collections import defaultdict

from e2e import (CONTENT_TOKEN, REPOSITORY, STADTSATZ, check, finish, fresh_folder, normalise_space,
                 output_paths, parse_structure, pdf_objects, pdf_pages, pdf_pages_text, resolve,
                 run, stream_data, structure_text)

HEADINGS = {"/H1", "/H2", "/H3", "/H4", "/H5", "/H6"}
# The elements whose lines are counted (the nearest of these above a marked-content sequence).
BLOCKS = HEADINGS | {"/P", "/Caption", "/TD", "/TH", "/Lbl", "/Figure", "/TOCI"}


def decoded_dictionary(tokens):
    """The /MCID and whether /ActualText is a soft hyphen, from the tokens of a BDC property
    list."""
    mcid = None
    hyphen = False
    for position, token in enumerate(tokens):
        if token == b"/MCID" and position + 1 < len(tokens):
            mcid = int(tokens[position + 1])
        if token == b"/ActualText" and position + 1 < len(tokens):
            hyphen = tokens[position + 1].replace(b" ", b"").upper() in (b"<FEFF00AD>", b"<FEFF002D>")
    return mcid, hyphen


def page_marks(data):
    """The marked content of a page's content stream: a list of (mcid, baseline y, is the
    hyphen of a cut word) for each text-showing operator and picture inside marked content."""
    marks = []
    stack = []  # (mcid, hyphen) of the open marked-content sequences
    operands = []
    y = 0.0
    matrix_y = 0.0  # of the last cm, for pictures
    for token in CONTENT_TOKEN.findall(data):
        if token.startswith(b"%"):
            continue
        if re.fullmatch(rb"[A-Za-z'\"*]+", token) is None or token in (b"true", b"false", b"null"):
            operands.append(token)
            continue
        if token in (b"BDC", b"BMC"):
            stack.append(decoded_dictionary(operands))
        elif token == b"EMC":
            if stack:
                stack.pop()
        elif token == b"Tm" and len(operands) >= 6:
            y = float(operands[-1])
        elif token == b"Td" and len(operands) >= 2:
            y += float(operands[-1])
        elif token == b"cm" and len(operands) >= 6:
            matrix_y = float(operands[-1]) + float(operands[-3])  # top edge of a picture
        elif token in (b"TJ", b"Tj", b"'", b'"', b"Do"):
            current = next((entry for entry in reversed(stack) if entry[0] is not None), None)
            if current is not None:
                marks.append((current[0], matrix_y if token == b"Do" else y, current[1]))
        operands = []
    return marks


def parent_tree(objects, root):
    """{struct-parents key: [element reference per MCID]} from the parent tree's number tree."""
    result = {}

    def walk(node):
        node = resolve(objects, node)
        numbers = node.get("/Nums", [])
        for position in range(0, len(numbers) - 1, 2):
            value = resolve(objects, numbers[position + 1])
            result[numbers[position]] = value if isinstance(value, list) else [numbers[position + 1]]
        for kid in node.get("/Kids", []):
            walk(kid)

    walk(root["/ParentTree"])
    return result


class Line:
    """One baseline of one element on one page."""

    def __init__(self, page, y, element, kind, in_note, box):
        self.page = page
        self.y = y
        self.element = element
        self.kind = kind
        self.in_note = in_note
        self.box = box  # the Div (measure card, guiding goal, figure) around it, if any
        self.hyphen = False


def analyse(pdf):
    """Lines of the PDF: {(page index, element ref, rounded y): Line}, the structure elements in
    document order as (ref, kind), and the page count."""
    objects = pdf_objects(pdf)
    catalog = resolve(objects, objects["trailer"]["value"]["/Root"])
    root = resolve(objects, catalog["/StructTreeRoot"])
    parents = parent_tree(objects, root)
    block_of = {}

    def block(reference):
        """The nearest counted element above `reference`, its kind, and whether a footnote
        (/Note) holds it."""
        if reference in block_of:
            return block_of[reference]
        chain = []
        current = reference
        found = None
        in_note = False
        box = None
        while isinstance(current, str) and current.endswith(" R"):
            element = resolve(objects, current)
            kind = element.get("/S")
            chain.append(current)
            if kind == "/Note":
                in_note = True
            if kind == "/Div" and box is None:
                box = current
            if found is None and kind in BLOCKS:
                found = (current, kind)
            current = element.get("/P")
        result = (found[0], found[1], in_note, box) if found else (None, None, in_note, box)
        for item in chain[:1]:
            block_of[item] = result
        return result

    lines = {}
    pages = pdf_pages(objects)
    for index, page in enumerate(pages):
        contents = page.get("/Contents")
        references = contents if isinstance(contents, list) else [contents]
        data = b"".join(stream_data(objects, reference) for reference in references)
        elements = parents.get(page.get("/StructParents"), [])
        for mcid, y, hyphen in page_marks(data):
            if mcid >= len(elements):
                continue
            reference, kind, in_note, box = block(elements[mcid])
            if reference is None:
                continue
            key = (index, reference, round(y, 1))
            line = lines.setdefault(key, Line(index, y, reference, kind, in_note, box))
            line.hyphen = line.hyphen or hyphen

    order = []

    def walk(reference):
        element = resolve(objects, reference)
        if not isinstance(element, dict):
            return
        kind = element.get("/S")
        if kind is not None:
            order.append((reference, kind))
        kids = element.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            if isinstance(kid, str) and kid.endswith(" R"):
                walk(kid)

    kids = root.get("/K", [])
    for kid in kids if isinstance(kids, list) else [kids]:
        walk(kid)
    return lines, order, len(pages)


def check_publication(name, content, scratch):
    report_folder = scratch / "report"
    report_folder.mkdir(parents=True, exist_ok=True)
    environment = dict(os.environ, STADTSATZ_PAGE_REPORT=str(report_folder))
    out = scratch / "out"
    result = subprocess.run([str(STADTSATZ), "build", str(content), "--out", str(out)],
                            capture_output=True, text=True, env=environment)
    check(result.returncode == 0, f"{name}: build succeeds: {result.stderr[-800:]}")
    if result.returncode != 0:
        return
    _, screen, _ = output_paths(out, content)
    lines, order, page_count = analyse(screen)

    by_element = defaultdict(lambda: defaultdict(set))  # element -> page -> baselines
    by_page = defaultdict(list)
    for line in lines.values():
        by_element[line.element][line.page].add(round(line.y, 1))
        by_page[line.page].append(line)
    kinds = dict(order)

    # No widow, no orphan: a paragraph on more than one page has at least 2 lines on each.
    split = 0
    for element, pages in by_element.items():
        if kinds.get(element) != "/P" or len(pages) < 2:
            continue
        split += 1
        for page, baselines in pages.items():
            check(len(baselines) >= 2,
                  f"{name}: a paragraph split across pages has {len(baselines)} line on page "
                  f"{page + 1} (widow or orphan; element {element})")
    check(split > 0 or name != "sample", f"{name}: some paragraphs run over a page break")

    # Boxes (measure cards, guiding goals, figures) split with 2 lines at least on each page.
    boxes = defaultdict(lambda: defaultdict(set))
    for line in lines.values():
        if line.box is not None and line.kind != "/Lbl":
            boxes[line.box][line.page].add(round(line.y, 1))
    split_boxes = 0
    for box, pages in boxes.items():
        if len(pages) < 2:
            continue
        split_boxes += 1
        for page, baselines in pages.items():
            check(len(baselines) >= 2, f"{name}: a box split across pages has {len(baselines)} "
                  f"line on page {page + 1} ({box})")
    check(split_boxes > 0 or name != "sample", f"{name}: some measure cards run over a page")

    # Headings keep with at least 2 lines of what follows, on their page.
    position = {reference: index for index, (reference, _) in enumerate(order)}
    headings = 0
    for element, pages in by_element.items():
        if kinds.get(element) not in HEADINGS:
            continue
        page = max(pages)
        lowest = min(pages[page])
        following = {round(line.y, 1) for line in by_page[page]
                     if line.kind not in HEADINGS and line.kind != "/Lbl" and not line.in_note
                     and line.y < lowest - 0.5
                     and position.get(line.element, -1) > position.get(element, 0)}
        figure = any(line.kind == "/Figure" and line.y < lowest for line in by_page[page])
        later = any(position.get(other, -1) > position[element] and kinds.get(other) == "/P"
                    for other in by_element)
        if not later:
            continue  # nothing follows the last heading at all
        headings += 1
        check(len(following) >= 2 or figure,
              f"{name}: heading {element} on page {page + 1} has {len(following)} line(s) of "
              f"text after it on its page")
    check(headings > 5, f"{name}: headings were found ({headings})")

    # No page's text ends in a hyphen: the lowest line of the flow (footnotes aside).
    words = page_words(screen)
    for page, page_lines in by_page.items():
        body = [line for line in page_lines if not line.in_note and line.kind != "/Lbl"]
        if not body:
            continue
        lowest = min(line.y for line in body)
        cut = any(line.hyphen for line in body if abs(line.y - lowest) < 0.5)
        last_word = words.get(page, {}).get(round(lowest))
        check(not cut and not (last_word or "").endswith(("-", "\u00ad")),
              f"{name}: page {page + 1} ends in a hyphenated word ({last_word})")

    # Printed page numbers: the number in each page's foot is its physical position.
    texts = pdf_pages_text(screen)
    numbered = 0
    for index, text in enumerate(texts):
        rows = [row.strip() for row in text.splitlines() if row.strip()]
        if not rows or not re.fullmatch(r"\d+", rows[-1]):
            check(index < 2, f"{name}: page {index + 1} has no page number in its foot")
            continue
        numbered += 1
        check(int(rows[-1]) == index + 1,
              f"{name}: page {index + 1} prints the page number {rows[-1]}")
    check(numbered >= page_count - 2, f"{name}: {numbered} of {page_count} pages are numbered")

    # Contents: each entry's number is the page where its heading is.
    tree = parse_structure(structure_text(screen))
    heading_texts = [normalise_space(node.text()) for node in tree.walk()
                     if "/" + node.kind in HEADINGS]
    heading_refs = [reference for reference, kind in order if kind in HEADINGS]
    check(len(heading_texts) == len(heading_refs),
          f"{name}: the structure text and the structure tree list as many headings "
          f"({len(heading_texts)}, {len(heading_refs)})")
    page_of_heading = {}
    for text, reference in zip(heading_texts, heading_refs):
        if reference in by_element:
            page_of_heading.setdefault(text, min(by_element[reference]) + 1)
    entries = 0
    for node in tree.walk():
        if node.kind != "TOCI":
            continue
        label = "".join(child.text() for child in node.children if child.kind == "Lbl")
        link = next((child for child in node.children if child.kind == "Link"), None)
        if link is None or not link.pieces or not re.fullmatch(r"\d+", link.pieces[-1]):
            continue
        number = int(link.pieces[-1])
        title = normalise_space("".join(link.pieces[:-1]))
        candidates = [text for text in page_of_heading
                      if text == title or text == normalise_space(label + " " + title)
                      or text == normalise_space(label + title)]
        check(bool(candidates), f"{name}: the contents entry {label} {title!r} names a heading")
        if candidates:
            entries += 1
            check(page_of_heading[candidates[0]] == number,
                  f"{name}: contents say {label} {title!r} is on page {number}, it is on page "
                  f"{page_of_heading[candidates[0]]}")
    check(entries > 5, f"{name}: contents entries were matched ({entries})")

    # A paragraph ending in a colon leads into its list: the list's first item starts on the
    # page where the paragraph ends.
    paragraph_texts = [normalise_space(node.text()) for node in tree.walk() if node.kind == "P"]
    paragraph_refs = [reference for reference, kind in order if kind == "/P"]
    check(len(paragraph_texts) == len(paragraph_refs),
          f"{name}: the structure text and the structure tree list as many paragraphs")
    lead_ins = 0
    for text, reference in zip(paragraph_texts, paragraph_refs):
        if not text.endswith(":") or reference not in by_element:
            continue
        following = [kind_reference for kind_reference in order[position[reference] + 1:]
                     if kind_reference[1] not in ("/Link", "/Span", "/Em", "/Strong", "/Code")]
        if not following or following[0][1] != "/L":
            continue
        item = next((other for other, kind in following if kind == "/P"), None)
        if item is None or item not in by_element:
            continue
        lead_ins += 1
        check(max(by_element[reference]) == min(by_element[item]),
              f"{name}: the lead-in {text[-40:]!r} ends on page {max(by_element[reference]) + 1}, "
              f"its list starts on page {min(by_element[item]) + 1}")
    check(lead_ins > 0 or name != "sample", f"{name}: lead-ins to lists were found")

    # Fill: a chapter page less than 85 % full (measured in the PDF) names a reason; facing
    # full pages without footnotes end on the same line.
    report_file = report_folder / (edition_id(content) + ".json")
    check(report_file.exists(), f"{name}: STADTSATZ_PAGE_REPORT wrote {report_file}")
    report = json.loads(report_file.read_text())["pages"] if report_file.exists() else []
    check(len(report) == page_count, f"{name}: the page report covers every page")
    for entry in report:
        if entry["role"] in ("body", "chapter-opening") and entry["fill"] < 0.85:
            check(entry["end"] != "full",
                  f"{name}: page {entry['index']} is {entry['fill']:.0%} full without a reason")
    ends = ("full", "kept-together", "next-too-tall")
    aligned = 0
    for left, right in zip(report, report[1:]):
        if left["index"] % 2 != 0 or left["role"] not in ("body", "chapter-opening"):
            continue
        if all(page["end"] in ends and page["missing"] < 0.01 and page["notes"] == 0
               for page in (left, right)):
            aligned += 1
            check(abs(left["bottom"] - right["bottom"]) < 0.5,
                  f"{name}: facing pages {left['index']} and {right['index']} end at "
                  f"{left['bottom']:.1f} and {right['bottom']:.1f}")
    fills = sorted(entry["fill"] for entry in report if entry["role"] == "body"
                   and entry["end"] not in ("chapter-end", "document-end", "page-break"))
    if fills:
        print(f"{name}: {page_count} pages; body pages inside chapters: {len(fills)}, fill "
              f"min {fills[0]:.2f} median {fills[len(fills) // 2]:.2f}; "
              f"below 85 %: {sum(1 for fill in fills if fill < 0.85)}; facing full pages "
              f"checked for aligned last lines: {aligned}")


def page_words(pdf):
    """{page index: {rounded baseline y (PDF coordinates): last word on that line}}, from
    pdftotext's word boxes."""
    html = run("pdftotext", "-bbox", pdf, "-").stdout
    result = defaultdict(dict)
    page = -1
    height = 0.0
    rightmost = {}
    for match in re.finditer(r'<page width="[\d.]+" height="([\d.]+)">|<word xMin="([\d.]+)" '
                             r'yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                             html):
        if match.group(1):
            page += 1
            height = float(match.group(1))
            continue
        x_max = float(match.group(4))
        y_max = float(match.group(5))
        word = match.group(6).replace("&amp;", "&")
        # The baseline lies about a fifth of the box above its bottom; index by whole points.
        y_min = float(match.group(3))
        baseline = height - (y_max - (y_max - y_min) * 0.22)
        for y in (round(baseline) - 1, round(baseline), round(baseline) + 1):
            previous = rightmost.get((page, y))
            if previous is None or x_max > previous:
                rightmost[(page, y)] = x_max
                result[page][y] = word
    return result


def edition_id(content):
    from e2e import edition
    return edition(content).get("id")


check_publication("sample", REPOSITORY / "content", fresh_folder("sample"))
check_publication("donaustadt", REPOSITORY / "tests" / "publications" / "donaustadt" / "content",
                  fresh_folder("donaustadt"))
finish()
