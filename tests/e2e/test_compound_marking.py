"""`stadtsatz hyphenate --leichte-sprache [--bindestrich] [--mindestlaenge N]` (issue 10,
item 3): each input word in the spelling of Leichte Sprache, long compounds marked at their
joints with a Mediopunkt (second part lower case) or a hyphen (second part capitalised);
short words, prefixes and words that are no compounds stay whole; misuse is a usage error.
"""
import subprocess

from e2e import STADTSATZ, check, finish

WORDS = ["Integrationskonzept", "Kindertagesstätte", "Ausländerbehörde", "Nachbar", "Dienstag",
         "Urlaub", "Verwaltung", "veröffentlicht", "Sozialamt"]


def marked(*options):
    result = subprocess.run([str(STADTSATZ), "hyphenate", "--no-exceptions", *options],
                            input="\n".join(WORDS) + "\n", capture_output=True, text=True)
    check(result.returncode == 0, f"hyphenate {' '.join(options)}: exit 0 ({result.stderr})")
    return result.stdout.splitlines()


check(marked("--leichte-sprache") == [
    "Integrations·konzept", "Kinder·tages·stätte", "Ausländer·behörde", "Nachbar", "Dienstag",
    "Urlaub", "Verwaltung", "veröffentlicht", "Sozialamt"], "Mediopunkt convention")
check(marked("--leichte-sprache", "--bindestrich") == [
    "Integrations-Konzept", "Kinder-Tages-Stätte", "Ausländer-Behörde", "Nachbar", "Dienstag",
    "Urlaub", "Verwaltung", "veröffentlicht", "Sozialamt"], "hyphen convention")
check(marked("--leichte-sprache", "--mindestlaenge", "8")[-1] == "Sozial·amt",
      "--mindestlaenge 8 marks a nine-letter compound")
for wrong in (["--bindestrich"], ["--leichte-sprache", "--mindestlaenge", "zehn"]):
    result = subprocess.run([str(STADTSATZ), "hyphenate", *wrong], input="",
                            capture_output=True, text=True)
    check(result.returncode == 2 and "stadtsatz hyphenate:" in result.stderr,
          f"{' '.join(wrong)}: usage error with a message ({result.returncode})")
finish()
