"""The shipped XSDs accept the sample and every test publication in tests/publications/ (the
program's validation agrees, see unit tests)."""
from e2e import CONTENT, REPOSITORY, SCRATCH, check, finish, run

publications = [(CONTENT, REPOSITORY / "styles")]
for manifest in sorted((REPOSITORY / "tests" / "publications").glob("*/content/publikation.xml")):
    publications.append((manifest.parent, manifest.parent.parent / "styles"))
check(len(publications) >= 2, f"the sample and the test publications ({len(publications)})")

for content, styles in publications:
    pairs = [(CONTENT / "schema" / "publikation.xsd", [content / "publikation.xml"]),
             (CONTENT / "schema" / "massnahmen.xsd", sorted((content / "handlungsfelder").glob("*.xml"))),
             (REPOSITORY / "styles" / "stil.xsd", sorted(styles.glob("*.xml")))]
    for schema, files in pairs:
        check(schema.is_file(), f"{schema.name} exists")
        # A publication without measures (the Leichte-Sprache one) has no handlungsfelder/.
        optional = schema.name == "massnahmen.xsd" and not (content / "handlungsfelder").exists()
        check(len(files) > 0 or optional, f"{content}: files to validate against {schema.name}")
        for file in files:
            result = run("xmllint", "--noout", "--schema", schema, file)
            check(result.returncode == 0,
                  f"{file.relative_to(REPOSITORY)} validates against {schema.name}: {result.stderr}")
# The schema refuses what the reader refuses in the new measure elements: both kinds of
# target, a negative or German-formatted amount, a period that is no keyword, a bad date.
sample = (CONTENT / "handlungsfelder" / "01-sprache-bildung.xml").read_text(encoding="utf-8")
target = '<zielwert jahr="2029">90</zielwert>'
costs = '<kosten betrag="140000" waehrung="EUR" zeitraum="jaehrlich">'
entry = '<eintrag datum="2026-03" status="geplant">'
check(target in sample and costs in sample and entry in sample, "the sample has the elements changed below")
wrong = {
    "both-targets": (target, target + '<zielbeschreibung jahr="2029">alle</zielbeschreibung>'),
    "no-target": (target, ""),
    "negative-amount": (costs, costs.replace('"140000"', '"-5"')),
    "german-amount": (costs, costs.replace('"140000"', '"140.000,00"')),
    "period": (costs, costs.replace('"jaehrlich"', '"jährlich"')),
    "currency": (costs, costs.replace('"EUR"', '"Euro"')),
    "date": (entry, entry.replace('"2026-03"', '"2026-13"')),
}
SCRATCH.mkdir(parents=True, exist_ok=True)
for name, (old, new) in wrong.items():
    file = SCRATCH / f"{name}.xml"
    file.write_text(sample.replace(old, new, 1).replace("../schema/massnahmen.xsd", str(CONTENT / "schema" / "massnahmen.xsd")), encoding="utf-8")
    result = run("xmllint", "--noout", "--schema", CONTENT / "schema" / "massnahmen.xsd", file)
    check(result.returncode != 0, f"massnahmen.xsd refuses {name}")
finish()
