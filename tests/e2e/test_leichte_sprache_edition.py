"""The sample's Leichte-Sprache edition (issue 10, item 1): both editions give print PDF, screen
PDF and site; the LS chapters keep the rules of tests/leichte_sprache_rules.py; the manifest's
<pruefung> stands in the imprint of the PDF and of the site; every page of each site links to
the other edition's site, and the link's target exists; every pictogram has its alternative
text in the HTML and as /Alt in the tagged PDF; a malformed review date is an error at its
file:line:column."""
import html
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from e2e import (CONTENT, REPOSITORY, build_sample, check, finish, fresh_folder, manifest,
                 normalise_space, pdf_objects, pdf_pages_text, run)

RULES = REPOSITORY / "tests" / "leichte_sprache_rules.py"
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]

editions = manifest().findall("ausgabe")
by_id = {edition.get("id"): edition for edition in editions}
check(set(by_id) >= {"standard", "leichte-sprache"}, f"both editions in the manifest: {list(by_id)}")
ls = by_id["leichte-sprache"]
ls_chapters = [CONTENT / part.get("datei") for part in ls if part.tag == "kapitel"]
check(len(ls_chapters) >= 8, f"at least 8 chapters in Leichte Sprache ({len(ls_chapters)})")

# The rule script finds what it guards (a sentence of each kind), and the chapters pass it.
scratch = fresh_folder("rules")
broken = scratch / "kaputt.md"
broken.write_text("# Titel\n\nDer Plan wird von dem Stadtrat beschlossen.\n"
                  "Das wäre schön.\nDas Haus des Vaters ist groß.\n"
                  "Die Menschen in der Stadt Neu-Ulm leben sehr gern in ihren Stadtteilen.\n",
                  encoding="utf-8")
result = run(sys.executable, RULES, broken)
for rule in ("passiv", "konjunktiv", "genitiv", "satzlaenge"):
    check(f": {rule}" in result.stdout, f"the rule script reports {rule}: {result.stdout}")
result = run(sys.executable, RULES, *ls_chapters)
check(result.returncode == 0 and not result.stdout,
      f"the Leichte-Sprache chapters keep the rules:\n{result.stdout}")

# Musterinhalt: the edition says it is sample text, like the rest.
check("Musterinhalt" in ls_chapters[0].read_text(encoding="utf-8"),
      "the first LS chapter marks the text as Musterinhalt")

out = fresh_folder("out")
build_sample(out)


def outputs(edition):
    stem, folder = edition.get("dateiname"), out / edition.get("id")
    return folder / f"{stem}-druck.pdf", folder / f"{stem}.pdf", folder / "html"


for edition in editions:
    print_pdf, screen_pdf, site = outputs(edition)
    for path in (print_pdf, screen_pdf, site / "index.html"):
        check(path.is_file() and path.stat().st_size > 0, f"{path.relative_to(out)} is written")

# The review: "Geprüft von: <gruppe>" with the long German date, in the imprint of both.
review = ls.find("pruefung")
year, month, day = (int(part) for part in review.get("datum").split("-"))
long_date = f"{day}. {MONTHS[month - 1]} {year}"
group = normalise_space(review.get("gruppe"))
_, ls_screen, ls_site = outputs(ls)
pages = pdf_pages_text(ls_screen)
imprint = [number for number, text in enumerate(pages, start=1) if "Impressum" in text]
imprint_text = normalise_space(pages[imprint[0] - 1]) if imprint else ""
check(f"Geprüft von: {group}" in imprint_text and long_date in imprint_text,
      f"the PDF's imprint names the test group and {long_date}: {imprint_text[-600:]}")
check(imprint and imprint[0] <= 4, f"the imprint is in the front matter (page {imprint})")
index = normalise_space(html.unescape(
    re.sub(r"<[^>]+>", " ", (ls_site / "index.html").read_text(encoding="utf-8"))))
check(f"Geprüft von: {group}" in index and long_date in index,
      "the site's imprint names the test group and the date")
standard_index = (outputs(by_id["standard"])[2] / "index.html").read_text(encoding="utf-8")
check("Geprüft von" not in standard_index, "the standard edition records no review")

# The LS cover shows the edition's own title (<titel> of <ausgabe>).
own_title = normalise_space(ls.find("titel").text)
first_page = normalise_space(pages[0]).replace("·", "").replace("\u00ad", "")
check(own_title.replace(" ", "") in first_page.replace(" ", ""),
      f"the LS cover shows {own_title!r}: {first_page[:200]}")


class Links(HTMLParser):
    """The edition links (nav.edition-links) and the images of one page."""

    def __init__(self):
        super().__init__()
        self.in_edition_nav = False
        self.edition_links = []  # (href, attributes)
        self.images = []  # attributes of each <img>

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if tag == "nav" and "edition-links" in (attributes.get("class") or ""):
            self.in_edition_nav = True
        elif tag == "a" and self.in_edition_nav:
            self.edition_links.append(attributes)
        elif tag == "img":
            self.images.append(attributes)

    def handle_endtag(self, tag):
        if tag == "nav":
            self.in_edition_nav = False


