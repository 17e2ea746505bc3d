"""The sample's plain-language editions are written to the rules (issue 10, acceptance 3):
`stadtsatz lint content` (every edition whose style declares a plain level) reports no
satzlaenge, passiv, genitiv or konjunktiv finding, and `--stats` gives every edition's
figures, the plain ones easier to read than the standard edition.
"""
import re
import subprocess

from e2e import CONTENT, REPOSITORY, STADTSATZ, check, finish

manifest = (CONTENT / "publikation.xml").read_text(encoding="utf-8")
styles = re.findall(r'<ausgabe id="([^"]+)"[^>]*stil="([^"]+)"', manifest)
plain = [edition for edition, style in styles
         if re.search(r'sprachstufe="(leichte|einfache)-sprache"',
                      (REPOSITORY / "styles" / style).read_text(encoding="utf-8"))]
check(plain, f"the sample has an edition of a plain level: {styles}")

result = subprocess.run([str(STADTSATZ),
                         "lint", str(CONTENT)], capture_output=True, text=True)
check(result.returncode == 0, f"lint content exits 0: {result.returncode} {result.stderr[-1000:]}")
forbidden = [line for line in result.stdout.splitlines()
             if re.search(r"\[(satzlaenge|passiv|genitiv|konjunktiv)\]$", line)]
check(not forbidden, "no satzlaenge, passiv, genitiv or konjunktiv finding:\n" + "\n".join(forbidden))
rules = {}
for line in result.stdout.splitlines():
    match = re.search(r"\[([a-z-]+)\]$", line)
    if match:
        rules[match.group(1)] = rules.get(match.group(1), 0) + 1
print(f"findings on the plain editions by rule: {rules}")

stats = subprocess.run([str(STADTSATZ), "lint", "--stats", str(CONTENT)],
                       capture_output=True, text=True)
check(stats.returncode == 0, f"lint --stats exits 0: {stats.stderr[-500:]}")
flesch = {}
for block in stats.stdout.split("Lesbarkeit: ")[1:]:
    edition = re.match(r".*\(([^)]+)\)", block).group(1)
    total = [line for line in block.splitlines() if line.startswith("Ausgabe gesamt")]
    check(len(total) == 1, f"{edition}: a total row")
    if total:
        flesch[edition] = float(total[0].split()[-3])
check(set(flesch) == {edition for edition, _ in styles}, f"figures for every edition: {flesch}")
for edition in plain:
    check(flesch.get(edition, 0) > flesch.get("standard", 100),
          f"{edition} reads easier than the standard edition (Flesch-Amstad {flesch})")
print(f"Flesch-Amstad by edition: {flesch}")

finish()
