"""The measures overview (<massnahmenuebersicht>) and the pages of the fields of action.

PDF (screen): the overview's matrix names every measure of the XML exactly once, each as a link
whose destination is the page with that measure's card, near the card's number; every link in
the overview (matrix and "Wer ist wofür zuständig?") lands on its measure.
HTML: the overview page links every measure once from its matrix, to the field's own page and
the measure's id there; one page per field of action, reachable from the chapter that holds
the fields, with its own title, one h1, a breadcrumb and previous/next; each measure card once
in the site, on its field's page; no broken link in the site; the reading order (rel=next)
visits every page once; check-html passes on the sites. The second publication builds its
overview too."""
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from e2e import (CONTENT, DONAUSTADT, build_publication, check, edition, finish, fresh_folder,
                 measure_ids, output_paths, pdf_objects, resolve, run, run_checker,
                 workplace_tool)

MEASURE_ID = re.compile(r"^M-\d+(\.\d+)+$")
OVERVIEW_PAGE = "massnahmenuebersicht.html"


def fields_of(content):
    """[(field id, title, [measure ids])] in the manifest's order."""
    fields = []
    for part in edition(content):
        if part.tag == "massnahmen":
            root = ElementTree.parse(content / part.get("datei")).getroot()
            fields.append((root.get("id"), root.findtext("titel").strip(),
                           [m.get("id") for m in root.iter("massnahme")]))
    return fields


# ---------------------------------------------------------------------------------------------
# PDF


def bbox_pages(pdf):
    """Per page: (width, height, lines), each line (text, [(word, x0, y0, x1, y1)]) with y
    from the top, as pdftotext -bbox-layout gives them."""
    xhtml = run("pdftotext", "-bbox-layout", pdf, "-").stdout
    pages = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xhtml,
                            re.S):
        lines = []
        for line in re.finditer(r"<line [^>]*>(.*?)</line>", page.group(3), re.S):
            words = [(unescape(text), float(x0), float(y0), float(x1), float(y1))
                     for x0, y0, x1, y1, text in re.findall(
                         r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                         r'yMax="([\d.]+)">(.*?)</word>', line.group(1))]
            lines.append((" ".join(word[0] for word in words), words))
        pages.append((float(page.group(1)), float(page.group(2)), lines))
    return pages


def unescape(text):
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace(
        "&amp;", "&")


def page_references(objects):
    """The page objects' references ("N 0 R") in page order."""
    catalog = resolve(objects, objects["trailer"]["value"]["/Root"])
    references = []

    def walk(reference):
        node = resolve(objects, reference)
        if node.get("/Type") == "/Pages":
            for kid in node.get("/Kids", []):
                walk(kid)
        else:
            references.append(reference)

    walk(catalog["/Pages"])
    return references


def link_annotations(objects, page_reference):
    """(rect, destination page reference, destination top) of the page's internal links."""
    page = resolve(objects, page_reference)
    links = []
    for reference in page.get("/Annots", []):
        annotation = resolve(objects, reference)
        if annotation.get("/Subtype") != "/Link" or "/Dest" not in annotation:
            continue
        destination = resolve(objects, annotation["/Dest"])
        top = destination[2] if len(destination) > 2 and destination[1] == "/FitH" else None
        links.append((annotation["/Rect"], destination[0], top))
    return links


def words_in(rect, height, lines):
    """The words whose middle lies inside a PDF rectangle (y from the bottom)."""
    left, bottom, right, top = rect
    found = []
    for _, words in lines:
        for word, x0, y0, x1, y1 in words:
            x, y = (x0 + x1) / 2, height - (y0 + y1) / 2
            if left <= x <= right and bottom <= y <= top:
                found.append(word)
    return found