for edition in editions:
    site = outputs(edition)[2]
    others = {outputs(other)[2].resolve() for other in editions if other is not edition}
    pages_checked = 0
    for page in sorted(site.glob("*.html")):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        targets = set()
        for link in parser.edition_links:
            href = link.get("href", "")
            check(not re.match(r"^[a-z]+:|^/", href), f"{page.name}: edition link is relative: {href}")
            target = (page.parent / href).resolve()
            check(target.is_file(), f"{edition.get('id')}/{page.name}: link target exists: {href}")
            check(link.get("lang") and link.get("hreflang"), f"{page.name}: link has lang, hreflang")
            targets.add(target.parent)
        check(targets == others, f"{edition.get('id')}/html/{page.name} links to every other "
                                 f"edition's site: {sorted(map(str, targets))}")
        pages_checked += 1
    check(pages_checked >= 3, f"{edition.get('id')}: pages checked ({pages_checked})")
# Every page states its edition's level, from the style's sprachstufe= (default standard):
# a meta element on every page, and a visible line on the pages in plain language.
import xml.etree.ElementTree as ElementTree  # noqa: E402

NOTICES = {"leichte-sprache": "Dieser Text ist in Leichter Sprache.",
           "einfache-sprache": "Dieser Text ist in Einfacher Sprache."}
levels = set()
for edition in editions:
    style = ElementTree.parse(REPOSITORY / "styles" / edition.get("stil")).getroot()
    level = style.get("sprachstufe", "standard")
    levels.add(level)
    for page in sorted(outputs(edition)[2].glob("*.html")):
        text = page.read_text(encoding="utf-8")
        check(f'<meta name="sprachstufe" content="{level}">' in text,
              f"{edition.get('id')}/html/{page.name} states the level {level} in a meta element")
        notice = NOTICES.get(level)
        check((notice in text) if notice else ('class="language-level"' not in text),
              f"{edition.get('id')}/html/{page.name}: the visible level line is right for {level}")
check(levels == {"standard", "leichte-sprache"}, f"the editions' levels: {levels}")

# Labels: the standard site names the LS site "Leichte Sprache"; the LS site's link back
# has the standard edition's verweistext.
parser = Links()
parser.feed((outputs(by_id["standard"])[2] / "index.html").read_text(encoding="utf-8"))
labels = [normalise_space(html.unescape(m)) for m in re.findall(
    r'<nav class="edition-links"[^>]*>.*?</nav>',
    (outputs(by_id["standard"])[2] / "index.html").read_text(encoding="utf-8"), re.S)]
check(labels and ">Leichte Sprache</a>" in labels[0], f"the standard site's label: {labels}")

# Pictograms: every image paragraph of the LS chapters points at a pictogram, each has an
# alternative text in the HTML and a Figure with /Alt in the tagged PDF.
markdown = "\n".join(path.read_text(encoding="utf-8") for path in ls_chapters)
pictograms = re.findall(r"(?m)^!\[([^\]]*)\]\((bilder/piktogramme/[^)\s]+\.png)\)$", markdown)
check(len(pictograms) >= 10, f"the LS chapters use pictograms ({len(pictograms)})")
check(all(alt.strip() for alt, _ in pictograms), "every pictogram has an alt text in Markdown")
for _, image in pictograms:
    source = CONTENT / "bilder" / "quellen" / "piktogramme" / (Path(image).stem + ".svg")
    check(source.is_file(), f"{image} has its SVG source {source.name}")
site_images = []
for page in sorted(ls_site.glob("*.html")):
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    site_images += [(page.name, image) for image in parser.images
                    if "piktogramme" in image.get("src", "")]
check(len(site_images) == len(pictograms),
      f"every pictogram is an image of the site ({len(site_images)} for {len(pictograms)})")
check(all((image.get("alt") or "").strip() for _, image in site_images),
      f"every pictogram has a non-empty alt in HTML: {[p for p, i in site_images if not i.get('alt')]}")
expected_alts = sorted(normalise_space(alt) for alt, _ in pictograms)
check(sorted(normalise_space(image.get("alt")) for _, image in site_images) == expected_alts,
      "the site's alt texts are the chapters'")
objects = pdf_objects(ls_screen)
figures = [entry["value"] for entry in objects.values()
           if isinstance(entry.get("value"), dict)
           and entry["value"].get("/Type") == "/StructElem" and entry["value"].get("/S") == "/Figure"]
alts = [re.sub(r"^u:", "", figure.get("/Alt", "")) for figure in figures]
check(len(figures) == len(pictograms), f"one Figure per pictogram ({len(figures)} for {len(pictograms)})")
check(all(alt.strip() for alt in alts), "every Figure of the LS PDF has a non-empty /Alt")
check(sorted(normalise_space(alt) for alt in alts) == expected_alts,
      "the PDF's /Alt texts are the chapters' alt texts")

# A malformed review date is an error at the datum= attribute.
copy = fresh_folder("malformed")
for folder in ("content", "styles", "fonts"):
    shutil.copytree(REPOSITORY / folder, copy / folder)
manifest_path = copy / "content" / "publikation.xml"
text = manifest_path.read_text(encoding="utf-8")
broken_text = re.sub(r'(<pruefung datum=")[^"]*"', r'\g<1>18.11.2026"', text, count=1)
manifest_path.write_text(broken_text, encoding="utf-8")
line_number = broken_text[:broken_text.index('<pruefung datum="18.11.2026"')].count("\n") + 1
column = broken_text.splitlines()[line_number - 1].index('datum="18.11.2026"') + 1
result = subprocess.run([str(sys.argv[1]), "check", str(copy / "content")], capture_output=True,
                        text=True)
messages = result.stdout + result.stderr
check(result.returncode != 0, "check fails on a malformed review date")
check(re.search(rf"publikation\.xml:{line_number}:{column}: error: datum=\"18\.11\.2026\" in "
                r"<pruefung>", messages) is not None,
      f"the error names publikation.xml:{line_number}:{column}: {messages[-800:]}")

finish()
