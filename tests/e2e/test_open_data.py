"""Open data and the monitoring report of the sample: massnahmen.csv has exactly one row per
<indikator> with the XML's numbers as written, massnahmen.json validates against the shipped
JSON Schema (python3-jsonschema), datensatz.jsonld is DCAT-AP.de with the licence and both
distributions, the site links the files, and the monitoring edition reports every indicator.
"""
import csv
import io
import json
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from e2e import CONTENT, check, edition, finish, fresh_folder, missing_tool, build_sample, run, STADTSATZ

out = fresh_folder("out")
build_sample(out)
standard = edition()
folder = out / standard.get("id")
site = folder / "html"


def number_text(element):
    return element.text.strip() if element is not None and element.text else ""


# The indicators of the standard edition, in reading order, as the XML writes them.
expected = []
for part in standard:
    if part.tag != "massnahmen":
        continue
    root = ElementTree.parse(CONTENT / part.get("datei")).getroot()
    for measure in root.iter("massnahme"):
        for number, indicator in enumerate(measure.findall("indikator"), start=1):
            values = [(v.get("jahr"), number_text(v)) for v in indicator.findall("messwert")]
            expected.append({
                "massnahme_id": measure.get("id"),
                "indikator_nr": str(number),
                "ausgangswert": number_text(indicator.find("ausgangswert")),
                "ausgangswert_jahr": (indicator.find("ausgangswert").get("jahr")
                                      if indicator.find("ausgangswert") is not None else ""),
                "zielwert": number_text(indicator.find("zielwert")),
                "zielwert_jahr": (indicator.find("zielwert") if indicator.find("zielwert") is not None
                                  else indicator.find("zielbeschreibung")).get("jahr"),
                "messwerte": ";".join(f"{year}={value}" for year, value in values),
                "letzter_messwert": values[-1][1] if values else "",
            })
check(len(expected) > 20, f"the sample has indicators ({len(expected)})")

# --- massnahmen.csv ---------------------------------------------------------------------
csv_bytes = (folder / "massnahmen.csv").read_bytes()
check(not csv_bytes.startswith(b"\xef\xbb\xbf"), "massnahmen.csv has no byte order mark")
check(b"\r\n" in csv_bytes and b"\n" not in csv_bytes.replace(b"\r\n", b""),
      "massnahmen.csv ends every line with CRLF (line breaks inside fields only quoted)")
rows = list(csv.DictReader(io.StringIO(csv_bytes.decode("utf-8"), newline="")))
check(len(rows) == len(expected),
      f"massnahmen.csv has one row per <indikator>: {len(rows)} rows, {len(expected)} indicators")
for row, want in zip(rows, expected):
    for column, value in want.items():
        check(row.get(column) == value,
              f"{want['massnahme_id']} indicator {want['indikator_nr']}: {column} is "
              f"{row.get(column)!r}, the XML has {value!r}")
for row in rows:
    for column, value in row.items():
        check("\u00ad" not in value, f"{column} has no soft hyphen: {value!r}")
check(all(not re.match(r"[=+@]", row["massnahme"]) for row in rows), "no title starts a formula")

# --- massnahmen.json against the shipped schema -----------------------------------------
document = json.loads((folder / "massnahmen.json").read_text(encoding="utf-8"))
schema_path = CONTENT / "schema" / "massnahmen.schema.json"
check((folder / "massnahmen.schema.json").read_bytes() == schema_path.read_bytes(),
      "the schema is copied beside the data")
indicators = [indicator for field in document["handlungsfelder"] for goal in field["ziele"]
              for measure in goal["massnahmen"] for indicator in measure["indikatoren"]]
check(len(indicators) == len(expected), f"massnahmen.json has every indicator ({len(indicators)})")
for indicator, want in zip(indicators, expected):
    if want["ausgangswert"]:
        check(indicator["ausgangswert"]["geschrieben"] == want["ausgangswert"],
              f"{want['massnahme_id']}: baseline written as in the XML")
    else:
        check(indicator["ausgangswert"] is None, f"{want['massnahme_id']}: no baseline is null")
try:
    import jsonschema
except ImportError:
    jsonschema = None
if jsonschema is None:
    missing_tool("python3-jsonschema is not installed (apt-get install python3-jsonschema)")