def check_pdf(pdf, content):
    ids = measure_ids(content)
    pages = bbox_pages(pdf)
    # The overview opens with its title and the generated introduction; the matrix ends at the
    # heading "Zeitplan", the index runs from "Wer ist wofür zuständig?" to the next chapter.
    start = next((number for number, (_, _, lines) in enumerate(pages)
                  if any(text.startswith("Diese Übersicht nennt") for text, _ in lines)), None)
    if not check(start is not None, f"{pdf.name}: the overview's introduction is in the PDF"):
        return
    matrix, index_pages, section = Counter(), set(), "matrix"
    matrix_words = []  # (page, word) of the matrix section, for its links
    for number in range(start, len(pages)):
        _, _, lines = pages[number]
        if section == "index" and not any(MEASURE_ID.match(word[0])
                                          for _, words in lines for word in words):
            break  # the first page after the index without a measure number: the next chapter
        for text, words in lines:
            if text == "Zeitplan":
                section = "timeline"
            elif text == "Wer ist wofür zuständig?":
                section = "index"
            for word in words:
                if section == "matrix" and MEASURE_ID.match(word[0]):
                    matrix[word[0]] += 1
                    matrix_words.append((number, word))
        if section == "index":
            index_pages.add(number)
    last = max(index_pages) if index_pages else start
    for measure in ids:
        check(matrix[measure] == 1,
              f"{pdf.name}: the matrix names {measure} once (found {matrix[measure]})")
    check(set(matrix) == set(ids), f"{pdf.name}: the matrix names no other measure "
                                   f"({sorted(set(matrix) - set(ids))})")
    check(len(index_pages) > 0, f"{pdf.name}: the index “Wer ist wofür zuständig?” follows")

    objects = pdf_objects(pdf)
    references = page_references(objects)
    check(len(references) == len(pages), f"{pdf.name}: pdftotext and qpdf see the same pages")
    matrix_links = Counter()
    landed = 0
    for number in range(start, last + 1):
        width, height, lines = pages[number]
        for rect, target, top in link_annotations(objects, references[number]):
            shown = "".join(words_in(rect, height, lines)).rstrip(",")
            if not MEASURE_ID.match(shown):
                continue  # the link in the introduction, to the index
            in_matrix = any(page == number and word[0] == shown and
                            rect[0] <= (word[1] + word[3]) / 2 <= rect[2] and
                            rect[1] <= height - (word[2] + word[4]) / 2 <= rect[3]
                            for page, word in matrix_words)
            if in_matrix:
                matrix_links[shown] += 1
            if not check(target in references and top is not None,
                         f"{pdf.name}: the link {shown} on page {number + 1} has a destination"):
                continue
            destination = references.index(target)
            dest_height = pages[destination][1]
            # The card's number stands just below the destination's top.
            card = [word for _, words in pages[destination][2] for word in words
                    if word[0] == shown and 0 <= word[2] - (dest_height - top) <= 80]
            if check(card and destination not in range(start, last + 1),
                     f"{pdf.name}: the link {shown} on page {number + 1} lands on its measure "
                     f"card (page {destination + 1}, {dest_height - top:.0f} pt from the top)"):
                landed += 1
    for measure in ids:
        check(matrix_links[measure] == 1,
              f"{pdf.name}: {measure} in the matrix is one link (found {matrix_links[measure]})")
    print(f"{pdf.name}: overview on pages {start + 1}–{last + 1}, {landed} measure links land")


# ---------------------------------------------------------------------------------------------
# HTML


class PageScan(HTMLParser):
    """Ids, links (href, text, in a matrix table, rel), headings, title and breadcrumb."""

    def __init__(self):
        super().__init__()
        self.ids = Counter()
        self.links = []  # [href, text, in matrix table, rel]
        self.title = ""
        self.h1 = []  # (id, text)
        self.headings = []
        self.breadcrumb = []  # hrefs
        self.measure_cards = []
        self._stack = []
        self._link = None
        self._heading = None
        self._in_title = False
        self._in_table = False
        self._after_timeline = False
        self._in_breadcrumb = False

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if "id" in attributes:
            self.ids[attributes["id"]] += 1
        if tag == "article" and "measure" in attributes.get("class", "").split():
            self.measure_cards.append(attributes.get("id"))
        if tag == "title":
            self._in_title = True
        if tag == "table":
            self._in_table = True
        if tag == "nav" and "breadcrumb" in attributes.get("class", ""):
            self._in_breadcrumb = True
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = [tag, attributes.get("id"), ""]
        if tag == "a" and "href" in attributes:
            in_matrix = self._in_table and not self._after_timeline
            self._link = [attributes["href"], "", in_matrix, attributes.get("rel")]
            if self._in_breadcrumb:
                self.breadcrumb.append(attributes["href"])
        for attribute in ("src",):
            if attribute in attributes:
                self.links.append([attributes[attribute], "", False, None])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "table":
            self._in_table = False
        if tag == "nav":
            self._in_breadcrumb = False
        if self._heading and tag == self._heading[0]:
            level, identifier, text = self._heading
            self.headings.append((level, identifier, text.strip()))
            if level == "h1":
                self.h1.append((identifier, text.strip()))
            if level == "h2" and text.strip() == "Zeitplan":
                self._after_timeline = True
            self._heading = None
        if tag == "a" and self._link:
            self._link[1] = self._link[1].replace("\u00ad", "").strip()
            self.links.append(self._link)
            self._link = None

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._link:
            self._link[1] += data
        if self._heading:
            self._heading[2] += data


def scan_site(site):
    scans = {}
    for page in sorted(site.glob("*.html")):
        scan = PageScan()
        scan.feed(page.read_text(encoding="utf-8"))
        scans[page.name] = scan
    return scans


def target_of(link, page_name):
    parts = urlsplit(link)
    return (unquote(parts.path) if parts.path else page_name), unquote(parts.fragment)


