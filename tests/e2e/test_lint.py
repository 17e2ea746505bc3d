"""`stadtsatz lint` (issue 10, items 4 and 5): standard input and Markdown files with their
findings at the source's line and column, publications checked at their style's level, check
and build running the checker, --strict, unreadable files, and the readability figures of
--stats against an independent computation (a tokeniser and syllable counter of its own here).
"""
import re
import shutil
import subprocess

from e2e import CONTENT, SCRATCH, STADTSATZ, check, finish

FINDING = re.compile(r"^(.*):(\d+):(\d+): (warning|error): (.*) \[([a-z-]+)\]$")


def lint(*arguments, text=None, cwd=None):
    return subprocess.run([str(STADTSATZ), "lint", *arguments], input=text, capture_output=True,
                          text=True, cwd=cwd or SCRATCH)


def findings(output):
    return [FINDING.match(line).groups() for line in output.splitlines() if FINDING.match(line)]


SCRATCH.mkdir(parents=True, exist_ok=True)

# --- standard input: each line a paragraph, columns in code points ---------------------------
result = lint("-", text="Die Stadt hilft.\nÄrger gibt es bei der IHK. Wir bieten z. B. Kurse an.\n")
check(result.returncode == 0, f"lint - exits 0 with findings: {result.returncode} {result.stderr}")
found = findings(result.stdout)
check(("<stdin>", "2", "23", "warning") == found[0][:4] and found[0][5] == "abkuerzung",
      f"IHK at <stdin>:2:23 (Ä counts one column): {found}")
check(("<stdin>", "2", "39") == found[1][:3] and found[1][5] == "abkuerzung",
      f"z. B. in the second sentence at <stdin>:2:39: {found}")
check(lint(text="Die Stadt hilft.\n").stdout == "", "no file: standard input, nothing to report")
strict = lint("--strict", "-", text="Es gibt Kurse usw.\n")
check(strict.returncode != 0 and ": error: " in strict.stdout,
      f"--strict: findings are errors, exit non-zero: {strict.returncode} {strict.stdout}")
check(lint("--strict", text="Die Stadt hilft.\n").returncode == 0, "--strict without findings: 0")
check(lint("--level", "schwer", text="").returncode == 2, "an unknown --level is a usage error")

# a paragraph of a megabyte with 80,000 findings stays fast (every rule linear in the text)
import time
start = time.monotonic()
huge = lint("-", text="Die VHS hat z. B. 1.500 Plätze & mehr (viele). " * 20000 + "\n")
seconds = time.monotonic() - start
check(huge.returncode == 0 and huge.stdout.count("\n") >= 80000 and seconds < 30,
      f"a 1 MB paragraph: {huge.stdout.count(chr(10))} findings in {seconds:.1f} s")

# --- a Markdown file: positions in the source, no code, URLs or link targets -----------------
chapter = SCRATCH / "kapitel.md"
chapter.write_text("# Überschrift mit IHK\n\n"
                   "Ein Absatz mit `code/usw.` und [einem Link](https://a.de/x/y;z) im Text.\n"
                   "Zweite Zeile mit\n  Einrückung & Zeichen.\n\n"
                   "- Punkt mit *Betonung* und 1.500 Euro\n"
                   "- Punkt mit https://www.stadt.de/a/b\n\n"
                   "| Spalte | Wert |\n|---|---|\n| Am 15.03.2027 | (Klammer) |\n\n"
                   "```\nCode mit usw. und / und ;\n```\n", encoding="utf-8")
result = lint(str(chapter))
check(result.returncode == 0, f"lint KAPITEL.md exits 0: {result.stderr}")
TOKEN_RULES = {"abkuerzung", "zahl", "datum", "sonderzeichen", "klammer", "langes-wort"}
places = [(int(line), int(column), rule) for _, line, column, _, _, rule in findings(result.stdout)
          if rule in TOKEN_RULES]
expected = [(1, 19, "abkuerzung"), (5, 14, "sonderzeichen"), (7, 28, "zahl"), (12, 6, "datum"),
            (12, 19, "klammer")]
check(places == expected, f"findings of the Markdown file at their places: {places} != {expected}")
check(all(path == str(chapter) for path, *_ in findings(result.stdout)), "named by the path given")

# --- unreadable input: a clear error, no crash ---------------------------------------------
missing = lint(str(SCRATCH / "fehlt.md"))
check(missing.returncode == 1 and "fehlt.md" in missing.stderr,
      f"a missing file: exit 1 and its name: {missing.returncode} {missing.stderr}")
folder = SCRATCH / "leer"
folder.mkdir(exist_ok=True)
empty_folder = lint(str(folder))
check(empty_folder.returncode == 1 and "publikation.xml" in empty_folder.stderr,
      f"a folder without manifest: exit 1 ({empty_folder.stderr})")
