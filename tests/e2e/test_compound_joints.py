"""Quality of compound marking (issue 10, acceptance 4): `stadtsatz hyphenate --leichte-sprache`
and `--bindestrich` on administrative compounds that are not in tests/bench/compounds.txt
(tests/data/compound-joints.tsv) must mark at least 90 % exactly at their joints, in both
conventions; words below the minimum length stay whole, and lexicalised words (no longer felt
as compounds) and words that only look like compounds stay whole even at a minimum of 4.
"""
import subprocess

from e2e import REPOSITORY, STADTSATZ, check, finish

REQUIRED_RATE = 0.9

# Lexicalised words and simple words that split into words by accident: never marked.
WHOLE = ["Nachbar", "Dienstag", "Urlaub", "Mittwoch", "Donnerstag", "Elend", "Adler", "Grummet",
         "Verwaltung", "Nachbarschaft", "Wirklichkeit", "veröffentlicht", "Generationen",
         "Hochzeit", "Frühstück", "Jungfrau", "Junggeselle", "Fronleichnam", "Walnuss",
         "Himbeere", "Bräutigam", "Nachtigall", "Weihnachten", "Wimper", "Eidechse",
         "Schornstein", "Mitglied", "Urkunde", "Ursache", "Eigentum", "E-Mail-Adresse",
         "Baden-Württemberg", "2026er-Jahrgang", "www.stadt.de"]


def read_table():
    rows = []
    path = REPOSITORY / "tests" / "data" / "compound-joints.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, mediopunkt, hyphen = line.split("\t")
            rows.append((word, mediopunkt, hyphen))
    return rows


def letters(word):
    return sum(1 for character in word if character.isalpha())


def marked(words, *options):
    result = subprocess.run([str(STADTSATZ), "hyphenate", "--no-exceptions", "--leichte-sprache",
                             *options], input="\n".join(words) + "\n", capture_output=True,
                            text=True)
    check(result.returncode == 0, f"hyphenate {' '.join(options)}: exit 0 ({result.stderr})")
    return result.stdout.splitlines()


rows = read_table()
check(len(rows) >= 200, f"at least 200 compounds in the table ({len(rows)})")
words = [word for word, _, _ in rows]
for convention, column, options in (("Mediopunkt", 1, ()), ("Bindestrich", 2, ("--bindestrich",))):
    for minimum in (10, 4):
        output = marked(words, *options, "--mindestlaenge", str(minimum))
        check(len(output) == len(words), f"{convention}: one output line per word")
        misses = []
        for row, got in zip(rows, output):
            expected = row[column] if letters(row[0]) >= minimum else row[0]
            if got != expected:
                misses.append(f"{expected} ≠ {got}")
        rate = 1 - len(misses) / len(rows)
        print(f"{convention}, minimum {minimum}: {rate:.3f} exact ({len(misses)} of {len(rows)} "
              f"wrong: {', '.join(misses)})")
        check(rate >= REQUIRED_RATE,
              f"{convention}, minimum {minimum}: {rate:.3f} ≥ {REQUIRED_RATE} exactly at the joints")
for options in ((), ("--bindestrich",)):
    output = marked(WHOLE, *options, "--mindestlaenge", "4")
    changed = [f"{word} → {got}" for word, got in zip(WHOLE, output) if word != got]
    check(not changed, f"lexicalised, simple and special words stay whole {options}: {changed}")
# Below the minimum length a compound stays whole; at it, it is marked.
check(marked(["Jobcenter", "Elterngeld"]) == ["Jobcenter", "Eltern·geld"],
      "9 letters stay whole, 10 are marked (default minimum 10)")
finish()
