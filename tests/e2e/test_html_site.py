"""The HTML site: lang, title, one h1 per page, no broken internal link (acceptance 5); the
download link to the screen PDF, the accessibility statement in every footer, table captions."""
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from e2e import (build_sample, chapter_files, check, finish, fresh_folder, manifest, output_paths,
                 run)

STATEMENT_LINK = "Erklärung zur Barrierefreiheit"


class PageScan(HTMLParser):
    """Collects what the checks need from one page."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.title = ""
        self.in_title = False
        self.svg_depth = 0  # inside an inline SVG (a chart) when > 0
        self.h1 = 0
        self.ids = set()
        self.links = []  # (attribute, value)
        self.headings = []
        self.tables_with_th = 0
        self.tables = 0
        self.captions = []  # text of each <caption>
        self.in_footer = False
        self.footer_links = []  # (href, text) of the links in <footer>, outside its chapter list
        self.in_nav = False
        self.downloads = []  # (href, text) of links with type="application/pdf"
        self.open_link = None  # [href, text, is_download] while inside <a>
        self.caption_text = None  # text so far while inside <caption>

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if tag == "html":
            self.lang = attributes.get("lang")
        if tag == "svg":
            self.svg_depth += 1
        if tag == "title" and self.svg_depth == 0:  # a chart's SVG <title> names the chart
            self.in_title = True
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append(int(tag[1]))
            self.h1 += tag == "h1"
        if tag == "table":
            self.tables += 1
        if tag == "th":
            self.tables_with_th += 1
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag == "a" and "name" in attributes:
            self.ids.add(attributes["name"])
        for attribute in ("href", "src"):
            if attribute in attributes:
                self.links.append(attributes[attribute])
        if tag == "footer":
            self.in_footer = True
        if tag == "nav":
            self.in_nav = True
        if tag == "a" and "href" in attributes:
            self.open_link = [attributes["href"], "", attributes.get("type") == "application/pdf"]
        if tag == "caption":
            self.caption_text = ""

    def handle_endtag(self, tag):
        if tag == "svg":
            self.svg_depth -= 1
        if tag == "title":
            self.in_title = False
        if tag == "footer":
            self.in_footer = False
        if tag == "nav":
            self.in_nav = False
        if tag == "a" and self.open_link:
            href, text, is_download = self.open_link
            if self.in_footer and not self.in_nav:
                self.footer_links.append((href, text))
            if is_download:
                self.downloads.append((href, text))
            self.open_link = None
        if tag == "caption" and self.caption_text is not None:
            self.captions.append(self.caption_text)
            self.caption_text = None

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.open_link:
            self.open_link[1] += data
        if self.caption_text is not None:
            self.caption_text += data


def comparable(text):
    """Text as both sides can be compared: no soft hyphens, one kind of space, quote and dash."""
    text = text.replace("\u00ad", "")
    text = re.sub(r"[\s\u00a0\u202f]+", " ", text)
    text = re.sub(r"[„“”\"]", '"', text)
    text = re.sub(r"[‚‘’']", "'", text)
    return text.replace("–", "-").strip()


def markdown_captions(file):
    """The captions written as a paragraph "Tabelle: …" right before a table."""
    lines = file.read_text(encoding="utf-8").splitlines()
    captions = []
    for index, line in enumerate(lines):
        if not line.startswith("Tabelle:"):
            continue
        following = [rest for rest in lines[index + 1:index + 3] if rest.strip()]
        if following and following[0].lstrip().startswith("|"):
            captions.append(re.sub(r"[*_`]", "", line[len("Tabelle:"):]).strip())
    return captions


def german_file_size(size):
    """The size as the download link writes it: SI units, decimal comma (as german_format)."""
    if size < 1000:
        return f"{size}\u202fByte"
    kilobytes = int(size / 1e3 + 0.5)
    if kilobytes < 1000:
        return f"{kilobytes:,}".replace(",", ".") + "\u202fkB"
    whole, tenth = divmod(int(size / 1e5 + 0.5), 10)
    number = f"{whole:,}".replace(",", ".") + (f",{tenth}" if tenth else "")
    return number + "\u202fMB"


out = fresh_folder("out")
build_sample(out)
_, _, site = output_paths(out)
pages = sorted(site.glob("*.html"))
check(len(pages) >= len(chapter_files()) + 1,
      f"one page per chapter plus the start page ({len(pages)} pages)")
check((site / "index.html").is_file(), "start page index.html")
check(any(site.glob("*.css")), "a stylesheet")

scans = {}
for page in pages:
    scan = PageScan()
    scan.feed(page.read_text(encoding="utf-8"))
    scans[page.name] = scan
    check(scan.lang == "de", f"{page.name}: lang=de")
    check(scan.title.strip() != "", f"{page.name}: has a title")
    check(scan.h1 == 1, f"{page.name}: exactly one h1 (has {scan.h1})")
    levels = scan.headings
    check(all(b - a <= 1 for a, b in zip(levels, levels[1:])), f"{page.name}: heading levels in order")
    check(scan.tables == 0 or scan.tables_with_th > 0, f"{page.name}: tables have header cells")

titles = [scan.title for scan in scans.values()]
check(len(set(titles)) == len(titles), "page titles are unique")

for name, scan in scans.items():
    for link in scan.links:
        parts = urlsplit(link)
        if parts.scheme or link.startswith("//"):
            continue
        target_name = unquote(parts.path) if parts.path else name
        target = (site / target_name).resolve()
        if not check(target.exists(), f"{name}: link {link} points to an existing file"):
            continue
        if parts.fragment and target.suffix == ".html":
            target_scan = scans.get(target.name)
            check(target_scan is not None and unquote(parts.fragment) in target_scan.ids,
                  f"{name}: anchor {link} exists")

# The start page offers the screen PDF: a file inside the site, the very PDF of the build,
# with the page count pdfinfo reads and the file's size.
_, screen_pdf, _ = output_paths(out)
index = scans["index.html"]
if check(len(index.downloads) == 1, f"index.html: one PDF download link ({index.downloads})"):
    href, text = index.downloads[0]
    target = site / unquote(urlsplit(href).path)
    check(not href.startswith("../") and target.resolve().parent == site.resolve(),
          f"the download {href} lies inside the site folder")
    if check(target.is_file(), f"the download {href} exists"):
        check(target.read_bytes() == screen_pdf.read_bytes(), f"{href} is the screen PDF")
        pages = re.search(r"^Pages:\s+(\d+)", run("pdfinfo", target).stdout, re.MULTILINE)
        label = re.search(r"\(PDF, ([\d.,]+\u202f(?:Byte|kB|MB)), ([\d.]+)\u00a0Seiten?\)$", text)
        if check(pages and label, f"page count and label read ({text!r})"):
            check(int(label.group(2).replace(".", "")) == int(pages.group(1)),
                  f"download link says {label.group(2)} pages, pdfinfo {pages.group(1)}")
            check(label.group(1) == german_file_size(target.stat().st_size),
                  f"download link says {label.group(1)!r}, the file has "
                  f"{target.stat().st_size} bytes")
        title = manifest().find("metadaten/titel").text.strip()
        check(text.startswith(title + " als barrierefreies PDF herunterladen"),
              f"link text names the publication: {text!r}")

# The accessibility statement has its own page, linked from every page's footer.
statement_links = {href for scan in scans.values() for href, text in scan.footer_links
                   if comparable(text) == STATEMENT_LINK}
if check(len(statement_links) == 1, f"one statement page linked from footers ({statement_links})"):
    statement = statement_links.pop()
    check((site / statement).is_file(), f"statement page {statement} exists")
    statement_scan = scans.get(statement)
    check(statement_scan is not None and STATEMENT_LINK in comparable(statement_scan.title),
          f"{statement} is titled {STATEMENT_LINK}")
    for name, scan in scans.items():
        check(any(href == statement and comparable(text) == STATEMENT_LINK
                  for href, text in scan.footer_links),
              f"{name}: footer links the accessibility statement")
    check(statement in scans["index.html"].links, "the start page links the statement")
    text = comparable((site / statement).read_text(encoding="utf-8"))
    for part in ("Durchsetzungsverfahren", "Barrieren melden", "mailto:"):
        check(part in text, f"{statement} contains {part!r}")

# Every table the editors captioned has that <caption>.
site_captions = [comparable(caption) for scan in scans.values() for caption in scan.captions]
written = [caption for file in chapter_files() for caption in markdown_captions(file)]
check(len(written) >= 8, f"the sample's tables have captions ({len(written)})")
for caption in written:
    check(comparable(caption) in site_captions, f"table caption {caption!r} is a <caption>")

finish()
