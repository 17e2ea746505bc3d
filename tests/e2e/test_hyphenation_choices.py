"""Which line ends hyphenation may make (issue 9, item 2 and acceptance 4), read from the PDFs.

- The sample's text has no hyphenation break inside a word part shorter than the style's
  minimum (trennung-wortlaenge 6), nor one leaving fewer than 2 letters before or 3 after it.
- Dates, standard numbers, URLs and e-mail addresses: a small test publication repeats them
  with the text before them growing a letter at a time, so that every one of them meets the
  line end somewhere; no date or standard number is split over two lines, and no URL or
  e-mail address breaks at one of its own hyphens or is hyphenated. The sample is checked too.
"""
import re
import shutil

from e2e import (REPOSITORY, build_publication, build_sample, check, finish, fresh_folder,
                 output_paths, pdf_pages_text)

LETTER = r"A-Za-zÄÖÜäöüßéèáàç"
WORD_LENGTH, LEFT, RIGHT = 6, 2, 3  # the defaults of styles/standard.xml
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")


def source_text(content):
    """Every chapter's and measure file's text, to tell a hard hyphen from a hyphenation."""
    parts = [path.read_text(encoding="utf-8") for path in content.rglob("*.md")]
    parts += [path.read_text(encoding="utf-8") for path in content.rglob("*.xml")]
    return "\n".join(parts)


def page_lines(pdf):
    """The non-empty lines of each page, as pdftotext -layout sets them."""
    return [[line.rstrip() for line in page.splitlines() if line.strip()]
            for page in pdf_pages_text(pdf)]


def is_text_line(line):
    """A line of running text: long, and no gap between table columns in it (pdftotext
    -layout sets table cells side by side, so the next line may belong to another cell)."""
    return len(line.strip()) >= 40 and not re.search(r"\S {4,}\S", line.strip())


def short_breaks(pdf, source):
    """Line ends of running text that hyphenate a word part shorter than the minima allow,
    and how many hyphenated line ends were looked at."""
    found, looked_at = [], 0
    for page in page_lines(pdf):
        for line, following in zip(page, page[1:]):
            tail = re.search(f"([{LETTER}]+)-$", line)
            head = re.match(rf"\s*([{LETTER}]+)", following)
            if not tail or not head or not is_text_line(line) or not is_text_line(following):
                continue
            before, after = tail.group(1), head.group(1)
            if f"{before}-{after}" in source:
                continue  # a hard hyphen of the text (Neu-Ulm, Bus- und Bahn)
            looked_at += 1
            if len(before) < LEFT or len(after) < RIGHT or len(before + after) < WORD_LENGTH:
                found.append(f"{before}-|{after}")
    return found, looked_at


def breakable(phrase):
    """A regex finding `phrase` in pdftotext's lines wherever a line may have broken it: at a
    space, or between two characters (with or without a hyphen added)."""
    pieces = []
    for word in phrase.split(" "):
        pieces.append(r"(?:-?\n\s*)?".join(re.escape(character) for character in word))
    return r"\s+".join(pieces)


def split_phrases(text, phrases):
    """The occurrences of `phrases` that a line break splits, and how many were found."""
    broken, count = [], 0
    for phrase in phrases:
        for match in re.finditer(breakable(phrase), text):
            count += 1
            if "\n" in match.group(0):
                broken.append(match.group(0).replace("\n", "|"))
    return broken, count


def split_dates(text):
    """Dates such as "18. April 2026" that a line break splits, and how many were found."""
    months = "|".join(r"(?:-?\n\s*)?".join(month) for month in MONTHS)
    broken, count = [], 0
    for match in re.finditer(rf"\b\d{{1,2}}\.\s+(?:{months})\s+\d{{4}}", text):
        count += 1
        if "\n" in match.group(0):
            broken.append(match.group(0).replace("\n", "|"))
    return broken, count


def own_hyphen_breaks(lines, addresses):
    """Line ends inside an address at one of its own hyphens, or hyphenating it."""
    found = []
    for line, following in zip(lines, lines[1:]):
        if not line.endswith("-") or not following.strip():
            continue
        tail, head = line.split()[-1], following.split()[0]
        for address in addresses:
            if tail + head in address or (tail[:-1] + head in address and len(head) > 1):
                found.append(f"{tail}|{head}")
    return found


def all_lines(pdf):
    return [line for page in page_lines(pdf) for line in page]