schema = json.loads(schema_path.read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
check(not errors, "massnahmen.json validates against massnahmen.schema.json: " +
      "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]))
# the schema is no rubber stamp: a broken document fails
broken = json.loads(json.dumps(document))
broken["handlungsfelder"][0]["ziele"][0]["massnahmen"][0]["status"] = "fertig"
check(list(jsonschema.Draft202012Validator(schema).iter_errors(broken)),
      "the schema rejects an unknown status")

# --- datensatz.jsonld -------------------------------------------------------------------
dataset = json.loads((folder / "datensatz.jsonld").read_text(encoding="utf-8"))
check(dataset.get("@type") == "dcat:Dataset", "datensatz.jsonld is a dcat:Dataset")
check(dataset["@context"].get("dcat") == "http://www.w3.org/ns/dcat#", "the dcat prefix")
licence = "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
check(dataset.get("dct:license", {}).get("@id") == licence, "the licence URI")
distributions = dataset.get("dcat:distribution", [])
urls = sorted(d["dcat:downloadURL"]["@id"] for d in distributions)
check(urls == ["massnahmen.csv", "massnahmen.json"], f"both distributions: {urls}")
for distribution in distributions:
    check(distribution["dct:license"]["@id"] == licence, "each distribution has the licence")
    check(int(distribution["dcat:byteSize"]["@value"]) ==
          (folder / distribution["dcat:downloadURL"]["@id"]).stat().st_size,
          "dcat:byteSize is the file's size")

# --- the site links the files -----------------------------------------------------------
# The start page and the chapter that holds the fields of action (its page links the pages
# that show them, one per field).
pages = {"index.html": (site / "index.html").read_text(encoding="utf-8")}
for page in site.glob("*.html"):
    text = page.read_text(encoding="utf-8")
    if '<nav class="field-pages"' in text:
        pages[page.name] = text
check(len(pages) >= 2, f"the start page and the chapter with the fields of action: {sorted(pages)}")
for name, html in pages.items():
    links = re.findall(r'href="(daten/[^"]+)"', html)
    check("daten/massnahmen.csv" in links and "daten/massnahmen.json" in links,
          f"{name} links the CSV and the JSON: {links}")
    for link in links:
        check((site / link).is_file(), f"{name}: the linked {link} exists")
check((site / "daten" / "massnahmen.csv").read_bytes() == csv_bytes, "the site's CSV is the same")

# --- the monitoring edition -------------------------------------------------------------
monitoring = next((e for e in ElementTree.parse(CONTENT / "publikation.xml").getroot()
                   .findall("ausgabe") if e.find("monitoring") is not None), None)
check(monitoring is not None, "the sample has an edition with <monitoring>")
if monitoring is not None:
    page = (out / monitoring.get("id") / "html" / "monitoring.html").read_text(encoding="utf-8")
    check("Fortschritt = (letzter Messwert" in page.replace("\u00ad", ""),
          "the report states its rule")
    # Rows of the report's tables; the charts' data tables (in their figures) are not rows.
    report = re.sub(r"<figure.*?</figure>", "", page, flags=re.S)
    rows_in_report = len(re.findall(r"<tr>", report)) - report.count("<thead>")
    data_indicators = 0
    for data in monitoring.find("monitoring").findall("massnahmen"):
        data_indicators += len(ElementTree.parse(CONTENT / data.get("datei")).getroot()
                               .findall(".//indikator"))
    check(rows_in_report == data_indicators,
          f"one report row per indicator: {rows_in_report} rows, {data_indicators} indicators")
    measured = sum(1 for e in expected if e["messwerte"])
    statuses = len(re.findall(r"(erreicht|im Plan|im Verzug)<", page))
    check(statuses <= measured, f"a status only for measured indicators ({statuses} ≤ {measured})")
    check(not list((out / monitoring.get("id")).glob("massnahmen.csv")),
          "an edition that prints no fields of action has no open data")

# --- check writes nothing ---------------------------------------------------------------
dry = fresh_folder("dry")
result = run(STADTSATZ, "check", CONTENT, cwd=dry)
check(result.returncode == 0, f"check passes: {result.stdout[-500:]}{result.stderr[-500:]}")
check(not any(dry.rglob("massnahmen.*")) and not any(CONTENT.rglob("massnahmen.csv")),
      "check writes no open data")
finish()
