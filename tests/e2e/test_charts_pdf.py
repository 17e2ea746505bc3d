"""Charts in the PDFs (issue 11): every indicator with a numeric target and every field of
action has a vector chart in both PDFs; in the tagged screen PDF each is a Figure with /Alt
and /BBox (no Figure without /Alt); the charts add no image XObject (only the sample's
pictures are images); their labels are German numbers; the print PDF paints them in CMYK
only; check-pdf and check-pdfua pass."""
import re
import xml.etree.ElementTree as ElementTree

from e2e import (CONTENT, build_sample, check, content_operators, edition, finish, fresh_folder,
                 output_paths, pdf_objects, pdf_pages, pdf_pages_text, resolve, run_checker,
                 stream_data, workplace_tool)

out = fresh_folder("charts-pdf")
build_sample(out)
print_pdf, screen_pdf, _ = output_paths(out)

numeric = 0
fields = 0
targets = []  # German target numbers, as the charts label them
for part in edition(CONTENT):
    if part.tag != "massnahmen":
        continue
    root = ElementTree.parse(CONTENT / part.get("datei")).getroot()
    fields += sum(1 for _ in root.iter("handlungsfeld"))
    for indicator in root.iter("indikator"):
        target = indicator.find("zielwert")
        if target is not None:
            numeric += 1
            whole, _, decimals = target.text.strip().partition(".")
            targets.append(f"{int(whole):,}".replace(",", ".") + ("," + decimals if decimals else ""))
check(numeric > 20 and fields == 6, f"the sample has numeric indicators ({numeric}) and fields")

objects = pdf_objects(screen_pdf)
figures = []
images = 0
for key, value in objects.items():
    body = value.get("value") if isinstance(value, dict) else None
    stream = value.get("stream") if isinstance(value, dict) else None
    if isinstance(body, dict) and body.get("/S") == "/Figure":
        figures.append(body)
    if isinstance(stream, dict) and stream.get("dict", {}).get("/Subtype") == "/Image":
        images += 1
with_alt = [figure for figure in figures if "/Alt" in figure]
check(len(with_alt) == len(figures), f"every Figure has /Alt ({len(with_alt)} of {len(figures)})")
# The sample's pictures are Figures too; every other Figure is a chart.
picture_figures = 2
check(len(with_alt) >= picture_figures + numeric + fields,
      f"a Figure with /Alt per chart: {len(with_alt)} ≥ {picture_figures} pictures + {numeric} "
      f"indicators + {fields} fields")
alternatives = [resolve(objects, figure["/Alt"]) for figure in with_alt]
check(sum(1 for alt in alternatives if "Ziel" in str(alt)) >= numeric,
      "the charts' /Alt texts name their targets")
check(all("/A" in figure for figure in with_alt), "every Figure has attributes (/BBox)")
check(images <= picture_figures * 2,
      f"the charts add no image XObject ({images} images for {picture_figures} pictures)")

# Every chart page draws paths: curves (the markers) and dashed lines.
operators = set()
for page in pdf_pages(objects):
    contents = page.get("/Contents")
    references = contents if isinstance(contents, list) else [contents]
    data = b"".join(stream_data(objects, reference) for reference in references)
    operators.update(operator for operator, _, _ in content_operators(data))
check({"m", "l", "c", "re", "d"} <= operators, f"the charts are vector paths ({sorted(operators)})")

text = "\n".join(pdf_pages_text(screen_pdf))
labelled = sum(1 for target in set(targets) if re.search(r"Ziel " + re.escape(target) + r"\b", text))
check(labelled >= len(set(targets)) * 0.9,
      f"the charts label their targets in German numbers ({labelled} of {len(set(targets))})")

for pdf in (print_pdf, screen_pdf):
    result = run_checker(workplace_tool("check-pdf"), pdf)
    check(result.returncode == 0, f"check-pdf passes on {pdf.name}")
result = run_checker(workplace_tool("check-pdfua"), screen_pdf)
check(result.returncode == 0, "check-pdfua passes on the screen PDF")
finish()
