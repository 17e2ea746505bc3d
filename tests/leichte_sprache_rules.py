#!/usr/bin/env python3
"""Checks Leichte-Sprache chapters against the rules the sample is written to (issue 10).

Usage: leichte_sprache_rules.py FILE.md...   Prints `file:line: rule: sentence` for every
breach and exits 1 when there is one. The rules, on the text outside code and image markup:
at most 10 words a sentence; no passive (werden/wird/wurde/worden … participle in the same
sentence); no Genitiv articles (des, eines, wegen, trotz, während); no Konjunktiv (würde,
könnte, hätte, wäre, möchte, sollte, müsste, dürfte …); no subordinating conjunctions (dass,
ob, obwohl, damit, nachdem, sodass, falls) and no relative clause after a comma; no
abbreviations (z. B., usw., ca., bzw., d. h., all-capital words such as BAMF); no number of
1000 and more except a year; no numeric date; none of % & § ; / and no brackets; no italics.
A heuristic: it errs towards reporting, so the sample is written to pass it cleanly.
"""
import re
import sys

MAX_WORDS = 10
PASSIVE_AUXILIARIES = {"wird", "werden", "wurde", "wurden", "worden", "wirst", "werdet"}
GENITIVE_WORDS = {"des", "eines", "wegen", "trotz", "während", "innerhalb", "außerhalb",
                  "anhand", "aufgrund", "mittels", "seitens", "statt", "anstatt", "deren", "dessen"}
SUBJUNCTIVE_WORDS = {"würde", "würden", "würdest", "könnte", "könnten", "hätte", "hätten",
                     "wäre", "wären", "möchte", "möchten", "sollte", "sollten", "müsste",
                     "müssten", "dürfte", "dürften", "bräuchte", "bräuchten", "ginge", "käme",
                     "kämen", "wüsste", "gäbe"}
SUBORDINATORS = {"dass", "ob", "obwohl", "damit", "nachdem", "sodass", "falls", "bevor",
                 "sobald", "solange", "indem", "obgleich", "wodurch", "worüber"}
RELATIVE_AFTER_COMMA = re.compile(r",\s+(der|die|das|dem|den|welche|welcher|welches|wo|was)\s",
                                  re.IGNORECASE)
ABBREVIATION = re.compile(r"\b(z\.\s?B\.|usw\.|ca\.|bzw\.|d\.\s?h\.|u\.\s?a\.|etc\.|Nr\.|evtl\.)")
ACRONYM = re.compile(r"\b[A-ZÄÖÜ]{2,}\b")
NUMBER = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{3})+(?![\d])|(?<![\d.])\d{4,}(?![\d])")
NUMERIC_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.(\d{2,4})?")
SPECIAL = re.compile(r"[%&§;/()\[\]]")
ITALIC = re.compile(r"(?<![*\w])\*(?!\*)[^*\n]+\*(?!\*)|(?<![_\w])_[^_\n]+_(?!\w)")
MONTHS = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
# A sentence ends at . ! ? before a space, but not in a date such as "18. April 2026".
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\d\.)\s+|(?<=\d\.)\s+(?!(?:%s)\b)" % MONTHS)


def is_participle(word):
    lower = word.lower()
    return (lower.startswith("ge") or re.search(r"(ier|ge)?t$|en$", lower)) and len(lower) > 3 \
        and (lower.endswith("t") or lower.endswith("en"))


def words_of(sentence):
    return re.findall(r"[\wÄÖÜäöüß]+(?:[-'][\wÄÖÜäöüß]+)*", sentence)


def units(text):
    """(line number, text) of each paragraph, list item, heading and quote line group."""
    paragraph, start = [], 0
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        item = re.match(r"^(?:[-*+]|\d+\.)\s+(.*)", line)
        heading = re.match(r"^#+\s+(.*?)(?:\s*\{#[^}]*\})?$", line)
        if not line or item or heading or re.match(r"^!\[", line) or line == "---":
            if paragraph:
                yield start, " ".join(paragraph)
                paragraph = []
            if item:
                yield number, item.group(1)
            elif heading:
                yield number, heading.group(1)
            elif line.startswith("!["):
                yield number, None  # a picture: its alternative text is checked for brackets
            continue
        if not paragraph:
            start = number
        paragraph.append(line.lstrip("> ").strip().rstrip("\\"))
        if line.endswith("\\"):  # a hard line break: an address line, not a sentence
            yield start, " ".join(paragraph)
            paragraph = []
    if paragraph:
        yield start, " ".join(paragraph)


def findings(path):
    text = open(path, encoding="utf-8").read()
    for number, unit in units(text):
        if unit is None or not unit:
            continue
        raw = unit
        plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw)  # links keep their text
        if ITALIC.search(plain):
            yield number, "kursiv", raw
        plain = plain.replace("**", "")
        for rule, pattern in (("abkuerzung", ABBREVIATION), ("datum", NUMERIC_DATE),
                              ("sonderzeichen", SPECIAL)):
            if pattern.search(plain):
                yield number, rule, plain
        if ACRONYM.search(plain):
            yield number, "abkuerzung", plain
        for match in NUMBER.finditer(plain):
            value = int(match.group(0).replace(".", ""))
            if not (1900 <= value <= 2100 and "." not in match.group(0)):
                yield number, "zahl", plain
        for sentence in SENTENCE_END.split(plain):
            words = words_of(sentence)
            lower = [word.lower() for word in words]
            if len(words) > MAX_WORDS:
                yield number, "satzlaenge (%d Wörter)" % len(words), sentence
            if set(lower) & SUBJUNCTIVE_WORDS:
                yield number, "konjunktiv", sentence
            if set(lower) & GENITIVE_WORDS:
                yield number, "genitiv", sentence
            if set(lower) & SUBORDINATORS or RELATIVE_AFTER_COMMA.search(sentence):
                yield number, "nebensatz", sentence
            if set(lower) & PASSIVE_AUXILIARIES and any(is_participle(w) for w in words[1:]):
                yield number, "passiv", sentence


def main(paths):
    count = 0
    for path in paths:
        for number, rule, sentence in findings(path):
            print("%s:%d: %s: %s" % (path, number, rule, sentence))
            count += 1
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
