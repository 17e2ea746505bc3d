"""Acceptance 1 of issue 10, from the PDFs' text: an edition in the Leichte-Sprache style uses
sans-serif fonts of at least 14 pt, no line ends in a hyphen, every sentence starts a line,
no line ends in an article or preposition (so none separates it from its noun), no sentence's
last word stands alone on a line, word spaces are fixed (ragged right, not justified), and
pictograms stand left of their text. Runs on the A5 test publication
(tests/publications/leichte-sprache-a5) and on the sample's Leichte-Sprache edition. Both PDFs (screen and print) are read over every page."""
import re
import statistics
import subprocess
import xml.etree.ElementTree as ElementTree
from html import unescape

from e2e import (CONTENT, REPOSITORY, build_publication, check, finish, fresh_folder, manifest,
                 missing_tool, run)

LS_A5 = REPOSITORY / "tests" / "publications" / "leichte-sprache-a5" / "content"
LS_EDITION = "leichte-sprache"

# The words a line must not end with (acceptance 1: articles and prepositions; the
# typesetter's own list in src/text/word_groups.cpp is longer). Lower case.
ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
            "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines"}
PREPOSITIONS = {"in", "an", "auf", "mit", "von", "zu", "für", "bei", "nach", "aus", "über",
                "unter", "vor", "hinter", "neben", "zwischen", "durch", "gegen", "ohne", "um",
                "bis", "seit", "ab", "am", "im", "zum", "zur", "beim", "vom", "ins", "ans"}
# Abbreviations that end in a full stop inside a sentence (lower case).
ABBREVIATIONS = {"z.", "b.", "d.", "h.", "u.", "a.", "o.", "s.", "nr.", "dr.", "prof.", "str.",
                 "bzw.", "ca.", "vgl.", "tel.", "abs.", "art.", "st.", "mio.", "mrd.", "ggf.",
                 "evtl.", "inkl.", "usw.", "etc.", "hr.", "fr.", "sog.", "insb.", "bspw."}
HAS_LETTER = re.compile(r"[^\W\d_]")
OPENING = "„\"([»«‚“'"
CLOSING = "“”\")]«»‘’'"


def core(word):
    return word.lstrip(OPENING).rstrip(CLOSING)


def ends_sentence(word, following):
    """Whether a sentence ends between two words of a line (an independent reading of the
    rule: . ! ? before a capital or digit, not after an abbreviation or an ordinal)."""
    stem = core(word)
    if not stem or stem[-1] not in ".!?":
        return False
    if stem[-1] == ".":
        body = stem[:-1]
        if re.fullmatch(r"\d{4}", body):
            pass  # a year ends a sentence: im Jahr 2027. Das …
        elif not re.search(r"[^\W\d_]", body):
            return False  # an ordinal (20.), dots without a word
        if stem.lower() in ABBREVIATIONS or len(body) == 1 or re.fullmatch(r"(\w\.)+\w", body):
            return False
    following = following.lstrip(OPENING)
    return bool(following) and (following[0].isupper() or following[0].isdigit())


def pdf_lines(pdf):
    """Every text line of the PDF: (page, block, words with their x positions, line height)."""
    xml = run("pdftotext", "-bbox-layout", pdf, "-").stdout
    lines = []
    for page_number, page in enumerate(re.findall(r"<page .*?</page>", xml, re.S), start=1):
        for block_number, block in enumerate(re.findall(r"<block .*?</block>", page, re.S)):
            for line in re.findall(r"<line .*?</line>", block, re.S):
                words = [(float(x0), float(x1), float(y0), float(y1), unescape(text))
                         for x0, y0, x1, y1, text in re.findall(
                             r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                             r'yMax="([\d.]+)">(.*?)</word>', line)]
                if words:
                    lines.append((page_number, block_number, words))
    return lines