# The sample.
out = fresh_folder("sample")
build_sample(out)
_, screen_pdf, _ = output_paths(out)
sample_source = source_text(REPOSITORY / "content")
short, looked_at = short_breaks(screen_pdf, sample_source)
check(looked_at >= 100, f"sample: hyphenated line ends are found ({looked_at})")
check(not short, f"sample: no hyphenation inside a word shorter than the minima: {short[:10]}")
sample_text = "\n".join(all_lines(screen_pdf)).replace("\u00a0", " ")
broken, dates = split_dates(sample_text)
check(dates >= 20, f"sample: the dates are found ({dates})")
check(not broken, f"sample: no date split over two lines: {broken[:5]}")
check(not own_hyphen_breaks(all_lines(screen_pdf),
                            ["barrierefreiheit@neu-ulm.de", "https://www.ldbv.bayern.de"]),
      "sample: no address breaks at its own hyphen")

# A small test publication: the sample's style and fonts, one chapter of tricky line ends.
root = fresh_folder("publication")
for folder in ("styles", "fonts"):
    shutil.copytree(REPOSITORY / folder, root / folder)
content = root / "content"
(content / "kapitel").mkdir(parents=True)
shutil.copytree(REPOSITORY / "content" / "schema", content / "schema")
manifest = (REPOSITORY / "content" / "publikation.xml").read_text(encoding="utf-8")
manifest = re.sub(r"(<ausgabe [^>]*>).*?(</ausgabe>)",
                  r'\1<kapitel datei="kapitel/zeilenenden.md"/>\2', manifest, flags=re.S)
(content / "publikation.xml").write_text(manifest, encoding="utf-8")
URL = "www.integrations-beratung-musterstadt.de/sprach-kurse"
MAIL = "sprach-kurse@integrations-beratung-musterstadt.de"
STANDARDS = ["DIN 18040-2", "ISO 9001-1", "EN 301 549", "DIN EN ISO 9241-110"]
DATES = ["1. Dezember 2026", "01.12.2026", "24.11.", "24. 11. 2026"]
paragraphs = ["# Zeilenenden {#zeilenenden}", ""]
for shift in range(48):
    lead = "Vorab " + "a" * (shift % 12 + 1) + " " + "Wort " * (shift // 12)
    paragraphs.append(
        f"{lead}Die Beratung erreichen Sie unter {URL} oder per E-Mail an {MAIL}, "
        f"montags bis freitags. Gebaut wird nach {STANDARDS[0]}, zertifiziert nach "
        f"{STANDARDS[1]}, geprüft nach {STANDARDS[2]} und gestaltet nach {STANDARDS[3]}. "
        f"Die Sitzung am {DATES[0]}, der Termin am {DATES[1]}, die Frist bis {DATES[2]} "
        f"und die Sprechstunde am {DATES[3]} stehen fest.")
    paragraphs.append("")
(content / "kapitel" / "zeilenenden.md").write_text("\n".join(paragraphs), encoding="utf-8")
out = fresh_folder("publication-out")
build_publication(content, out)
_, test_pdf, _ = output_paths(out, content)
lines = all_lines(test_pdf)
text = "\n".join(lines).replace("\u00a0", " ").replace("\u202f", " ")
broken, count = split_phrases(text, STANDARDS)
check(count >= 4 * 48 - 12, f"test publication: the standard numbers are found ({count})")
check(not broken, f"test publication: no standard number split: {broken[:5]}")
broken, count = split_phrases(text, DATES)
check(count >= 4 * 48 - 12, f"test publication: the dates are found ({count})")
check(not broken, f"test publication: no date split: {broken[:5]}")
own = own_hyphen_breaks(lines, [URL, MAIL])
check(not own, f"test publication: no URL or e-mail address broken at its hyphens: {own[:5]}")
# The shifting text brings the phrases to the line edges: many lines start with one (the
# whole-paragraph breaker avoids hyphens, so few lines end in one, but some still do).
starts = sum(1 for line in lines
             if re.match(r"\s*(DIN|ISO|EN|1\. Dez|01\.12\.|24\.|www\.|sprach-kurse@)", line))
check(starts >= 10, f"test publication: lines start with a phrase ({starts})")
ends = sum(1 for line in lines if line.endswith("-"))
check(ends >= 1, f"test publication: lines do end in hyphens elsewhere ({ends})")
short, _ = short_breaks(test_pdf, source_text(content))
check(not short, f"test publication: no hyphenation inside a short word: {short[:10]}")
finish()