(SCRATCH / "kaputt.md").write_bytes(b"# Titel\n\nText \xff\xfe kaputt.\n")
broken = lint(str(SCRATCH / "kaputt.md"))
check(broken.returncode == 1 and "UTF-8" in broken.stderr, f"not UTF-8: {broken.stderr}")

# --- a publication: editions of a plain level are checked; check and build run the checker --
publication = SCRATCH / "publikation"
shutil.rmtree(publication, ignore_errors=True)
subprocess.run([str(STADTSATZ), "init", str(publication)], capture_output=True, check=True)
styles = publication / "styles"
plain_style = (styles / "standard.xml").read_text(encoding="utf-8").replace(
    '<stil name="Standard"', '<stil name="Leicht" sprachstufe="leichte-sprache"', 1)
check("sprachstufe" in plain_style, "the test style declares a level")
(styles / "leicht.xml").write_text(plain_style, encoding="utf-8")
manifest = publication / "content" / "publikation.xml"
manifest.write_text(manifest.read_text(encoding="utf-8").replace(
    "</ausgabe>", '</ausgabe>\n  <ausgabe id="leicht" titel="Leichte Sprache" stil="leicht.xml" '
    'dateiname="leicht">\n    <kapitel datei="kapitel/leicht.md"/>\n  </ausgabe>', 1),
    encoding="utf-8")
(publication / "content" / "kapitel" / "leicht.md").write_text(
    "# Leicht\n\nDie Stadt hilft.\n\nWir bieten z. B. Kurse an.\n", encoding="utf-8")
result = lint("content", cwd=publication)
found = findings(result.stdout)
check(result.returncode == 0 and [(path, line, rule) for path, line, _, _, _, rule in found] ==
      [("content/kapitel/leicht.md", "5", "abkuerzung")],
      f"lint content: only the plain edition, at its file: {result.stdout} {result.stderr}")
check(findings(lint("content/publikation.xml", cwd=publication).stdout) == found,
      "the manifest names the publication too")
checked = subprocess.run([str(STADTSATZ), "check", "content"], capture_output=True, text=True,
                         cwd=publication)
check(checked.returncode == 0 and "leicht.md:5:12: warning: " in checked.stderr and
      "[abkuerzung]" in checked.stderr,
      f"check runs the checker, warnings only: {checked.returncode} {checked.stderr[-800:]}")
built = subprocess.run([str(STADTSATZ), "build", "content", "--out", str(SCRATCH / "out")],
                       capture_output=True, text=True, cwd=publication)
check(built.returncode == 0 and "[abkuerzung]" in built.stderr,
      f"build runs the checker and still builds: {built.returncode} {built.stderr[-800:]}")
check("Lesbarkeit: Standardausgabe (standard)" in built.stdout and
      "Lesbarkeit: Leichte Sprache (leicht)" in built.stdout,
      f"the build report has the figures of each edition: {built.stdout[-1500:]}")
(publication / "content" / "kapitel" / "leicht.md").rename(publication / "weg.md")
gone = lint("content", cwd=publication)
check(gone.returncode == 1 and "leicht.md" in gone.stderr,
      f"a chapter the manifest names but that is missing: exit 1 and its name: {gone.stderr}")
(publication / "weg.md").rename(publication / "content" / "kapitel" / "leicht.md")
strict_folder = lint("--strict", "content", cwd=publication)
check(strict_folder.returncode == 1, "--strict on a publication with findings: exit 1")


# --- readability of the standard edition against an independent computation ----------------
VOWELS = set("aeiouäöüy")
ONE_SOUND = {"ei", "ai", "ey", "ay", "au", "eu", "äu", "ou", "ie", "aa", "ee", "oo"}
ABBREVIATIONS = {"z", "B", "bzw", "usw", "ca", "Nr", "Dr", "Prof", "vgl", "ggf", "u", "a", "d",
                 "h", "inkl", "evtl", "etc", "S", "Abs", "Art", "Tel", "bspw", "sog", "o", "ä",
                 "Mio", "Mrd", "Jh", "zzgl", "Hr", "Fr", "Str"}


def syllables(word):
    """Vowel groups: a run of vowels is one syllable per vowel, less one per diphthong."""
    letters = [c for c in word.lower() if c.isalpha()]
    count, index = 0, 0
    while index < len(letters):
        if letters[index] in VOWELS and not (letters[index] == "u" and index and
                                             letters[index - 1] == "q"):
            pair = "".join(letters[index:index + 2])
            if pair in ONE_SOUND and not (pair == "ie" and letters[index + 2:index + 3] == ["n"]):
                index += 1
            count += 1
        index += 1
    return max(count, 1)


