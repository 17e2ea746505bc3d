"""The HTML site: lang, title, one h1 per page, no broken internal link (acceptance 5)."""
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from e2e import build_sample, chapter_files, check, finish, fresh_folder, output_paths


class PageScan(HTMLParser):
    """Collects what the checks need from one page."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.title = ""
        self.in_title = False
        self.h1 = 0
        self.ids = set()
        self.links = []  # (attribute, value)
        self.headings = []
        self.tables_with_th = 0
        self.tables = 0

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if tag == "html":
            self.lang = attributes.get("lang")
        if tag == "title":
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

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


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

finish()
