"""The shipped XSDs accept the sample and every test publication in tests/publications/ (the
program's validation agrees, see unit tests)."""
from e2e import CONTENT, REPOSITORY, check, finish, run

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
finish()
