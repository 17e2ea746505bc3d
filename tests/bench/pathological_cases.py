"""Pathological inputs for Stadtsatz, each generated at a chosen size: deep nesting, huge
words, tables and footnote lists, many measures, many unclosed openers, and the inputs that
once took quadratic time. Used by the bench (pathological_inputs.py) and, at small sizes, by
the end-to-end test tests/e2e/test_pathological_inputs.py.

Each case is a function of its size n that returns the files of a publication's content
folder besides the manifest, as {relative path: text}; CASES says what the size counts, the
size at 1× of the bench, and whether the build must fail with a message (an expected error)
or succeed.
"""
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

CHAPTER = "kapitel/01-probe.md"
MEASURES = "handlungsfelder/01-probe.xml"


def chapter(body):
    return {CHAPTER: "# Probe\n\n" + body + "\n"}


def nested_quotes(n):
    return chapter("> " * n + "Zitat")


def nested_bullets(n):
    return chapter("- " * n + "Punkt")


def nested_ordered(n):
    return chapter("1. " * n + "Punkt")


def nested_emphasis(n):
    # *a **a *a … a* a** a*: each opener closed in reverse order, so every level nests.
    delimiters = ["*" if level % 2 == 0 else "**" for level in range(n)]
    opening = "".join(delimiter + "a " for delimiter in delimiters)
    closing = " ".join("a" + delimiter for delimiter in reversed(delimiters))
    return chapter(opening + closing)


def long_word(n):
    # n bytes of letters without a space: one word for hyphenation and line breaking.
    syllables = "donaudampfschifffahrtsgesellschaft"
    return chapter("Das Wort " + (syllables * (n // len(syllables) + 1))[:n] + " endet.")


def table_rows(n):
    rows = "".join(f"| Zeile {row} | {row * 7} |\n" for row in range(n))
    return chapter("| Bezeichnung | Wert |\n| --- | ---: |\n" + rows)


def footnotes(n):
    references = " ".join(f"Satz {index}.[^f{index}]" for index in range(n))
    definitions = "".join(f"[^f{index}]: Anmerkung {index}.\n" for index in range(n))
    return chapter(references + "\n\n" + definitions)


def measures(n, indicators=20):
    indicator = ("<indikator><name>Kennzahl {k}</name><einheit>Anzahl</einheit>"
                 '<ausgangswert jahr="2025">{k}</ausgangswert>'
                 '<zielwert jahr="2030">{m}</zielwert>'
                 "<datenquelle>Statistik der Stadt</datenquelle></indikator>\n")
    parts = []
    for measure in range(n):
        parts.append(
            f'<massnahme id="M-1.1.{measure + 1}"><titel>Maßnahme {measure + 1}</titel>'
            f"<beschreibung><absatz>Die Stadt fördert Vorhaben Nummer {measure + 1} in allen "
            "Stadtteilen.</absatz></beschreibung>"
            "<federfuehrung>Amt für Planung</federfuehrung>"
            '<zeitraum von="2026" bis="2030"/><prioritaet>hoch</prioritaet>'
            "<status>geplant</status>\n"
            + "".join(indicator.format(k=k + 1, m=k + 10) for k in range(indicators))
            + "</massnahme>\n")
    measures_file = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<handlungsfeld id="hf-probe">\n'
        "<titel>Probe</titel><leitziel>Alle profitieren.</leitziel>\n"
        "<einleitung><absatz>Einleitung.</absatz></einleitung>\n"
        '<ziel id="Z-1.1"><text>Ein Ziel.</text>\n' + "".join(parts) + "</ziel>\n"
        "</handlungsfeld>\n")
    files = chapter("Die Maßnahmen folgen.")
    files[MEASURES] = measures_file
    return files


def bracket_openers(n):
    return chapter("[a " * n)


def strong_openers(n):
    return chapter("**a " * n)


def comma_token(n):
    # One token of n "a," pairs: 2n bytes without a space.
    return chapter("a," * n)


def unclosed_links(n):
    return chapter("[a](b" * n)  # one token: no space


def unclosed_angle_links(n):
    return chapter("[a](<b" * n)


def autolinks(n):
    return chapter("www.a.de " * n)


def long_paragraph(n):
    # n sentences of ordinary German words in one paragraph.
    sentence = ("Die Stadtverwaltung unterstützt gemeinsam mit den Beratungsstellen alle "
                "Familien bei der Anmeldung in Kindertagesstätten. ")
    return chapter(sentence * n)


def empty(n):
    return chapter("Ein kurzer Absatz.")


# libharu writes no PDF array of more than 32767 entries (src/pdf/haru_session.cpp).
PDF_LIST_LIMIT = "Einträge je Liste"


@dataclass
class Case:
    name: str
    generate: object  # function of n -> {relative path: text}
    counts: str       # what n counts
    size: int         # n at 1× in the bench
    error: str = ""   # the start of the expected error message, or "" when the build succeeds
    # A documented limit the case may run into at larger sizes: a build that fails with an
    # error containing this is a clear error, not a failure of the bench.
    limit: str = ""


CASES = [
    Case("nested quotes", nested_quotes, "levels", 10_000, "zu tief verschachtelt"),
    Case("nested bullet lists", nested_bullets, "levels", 10_000, "zu tief verschachtelt"),
    Case("nested ordered lists", nested_ordered, "levels", 10_000, "zu tief verschachtelt"),
    Case("nested emphasis", nested_emphasis, "levels", 10_000, "zu tief verschachtelt"),
    Case("long word", long_word, "bytes", 65_536),
    Case("table rows", table_rows, "rows", 6_250, limit=PDF_LIST_LIMIT),
    Case("footnotes", footnotes, "footnotes", 625),
    Case("measures x 20 indicators", measures, "measures", 63),
    Case("[ openers", bracket_openers, "openers", 10_000),
    Case("** openers", strong_openers, "openers", 10_000),
    Case("a,a,a token", comma_token, "pairs", 20_000),
    Case("unclosed [a](b", unclosed_links, "links", 20_000),
    Case("unclosed [a](<b", unclosed_angle_links, "links", 20_000),
    Case("autolinks www.a.de", autolinks, "links", 20_000, limit=PDF_LIST_LIMIT),
    Case("long paragraph", long_paragraph, "sentences", 250),
]


def make_publication(root, repository, files):
    """A publication in `root`: the sample's manifest with one edition of the given chapter
    (and measures file), the repository's styles and fonts."""
    root = Path(root)
    if root.exists():
        shutil.rmtree(root)
    content = root / "content"
    content.mkdir(parents=True)
    for name in ("styles", "fonts"):
        shutil.copytree(Path(repository) / name, root / name)
    entries = []
    for relative, text in files.items():
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        element = "massnahmen" if relative.endswith(".xml") else "kapitel"
        entries.append(f'    <{element} datei="{relative}"/>')
    manifest = (Path(repository) / "content" / "publikation.xml").read_text(encoding="utf-8")
    manifest = re.sub(r"<ausgabe .*</ausgabe>",  # every edition: one
                      '<ausgabe id="probe" titel="Probe" stil="standard.xml" dateiname="probe">\n'
                      + "\n".join(entries) + "\n  </ausgabe>", manifest, flags=re.S)
    (content / "publikation.xml").write_text(manifest, encoding="utf-8")
    return content