def font_sizes(pdf):
    """The font sizes of all text the PDF draws (Tf operands times the text matrix scale)."""
    try:
        data = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(pdf), "-"],
                              capture_output=True).stdout.decode("latin-1")
    except FileNotFoundError:
        missing_tool("qpdf is not installed")
    sizes = []
    for stream in re.findall(r"stream\n(.*?)endstream", data, re.S):
        scale = 1.0
        for match in re.finditer(
                r"([-\d.]+) [-\d.]+ [-\d.]+ ([-\d.]+) [-\d.]+ [-\d.]+ Tm|/\S+ ([-\d.]+) Tf",
                stream):
            if match.group(3) is not None:
                sizes.append(float(match.group(3)) * scale)
            else:
                scale = abs(float(match.group(2)))
    return sizes


def check_fonts(pdf, name, style):
    fonts = run("pdffonts", pdf).stdout.splitlines()[2:]
    names = [line.split()[0] for line in fonts if line.strip()]
    check(names, f"{name}: pdffonts lists fonts")
    for font in names:
        check("Sans" in font and "Serif" not in font and "Mono" not in font,
              f"{name}: font {font} is not a sans-serif")
        if style.get("betonung") == "fett":
            check("Italic" not in font and "Oblique" not in font,
                  f"{name}: italic font {font} in a style without italics")
    sizes = font_sizes(pdf)
    check(sizes, f"{name}: the content streams set font sizes")
    small = sorted({round(size, 2) for size in sizes if size < 14 - 0.01})
    check(not small, f"{name}: text smaller than 14 pt: {small}")


def check_lines(pdf, name):
    lines = pdf_lines(pdf)
    check(len(lines) > 20, f"{name}: pdftotext finds the text lines ({len(lines)})")
    gaps = []
    for index, (page, block, words) in enumerate(lines):
        texts = [word[4] for word in words]
        where = f"{name} page {page}: '{' '.join(texts)}'"
        last = texts[-1]
        check(not last.endswith(("-", "\u00ad")) or last == "-",
              f"{where} ends in a hyphen")
        for position in range(len(texts) - 1):
            check(not ends_sentence(texts[position], texts[position + 1]),
                  f"{where}: a sentence starts inside the line, after '{texts[position]}'")
        # A word group broken after its article or preposition: another line of the same
        # block follows (a heading "So lief die Konferenz ab" may end in a verb particle).
        continues = (index + 1 < len(lines) and lines[index + 1][0] == page and
                     lines[index + 1][1] == block)
        if core(last).lower() in ARTICLES | PREPOSITIONS and continues:
            check(False, f"{where} ends in the article or preposition '{last}'")
        if index > 0:
            previous_page, previous_block, previous_words = lines[index - 1]
            previous_last = previous_words[-1][4]
            same_sentence = (previous_page == page and previous_block == block and
                             core(previous_last)[-1:] not in ".!?:" and len(previous_words) > 1)
            check(not (same_sentence and len(texts) == 1 and core(last)[-1:] in ".!?"),
                  f"{where}: the sentence's last word stands alone on its line")
        # The gaps between words of one size on a line, relative to their height: spaces,
        # not table columns, list bullets, heading numbers or dot leaders.
        for left, right in zip(words, words[1:]):
            height = left[3] - left[2]
            if (abs(height - (right[3] - right[2])) < 0.5 and HAS_LETTER.search(left[4]) and
                    HAS_LETTER.search(right[4]) and 0 < right[0] - left[1] < height):
                gaps.append(((right[0] - left[1]) / height, where))
    check(len(gaps) > 50, f"{name}: word spaces found ({len(gaps)})")
    if gaps:
        usual = statistics.median(gap for gap, _ in gaps)
        uneven = [(round(gap, 3), where) for gap, where in gaps if abs(gap - usual) > 0.03]
        check(not uneven,
              f"{name}: word spaces are not fixed (ragged right): {len(uneven)} of "
              f"{len(gaps)} differ from {usual:.3f} of the line height, e.g. {uneven[:3]}")
    return lines


