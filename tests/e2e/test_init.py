"""`stadtsatz init DIR` makes a publication that builds at once, with its own title, style,
fonts and schemas; `--beispiel` copies the sample; a folder that is not empty is refused."""
import shutil

from e2e import REPOSITORY, STADTSATZ, check, finish, fresh_folder, pdf_pages_text, run

scratch = fresh_folder("init")
title = "Lärmaktionsplan der Stadt Teststadt"
folder = scratch / "laerm"
result = run(STADTSATZ, "init", folder, "--titel", title, "--herausgeberin", "Stadt Teststadt")
check(result.returncode == 0, "init succeeds: " + result.stdout + result.stderr)
for relative in ("content/publikation.xml", "content/kapitel/01-einleitung.md",
                 "content/handlungsfelder/01-beteiligung.xml", "content/schema/publikation.xsd",
                 "content/schema/massnahmen.xsd", "content/trennungen.txt",
                 "styles/standard.xml", "styles/stil.xsd", "styles/icc/FOGRA39L_coated.icc",
                 "fonts/NotoSerif-Regular.ttf", "fonts/OFL.txt", "README.md"):
    check((folder / relative).is_file(), f"init writes {relative}")
readme = (folder / "README.md").read_text(encoding="utf-8")
check(title in readme and "stadtsatz watch" in readme and "<barrierefreiheit>" in readme and "out/standard/" in readme,
      "the editor's README names the title, watch and where the outputs are")

# cd NEU && stadtsatz build: that publication, not the sample.
result = run(STADTSATZ, "build", cwd=folder)
check(result.returncode == 0, "build in the new folder succeeds: " + result.stderr[-2000:])
out = folder / "out" / "standard"
stem = "laermaktionsplan-der-stadt-teststadt"
print_pdf, screen_pdf, index = out / f"{stem}-druck.pdf", out / f"{stem}.pdf", out / "html" / "index.html"
check(print_pdf.is_file() and screen_pdf.is_file() and index.is_file(),
      f"the outputs are in out/standard/: {sorted(p.name for p in out.iterdir()) if out.is_dir() else 'none'}")
if index.is_file():
    html = index.read_text(encoding="utf-8")
    check(f"<title>{title}" in html, "the site's title is the new publication's")
    check("Neu-Ulm" not in html, "nothing of the sample in the new site")
if screen_pdf.is_file():
    first_page = " ".join(pdf_pages_text(screen_pdf)[0].split())
    check(title in first_page, f"the PDF's title page shows the new title: {first_page[:200]}")
    check("Neu-Ulm" not in " ".join(pdf_pages_text(screen_pdf)), "nothing of the sample in the PDF")
    everything = " ".join(" ".join(pdf_pages_text(screen_pdf)).split())
    check("Auftaktveranstaltung und jährliches Bürgerforum" in everything,
          "the starter measure is typeset")

# The starter files carry no error and one warning, the reminder to add the accessibility
# statement (which needs the city's own contact data); they validate against their schemas.
result = run(STADTSATZ, "check", cwd=folder / "content")
check(result.returncode == 0 and "0 Fehler, 1 Warnungen" in result.stderr
      and "keine <barrierefreiheit>" in result.stderr,
      "check of the new publication: only the accessibility reminder: " + result.stderr[-1000:])
if shutil.which("xmllint"):
    for xml, schema in (("content/publikation.xml", "content/schema/publikation.xsd"),
                        ("content/handlungsfelder/01-beteiligung.xml", "content/schema/massnahmen.xsd"),
                        ("styles/standard.xml", "styles/stil.xsd")):
        result = run("xmllint", "--noout", "--schema", folder / schema, folder / xml)
        check(result.returncode == 0, f"{xml} validates: {result.stderr[-500:]}")
else:
    run("xmllint", "--version")  # a missing tool: skipped, or a failure in CI

# A folder that is not empty is refused and left alone.
result = run(STADTSATZ, "init", folder)
check(result.returncode == 2 and "nicht leer" in result.stderr, "init refuses a non-empty folder")
check((folder / "content" / "publikation.xml").read_text(encoding="utf-8").count(title) >= 1,
      "the refused folder is unchanged")
empty = scratch / "leer"
empty.mkdir()
result = run(STADTSATZ, "init", empty)
check(result.returncode == 0 and (empty / "content" / "publikation.xml").is_file(),
      "init accepts an existing empty folder")
result = run(STADTSATZ, "init")
check(result.returncode == 2, "init without a folder is a usage error")

# --beispiel: the full sample.
sample = scratch / "beispiel"
result = run(STADTSATZ, "init", sample, "--beispiel")
check(result.returncode == 0, "init --beispiel succeeds: " + result.stderr)
sample_files = sorted(str(p.relative_to(REPOSITORY / "content"))
                      for p in (REPOSITORY / "content").rglob("*") if p.is_file())
copied = sorted(str(p.relative_to(sample / "content"))
                for p in (sample / "content").rglob("*") if p.is_file())
check(copied == sample_files, "--beispiel copies every file of the sample content/")
result = run(STADTSATZ, "build", "--format", "html", cwd=sample)
site = sample / "out" / "standard" / "html" / "index.html"
check(result.returncode == 0 and site.is_file()
      and "Neu-Ulm" in site.read_text(encoding="utf-8"),
      "the copied sample builds: " + result.stderr[-1000:])
finish()
