"""The print PDF as PDF/X-4 (issue 7, acceptance 2): the workplace's check-pdf
--require-print, an output intent GTS_PDFX with an embedded CMYK (N 4) profile, PDF/X-4 in
Info and XMP, Trapped False, a trailer /ID, PDF 1.6, no annotation, every image CMYK; and
crop marks outside the bleed with the MediaBox enlarged when the style asks for them.
"""
import re
import shutil

from e2e import (CONTENT, REPOSITORY, STADTSATZ, build_sample, check, content_operators,
                 finish, fresh_folder, in_ci, output_paths, pdf_objects, pdf_pages, resolve,
                 run, stream_data)

out = fresh_folder("out")
build_sample(out)
print_pdf, screen_pdf, _ = output_paths(out)

tools = REPOSITORY.parent / "shared" / "tools"
if (tools / "check-pdf").is_file():
    result = run(tools / "check-pdf", print_pdf, "--require-print")
    print(result.stdout[-2500:], result.stderr[-1000:])
    check(result.returncode == 0, "check-pdf --require-print passes the print PDF")
    check("PDF/X-4" in result.stdout, "check-pdf reads PDF/X-4")
else:
    check(not in_ci(), f"the workplace's PDF checker is missing in {tools}")

info = run("pdfinfo", print_pdf).stdout
check(re.search(r"^PDF version:\s+1\.6", info, re.M) is not None, "pdfinfo: PDF version 1.6")
objects = pdf_objects(print_pdf)
trailer = objects["trailer"]["value"]
catalog = resolve(objects, trailer["/Root"])
document_info = resolve(objects, trailer["/Info"])
check(len(trailer.get("/ID", [])) == 2, "the trailer has an /ID")
intents = [resolve(objects, intent) for intent in catalog.get("/OutputIntents", [])]
check(len(intents) == 1, f"one output intent ({len(intents)})")
if intents:
    intent = intents[0]
    check(intent.get("/S") == "/GTS_PDFX", f"output intent /S /GTS_PDFX ({intent.get('/S')})")
    profile = intent.get("/DestOutputProfile", "")
    profile_dictionary = resolve(objects, profile) or {}
    check(profile_dictionary.get("/N") == 4, "the embedded output profile has N 4 (CMYK)")
    data = stream_data(objects, profile)
    check(len(data) > 1000 and data[36:40] == b"acsp" and data[16:20] == b"CMYK",
          f"the output profile is an embedded CMYK ICC profile ({len(data)} bytes)")
    check("FOGRA39" in str(intent.get("/OutputConditionIdentifier", "")),
          "the output condition is the style's FOGRA39")
check("PDF/X-4" in str(document_info.get("/GTS_PDFXVersion", "")), "Info: GTS_PDFXVersion PDF/X-4")
check(document_info.get("/Trapped") == "/False", "Info: Trapped /False")
xmp = stream_data(objects, catalog["/Metadata"]).decode("utf-8")
check("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>" in xmp, "XMP: PDF/X-4")
check("<pdf:Trapped>False</pdf:Trapped>" in xmp, "XMP: Trapped False")
check("dc:title" in xmp, "XMP: dc:title")

pages = pdf_pages(objects)
annotations = sum(len(page.get("/Annots", [])) for page in pages)
check(annotations == 0, f"the print PDF has no annotation ({annotations})")
screen_pages = pdf_pages(pdf_objects(screen_pdf))
check(sum(len(page.get("/Annots", [])) for page in screen_pages) > 20,
      "the screen PDF keeps its links")

images = [line.split() for line in run("pdfimages", "-list", print_pdf).stdout.splitlines()[2:]]
check(len(images) >= 2, f"the print PDF has the sample's pictures ({len(images)})")
check(all(columns[5] == "cmyk" for columns in images), "every print image is CMYK")
screen_images = [line.split() for line in run("pdfimages", "-list", screen_pdf).stdout.splitlines()[2:]]
check(all(columns[5] in ("rgb", "gray", "index", "icc") for columns in screen_images),
      "the screen images are RGB or grey")

# The print PDF paints CMYK only: no RGB colour operator in any content stream.
rgb = 0
for page in pages:
    contents = page.get("/Contents")
    references = contents if isinstance(contents, list) else [contents]
    data = b"".join(stream_data(objects, reference) for reference in references)
    rgb += sum(1 for operator, _, _ in content_operators(data) if operator in ("rg", "RG"))
check(rgb == 0, f"no RGB colour in the print PDF ({rgb} operators)")

# Crop marks: the same publication with schnittmarken="ja" in a copy of its style.
marked = fresh_folder("marked")
shutil.copytree(CONTENT, marked / "content")
shutil.copytree(REPOSITORY / "fonts", marked / "fonts")
shutil.copytree(REPOSITORY / "styles", marked / "styles")
style = (marked / "styles" / "standard.xml").read_text(encoding="utf-8")
style, changed = re.subn(r"<druck ", '<druck schnittmarken="ja" ', style, count=1)
check(changed == 1, "the standard style has a <druck> element to switch crop marks on")
(marked / "styles" / "standard.xml").write_text(style, encoding="utf-8")
result = run(STADTSATZ, "build", marked / "content", "--out", marked / "out", "--format", "print")
check(result.returncode == 0, "the publication with crop marks builds: " + result.stderr[-500:])
with_marks = marked / "out" / print_pdf.parent.name / print_pdf.name
if with_marks.is_file():
    marked_objects = pdf_objects(with_marks)
    first = pdf_pages(marked_objects)[0]
    plain_first = pages[0]
    media = [float(v) for v in first["/MediaBox"]]
    bleed = [float(v) for v in first["/BleedBox"]]
    trim = [float(v) for v in first["/TrimBox"]]
    plain_media = [float(v) for v in plain_first["/MediaBox"]]
    check(media[2] - media[0] > plain_media[2] - plain_media[0] + 20,
          f"crop marks enlarge the MediaBox ({media} against {plain_media})")
    check(abs((trim[2] - trim[0]) - (float(plain_first["/TrimBox"][2]) -
                                     float(plain_first["/TrimBox"][0]))) < 0.01,
          "the trim size stays")
    check(bleed[0] < trim[0] and media[0] < bleed[0], "MediaBox ⊃ BleedBox ⊃ TrimBox")
    contents = first.get("/Contents")
    data = b"".join(stream_data(marked_objects, reference)
                    for reference in (contents if isinstance(contents, list) else [contents]))
    marks = re.search(rb"CS 1 SCN\n(.*?)S\nQ", data, re.S)
    check(marks is not None, "crop marks are drawn in the registration colour")
    if marks:
        points = [tuple(float(v) for v in pair)
                  for pair in re.findall(rb"([\d.]+) ([\d.]+) [ml]", marks.group(1))]
        inside_bleed = [p for p in points
                        if bleed[0] < p[0] < bleed[2] and bleed[1] < p[1] < bleed[3]]
        check(len(points) == 16 and not inside_bleed,
              f"eight crop marks, all outside the bleed ({len(points)} points, {inside_bleed[:2]})")

finish()