def check_picture_column(pdf, name, style):
    """Each page with a pictogram has text to the right of it, starting at its top."""
    column = style.find("bildspalte")
    if column is None:
        return
    listing = run("pdfimages", "-list", pdf).stdout.splitlines()[2:]
    pages_with_images = {int(line.split()[0]) for line in listing if line.strip()}
    check(pages_with_images, f"{name}: the pictograms are in the PDF")
    lines = pdf_lines(pdf)
    left_edges = {}
    for page, _, words in lines:
        left_edges.setdefault(page, []).append(round(words[0][0]))
    for page in pages_with_images:
        edges = left_edges.get(page, [])
        check(len(set(edges)) >= 2,
              f"{name} page {page}: text beside the pictogram is not indented (left edges {sorted(set(edges))})")


def check_edition(pdf_folder, stem, style, name):
    for pdf in (pdf_folder / f"{stem}.pdf", pdf_folder / f"{stem}-druck.pdf"):
        check(pdf.is_file(), f"{name}: {pdf.name} exists")
        if not pdf.is_file():
            continue
        label = f"{name} {pdf.name}"
        check_fonts(pdf, label, style)
        check_lines(pdf, label)
        check_picture_column(pdf, label, style)
        if style.find("wortfugen") is not None:
            # running headers and contents too: every marked compound reads unsplit
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                  text=True).stdout
            check("\u00b7" not in text,
                  f"{label}: the text layer reads every marked compound unsplit: "
                  f"{[line for line in text.splitlines() if chr(0xB7) in line][:5]}")
            outline = subprocess.run(["qpdf", "--json", "--json-key=outlines", str(pdf)],
                                     capture_output=True, text=True).stdout
            check('"title"' in outline and "\u00b7" not in outline and "\\u00b7" not in outline,
                  f"{label}: the bookmarks name the chapters unsplit")
    site = pdf_folder / "html"
    pages = sorted(site.glob("*.html"))
    check(pages, f"{name}: the site has pages")
    css = (site / "style.css").read_text(encoding="utf-8") if (site / "style.css").exists() else ""
    check("hyphens: none" in css, f"{name}: the site's stylesheet switches hyphenation off")
    check(re.search(r"em, i[^{]*\{\s*font-style: normal;\s*font-weight: 700", css),
          f"{name}: the site sets emphasis bold, not italic")
    check(".satz {\n  display: block;" in css, f"{name}: each sentence is a line on the site")
    for page in pages:
        html = page.read_text(encoding="utf-8")
        check("\u00ad" not in html and "&shy;" not in html, f"{name}: {page.name} has soft hyphens")
        if style.find("wortfugen") is not None:
            title = re.search(r"<title>(.*?)</title>", html)
            check(title and "\u00b7" not in title.group(1),
                  f"{name}: {page.name} has an unsplit <title>")
    chapters = "".join(page.read_text(encoding="utf-8") for page in pages)
    check('<span class="satz">' in chapters, f"{name}: the site wraps sentences")
    if style.find("bildspalte") is not None:
        check('<div class="bildspalte">' in chapters, f"{name}: the site sets pictograms in a column")


def edition_of(content, edition_id):
    for edition in manifest(content).findall("ausgabe"):
        if edition.get("id") == edition_id:
            return edition
    return None


def build_and_check(content, name):
    edition = edition_of(content, LS_EDITION)
    check(edition is not None, f"{name}: has an edition {LS_EDITION}")
    if edition is None:
        return
    style = ElementTree.parse(content.parent / "styles" / edition.get("stil")).getroot()
    out = fresh_folder(name)
    result = build_publication(content, out)
    check(": error:" not in result.stderr, f"{name}: builds without errors: {result.stderr[-2000:]}")
    check_edition(out / LS_EDITION, edition.get("dateiname"), style, name)


build_and_check(LS_A5, "leichte-sprache-a5")
build_and_check(CONTENT, "sample")
finish()
