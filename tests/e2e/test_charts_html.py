"""Charts on the HTML site (issue 11): every indicator with a numeric target has exactly one
inline SVG chart (role="img", <title>, <desc> naming its target in German form) with a data
table holding the XML's values; every field of action has its status chart with the XML's
counts; the site has no script and passes check-html."""
import re
from html.parser import HTMLParser

from e2e import (CONTENT, build_sample, check, edition, finish, fresh_folder, output_paths,
                 run_checker, workplace_tool)
import xml.etree.ElementTree as ElementTree

STATUS_LABELS = {"geplant": "geplant", "in-umsetzung": "in Umsetzung",
                 "abgeschlossen": "abgeschlossen", "daueraufgabe": "Daueraufgabe"}


def german(written):
    """An XML number in German form with the decimals written: 3400 → 3.400, 1.0 → 1,0."""
    written = written.strip()
    sign = "\u2212" if written.startswith("-") else ""
    digits = written.lstrip("+-")
    whole, _, decimals = digits.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return sign + grouped + ("," + decimals if decimals else "")


class ChartScan(HTMLParser):
    """Collects each chart figure of a page: its id, SVG attributes, title, desc, table rows."""

    def __init__(self):
        super().__init__()
        self.figures = {}  # id -> dict
        self.current = None
        self.text_target = None  # key of `current` that character data goes to
        self.row = None
        self.scripts = 0
        self.svgs = 0

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if tag == "script":
            self.scripts += 1
        if tag == "svg":
            self.svgs += 1
        if tag == "figure" and "chart" in (attributes.get("class") or "").split():
            self.current = {"svg": None, "title": "", "desc": "", "caption": "", "rows": [],
                            "svgs": 0, "title_id": None, "desc_id": None}
            self.figures[attributes.get("id")] = self.current
        if self.current is None:
            return
        if tag == "svg":
            self.current["svg"] = attributes
            self.current["svgs"] += 1
        elif tag in ("title", "desc", "figcaption"):
            key = "caption" if tag == "figcaption" else tag
            self.text_target = key
            if tag in ("title", "desc"):
                self.current[tag + "_id"] = attributes.get("id")
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.row.append("")
            self.text_target = "cell"

    def handle_endtag(self, tag):
        if self.current is None:
            return
        if tag in ("title", "desc", "figcaption", "td", "th"):
            self.text_target = None
        elif tag == "tr" and self.row is not None:
            self.current["rows"].append(self.row)
            self.row = None
        elif tag == "figure":
            self.current = None

    def handle_data(self, data):
        if self.current is None or self.text_target is None:
            return
        if self.text_target == "cell":
            self.row[-1] += data
        else:
            self.current[self.text_target] += data


out = fresh_folder("out")
build_sample(out)
_, _, site = output_paths(out)
figures = {}
script_count = 0
for page in sorted(site.glob("*.html")):
    scan = ChartScan()
    scan.feed(page.read_text(encoding="utf-8"))
    script_count += scan.scripts
    for figure_id, figure in scan.figures.items():
        check(figure_id not in figures, f"chart id {figure_id} appears once on the site")
        figures[figure_id] = figure
check(script_count == 0, "the site has no <script>")

numeric = 0
for part in edition(CONTENT):
    if part.tag != "massnahmen":
        continue
    root = ElementTree.parse(CONTENT / part.get("datei")).getroot()
    for field in root.iter("handlungsfeld"):
        counts = {}
        for measure in field.iter("massnahme"):
            label = STATUS_LABELS[measure.findtext("status").strip()]
            counts[label] = counts.get(label, 0) + 1
        status_figure = figures.get(f"diagramm-status-{field.get('id')}")
        if check(status_figure is not None, f"field {field.get('id')} has its status chart"):
            table = {row[0]: row[1] for row in status_figure["rows"][1:]}
            for label in STATUS_LABELS.values():
                check(table.get("Status: " + label) == str(counts.get(label, 0)),
                      f"field {field.get('id')}: {counts.get(label, 0)} × {label} in the table")
    for measure in root.iter("massnahme"):
        for index, indicator in enumerate(measure.findall("indikator"), start=1):
            figure_id = f"diagramm-{measure.get('id')}-{index}"
            target = indicator.find("zielwert")
            if target is None:
                check(figure_id not in figures,
                      f"{figure_id}: a qualitative target has no chart")
                continue
            numeric += 1
            figure = figures.get(figure_id)
            if not check(figure is not None, f"{figure_id}: the indicator has a chart"):
                continue
            svg = figure["svg"] or {}
            check(figure["svgs"] == 1, f"{figure_id}: exactly one SVG")
            check(svg.get("role") == "img", f"{figure_id}: the SVG has role=img")
            check(svg.get("aria-labelledby") == f"{figure['title_id']} {figure['desc_id']}",
                  f"{figure_id}: the SVG is labelled by its title and desc")
            name = " ".join("".join(indicator.find("name").itertext()).split())
            check(figure["title"].strip() != "", f"{figure_id}: the SVG has a <title>")
            check(figure["caption"].strip() == figure["title"].strip(),
                  f"{figure_id}: the figcaption repeats the title")
            target_text = german(target.text)
            check(f"Ziel {target_text}" in figure["desc"],
                  f"{figure_id}: <desc> names the target {target_text}: {figure['desc']!r}")
            expected = []
            baseline = indicator.find("ausgangswert")
            if baseline is not None:
                expected.append([baseline.get("jahr"), german(baseline.text), "Ausgangswert"])
            for measured in indicator.findall("messwert"):
                expected.append([measured.get("jahr"), german(measured.text), "Messwert"])
            expected.append([target.get("jahr"), target_text, "Ziel"])
            rows = [[cell.strip() for cell in row] for row in figure["rows"][1:]]
            check(rows == expected, f"{figure_id}: table {rows} holds the XML's {expected}")
            check(name.split()[0] in figure["title"], f"{figure_id}: titled by its name")
check(numeric > 0, "the sample has indicators with numeric targets")
indicator_charts = [key for key in figures if re.fullmatch(r"diagramm-M-[\d.]+-\d+", key or "")]
check(len(indicator_charts) == numeric,
      f"{len(indicator_charts)} indicator charts for {numeric} numeric indicators")

# out/ is the site root: the editions' sites link to each other across it.
result = run_checker(workplace_tool("check-html"), out)
check(result.returncode == 0, "check-html passes the site with its charts")
finish()
