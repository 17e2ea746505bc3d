"""The shipped XSDs accept the sample (the program's validation agrees, see unit tests)."""
from e2e import CONTENT, REPOSITORY, check, finish, run

pairs = [(CONTENT / "schema" / "publikation.xsd", [CONTENT / "publikation.xml"]),
         (CONTENT / "schema" / "massnahmen.xsd", sorted((CONTENT / "handlungsfelder").glob("*.xml"))),
         (REPOSITORY / "styles" / "stil.xsd", sorted((REPOSITORY / "styles").glob("*.xml")))]
for schema, files in pairs:
    check(schema.is_file(), f"{schema.name} exists")
    check(len(files) > 0, f"files to validate against {schema.name}")
    for file in files:
        result = run("xmllint", "--noout", "--schema", schema, file)
        check(result.returncode == 0, f"{file.name} validates against {schema.name}: {result.stderr}")
finish()