def check_site(site, content, chapter_page):
    fields = fields_of(content)
    ids = measure_ids(content)
    field_of_measure = {measure: field_id for field_id, _, measures in fields
                        for measure in measures}
    scans = scan_site(site)
    overview = scans.get(OVERVIEW_PAGE)
    if not check(overview is not None, f"{site}: the overview has its page {OVERVIEW_PAGE}"):
        return scans

    # Every link of the site resolves: the file exists, the fragment is an id on that page.
    broken = []
    for name, scan in scans.items():
        for href, text, _, _ in scan.links:
            if urlsplit(href).scheme or href.startswith("//"):
                continue
            file, fragment = target_of(href, name)
            target = site / file
            if not target.exists():
                broken.append(f"{name}: {href} (no file)")
            elif fragment and target.suffix == ".html" and fragment not in scans[file].ids:
                broken.append(f"{name}: {href} (no id)")
    check(not broken, f"{site}: no broken link ({len(broken)}: {broken[:10]})")

    # The matrix links every measure once, to the measure on its field's page.
    matrix = Counter()
    for href, text, in_matrix, _ in overview.links:
        if not in_matrix or not MEASURE_ID.match(text):
            continue
        matrix[text] += 1
        file, fragment = target_of(href, OVERVIEW_PAGE)
        expected = field_of_measure.get(text, "?") + ".html"
        check(file == expected and fragment == text,
              f"{OVERVIEW_PAGE}: the link {text} goes to {expected}#{text}, not {href}")
    for measure in ids:
        check(matrix[measure] == 1,
              f"{OVERVIEW_PAGE}: the matrix links {measure} once (found {matrix[measure]})")
    check(set(matrix) == set(ids), f"{OVERVIEW_PAGE}: the matrix links no other measure "
                                   f"({sorted(set(matrix) - set(ids))})")
    index_links = [text for href, text, in_matrix, _ in overview.links
                   if not in_matrix and MEASURE_ID.match(text)]
    check(set(index_links) == set(ids),
          f"{OVERVIEW_PAGE}: “Wer ist wofür zuständig?” links every measure at least once")

    # One page per field of action, reachable from the chapter that holds the fields.
    cards = Counter(card for scan in scans.values() for card in scan.measure_cards)
    chapter = scans.get(chapter_page)
    check(chapter is not None, f"{site}: the chapter page {chapter_page} exists")
    titles = Counter(scan.title for scan in scans.values())
    for field_id, title, measures in fields:
        name = field_id + ".html"
        page = scans.get(name)
        if not check(page is not None, f"{site}: the field {field_id} has its page {name}"):
            continue
        check(chapter is not None and any(target_of(href, chapter_page)[0] == name
                                          for href, _, _, _ in chapter.links),
              f"{chapter_page} links the page {name}")
        check(page.h1 and page.h1[0][0] == field_id and title in page.h1[0][1] and
              len(page.h1) == 1, f"{name}: one h1, the field's title with its id ({page.h1})")
        check(title in page.title and titles[page.title] == 1,
              f"{name}: its own <title> ({page.title!r})")
        check(page.breadcrumb[-2:] == [chapter_page, name],
              f"{name}: breadcrumb chapter → field ({page.breadcrumb})")
        check(any(rel == "prev" for _, _, _, rel in page.links) and
              any(rel == "next" for _, _, _, rel in page.links), f"{name}: previous and next")
        check(page.ids["inhalt"] == 1 and any(href == "#inhalt" for href, *_ in page.links),
              f"{name}: <main id=inhalt> and the skip link")
        for measure in measures:
            check(page.ids[measure] == 1 and cards[measure] == 1,
                  f"{name}: the card of {measure} is here, and nowhere else in the site")
    check(chapter is None or not any(chapter.ids[measure] for measure in ids),
          f"{chapter_page}: keeps no measure card of its own")

    # The reading order from the start page visits every page once.
    visited, page = [], "index.html"
    while page and page not in visited and page in scans:
        visited.append(page)
        page = next((target_of(href, page)[0] for href, _, _, rel in scans[page].links
                     if rel == "next"), None)
    check(sorted(visited) == sorted(scans),
          f"{site}: previous/next leads through all {len(scans)} pages ({len(visited)} visited)")
    # The start page's contents lead to every field page.
    index_targets = {target_of(href, "index.html")[0] for href, *_ in scans["index.html"].links}
    check(all(field_id + ".html" in index_targets for field_id, _, _ in fields),
          f"{site}: the start page's contents list every field page")
    return scans


out = fresh_folder("out")
build_publication(CONTENT, out)
_, screen_pdf, site = output_paths(out)
check_pdf(screen_pdf, CONTENT)
check_site(site, CONTENT, "handlungsfelder.html")

# check-html on every page of the sites (out/ is their root: the editions link each other).
result = run_checker(workplace_tool("check-html"), out, report_length=6000)
check(result.returncode == 0, "check-html passes the overview, the field pages and the rest")

# The second publication: its own overview with its own fields.
second = fresh_folder("second")
build_publication(DONAUSTADT, second)
_, second_pdf, second_site = output_paths(second, DONAUSTADT)
check_pdf(second_pdf, DONAUSTADT)
check_site(second_site, DONAUSTADT, "handlungsfelder.html")
finish()