def running_text(markdown):
    """The paragraphs of running text: no headings, tables, captions, code, pictures."""
    paragraphs, current, in_code = [], [], False
    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            in_code = not in_code
            continue
        starts_item = re.match(r"^\s*([-*+]|\d+\.)\s+", line)
        if (in_code or not stripped or stripped.startswith(("#", "|", "Tabelle:", "!["))
                or starts_item or stripped.startswith("<!--")):
            if current:
                paragraphs.append(" ".join(current))
            current = []
            if starts_item and not in_code:
                current = [line[starts_item.end():]]
            continue
        # a hard line break (backslash or two spaces at the end) ends a sentence
        hard = line.endswith("\\") or line.endswith("  ")
        current.append(re.sub(r"^>\s*|^\[\^[^\]]+\]:\s*", "", stripped).rstrip("\\") +
                       ("\n" if hard else ""))
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def plain(paragraph):
    paragraph = re.sub(r"`[^`]*`", " ", paragraph)
    paragraph = re.sub(r"\[\^[^\]]+\]", "", paragraph)
    paragraph = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", paragraph)
    paragraph = re.sub(r"<[^>]+>|https?://\S+|www\.\S+", " ", paragraph)
    return re.sub(r"[*_~]", "", paragraph)


def sentences_of(paragraph):
    sentences, start = [], 0
    for match in re.finditer(r"[.!?]+(?=\s+\S|$)|\n", paragraph):
        before = re.findall(r"(\w+)$", paragraph[:match.start()])
        if match.group() == "." and before and (before[0] in ABBREVIATIONS or
                                                (before[0].isdigit() and len(before[0]) <= 2)):
            continue
        sentences.append(paragraph[start:match.end()])
        start = match.end()
    sentences.append(paragraph[start:])
    return [sentence for sentence in sentences if WORD.search(sentence)]


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:[-·‑][^\W_]+)*")


def figures(paragraphs, count_syllables):
    sentences = words = syllable_total = long_words = many = single = 0
    for paragraph in paragraphs:
        for sentence in sentences_of(plain(paragraph)):
            sentences += 1
            for word in WORD.findall(sentence):
                count = count_syllables(word)
                words += 1
                syllable_total += count
                long_words += sum(c.isalpha() for c in word) > 6
                many += count >= 3
                single += count == 1
    asl, asw = words / sentences, syllable_total / words
    return {"Wörter/Satz": asl, "Flesch-Amstad": 180 - asl - 58.5 * asw,
            "Wiener Sachtextformel": 0.1935 * 100 * many / words + 0.1672 * asl +
            0.1297 * 100 * long_words / words - 0.0327 * 100 * single / words - 0.875,
            "LIX": asl + 100 * long_words / words}


def table_rows(output):
    rows = {}
    for line in output.splitlines():
        numbers = re.findall(r"-?\d+(?:\.\d+)?", line[34:])
        if len(numbers) == 7 and (line.startswith("Ausgabe gesamt") or ".md" in line[:34]):
            name = "gesamt" if line.startswith("Ausgabe gesamt") else line.split()[0]
            rows[name] = dict(zip(["Sätze", "Wörter", "Wörter/Satz", "Silben/Wort",
                                   "Flesch-Amstad", "Wiener Sachtextformel", "LIX"],
                                  map(float, numbers)))
    return rows


manifest_text = (CONTENT / "publikation.xml").read_text(encoding="utf-8")
standard = re.search(r'<ausgabe id="standard".*?</ausgabe>', manifest_text, re.S).group()
chapter_files = re.findall(r'<kapitel datei="([^"]+)"', standard)
stats = lint("--stats", "--edition", "standard", str(CONTENT))
check(stats.returncode == 0, f"lint --stats exits 0: {stats.stderr}")
rows = table_rows(stats.stdout)
check(len(rows) == len(chapter_files) + 1, f"a row per chapter and the edition: {stats.stdout}")
all_paragraphs = []
largest = {}
for file in chapter_files:
    paragraphs = running_text((CONTENT / file).read_text(encoding="utf-8"))
    all_paragraphs += paragraphs
    name = file.split("/")[-1]
    for key, value in figures(paragraphs, syllables).items():
        difference = abs(rows.get(name, {}).get(key, float("nan")) - value)
        largest[key] = max(largest.get(key, 0), difference)
        check(difference <= 3, f"{name} {key}: {rows.get(name, {}).get(key)} vs {value:.1f}")
independent = figures(all_paragraphs, syllables)
for key, value in independent.items():
    difference = abs(rows["gesamt"][key] - value)
    print(f"edition {key}: stadtsatz {rows['gesamt'][key]:.1f}, independent {value:.1f}, "
          f"difference {difference:.2f} (largest per chapter {largest[key]:.2f})")
    check(difference <= 3, f"edition {key}: {rows['gesamt'][key]} vs {value:.1f}")
try:  # for information: syllables from the hyphenation dictionary (as textstat counts them)
    import pyphen
    dictionary = pyphen.Pyphen(lang="de_DE")
    by_pyphen = figures(all_paragraphs, lambda word: len(dictionary.positions(word)) + 1)
    print("with pyphen syllables: " + ", ".join(
        f"{key} {value:.1f} (difference {rows['gesamt'][key] - value:+.1f})"
        for key, value in by_pyphen.items()))
except ImportError:
    pass

finish()
