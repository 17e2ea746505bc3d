"""GFM as editors write it reaches both outputs (issue 8, GFM fidelity): tight and loose
lists, task lists, the info string of fenced code, images inside a paragraph, an empty
heading, a repeated heading id, "--" and the numbers of standards (DIN 18040-2).

A small publication of one chapter is built with the repository's style and fonts; the site
is checked as text and with check-html, the screen PDF with pdftotext, its content streams
and check-pdfua.
"""
import re
import shutil

from e2e import (REPOSITORY, STADTSATZ, check, finish, fresh_folder, normalise_space,
                 pdf_objects, pdf_pages, run, run_checker, stream_data, workplace_tool)

CHAPTER = """# Bauen für alle

Gebaut nach DIN 18040-2, geprüft von Montag--Freitag -- mit `--force` und 2020-2025.

## Ziele

- kompakt eins
- kompakt zwei
  - innen

Dazwischen ein Absatz.

- locker eins

- locker zwei

Aufgaben:

- [ ] Rampe planen
- [x] Aufzug prüfen

```json
{"a": 1}
```

Text mit ![Rampe am Eingang](bilder/rampe.jpg) im Satz.

## 

Nach der leeren Überschrift.

## Ziele

Zweiter Abschnitt mit gleichem Namen.
"""

root = fresh_folder("publication")
content = root / "content"
(content / "kapitel").mkdir(parents=True)
(content / "bilder").mkdir()
shutil.copytree(REPOSITORY / "styles", root / "styles")
shutil.copytree(REPOSITORY / "fonts", root / "fonts")
shutil.copy(REPOSITORY / "tests" / "unit" / "fixtures" / "images" / "rgb.jpg",
            content / "bilder" / "rampe.jpg")
(content / "kapitel" / "01.md").write_text(CHAPTER, encoding="utf-8")
lines = CHAPTER.splitlines()
first_ziele = lines.index("## Ziele") + 1
second_ziele = len(lines) - lines[::-1].index("## Ziele")
manifest = (REPOSITORY / "content" / "publikation.xml").read_text(encoding="utf-8")
manifest = re.sub(r"<ausgabe .*</ausgabe>",  # every edition: one
                  '<ausgabe id="gfm" titel="GFM-Probe" stil="standard.xml" dateiname="gfm">\n'
                  '    <kapitel datei="kapitel/01.md"/>\n  </ausgabe>', manifest, flags=re.S)
(content / "publikation.xml").write_text(manifest, encoding="utf-8")

out = root / "out"
result = run(STADTSATZ, "build", content, "--out", out)
messages = result.stdout + result.stderr
print(messages)
check(result.returncode == 0, "the GFM sample builds")
check(re.search(r"kapitel/01\.md:\d+:\d+: warn\w*: leere Überschrift", messages) is not None,
      "an empty heading is a warning, not an error")
check(re.search(rf"kapitel/01\.md:{second_ziele}:\d+: warn\w*: die ID „ziele“ ist schon "
                rf"vergeben in kapitel/01\.md:{first_ziele}\b", messages) is not None,
      "a repeated heading id is a warning naming both places")
check(re.search(r"kapitel/01\.md:\d+:\d+: warn\w*: Bild im Fließtext", messages) is not None,
      "an image inside a paragraph is a warning")

site = out / "gfm" / "html"
page = (site / "bauen-fuer-alle.html").read_text(encoding="utf-8").replace("\u00ad", "")
check("<li>kompakt eins</li>" in page, "HTML: a tight list's items have no <p>")
check("<li>kompakt zwei\n<ul>\n<li>innen</li>" in page, "HTML: a nested tight list follows "
      "its item's text")
check("<li>\n<p>locker eins</p>\n</li>" in page, "HTML: a loose list's items have <p>")
check('<input type="checkbox" disabled aria-label="offen"> Rampe planen' in page,
      "HTML: an open task has an unchecked, named checkbox")
check('<input type="checkbox" disabled checked aria-label="erledigt"> Aufzug prüfen' in page,
      "HTML: a done task has a checked, named checkbox")
check("[ ]" not in page and "[x]" not in page, "HTML: no literal task brackets")
check('<code class="language-json">' in page, "HTML: fenced code keeps its language")
check(re.search(r'<div id="abschnitt"></div>', page) is not None,
      "HTML: the empty heading is an anchor")
check(re.search(r"<h[2-6][^>]*>\s*</h[2-6]>", page) is None, "HTML: no empty heading element")
check('id="ziele-2"' in page, "HTML: the repeated heading gets the id ziele-2")
check(re.search(r"<p>Text mit\s+im Satz\.</p>\s*<figure>\s*<img src=\"[^\"]*rampe\.jpg\" "
                r"alt=\"Rampe am Eingang\"", page) is not None,
      "HTML: the image of a paragraph follows it as a figure")
check("DIN\u00a018040-2" in page or "DIN 18040-2" in page, "HTML: DIN 18040-2 keeps its hyphen")
check("Montag–Freitag – mit <code>--force</code> und 2020–2025" in page,
      "HTML: -- becomes an en dash, not in code; a year range gets one")
check_html = workplace_tool("check-html")
report = run_checker(check_html, site, report_length=6000)
check(report.returncode == 0, "check-html passes the GFM sample's site")

screen_pdf = out / "gfm" / "gfm.pdf"
text = normalise_space(run("pdftotext", screen_pdf, "-").stdout).replace("\u00a0", " ")
check("DIN 18040-2" in text, "PDF: DIN 18040-2 keeps its hyphen")
check("Montag–Freitag – mit --force und 2020–2025" in text,
      "PDF: -- becomes an en dash, not in code")
check("Rampe planen" in text and "Aufzug prüfen" in text, "PDF: the tasks' text is there")
# The box is drawn (the fonts have no ☐/☑); the list label carries the character as
# /ActualText over a space glyph. Poppler reads /ActualText only on /Span, so look at the
# content streams.
objects = pdf_objects(screen_pdf)
streams = b""
for page in pdf_pages(objects):
    contents = page.get("/Contents")
    for reference in contents if isinstance(contents, list) else [contents]:
        streams += stream_data(objects, reference)
for character, name in (("2610", "open"), ("2611", "done")):
    label = re.search(rb"/Lbl <</MCID \d+ /ActualText <feff" + character.encode() +
                      rb">>>BDC\s*\[<[0-9a-fA-F]{4}>\]TJ\s*EMC", streams, re.I)
    check(label is not None, f"PDF: the {name} task's label reads as U+{character}")
check("[ ]" not in text, "PDF: no literal task brackets")
check("Text mit im Satz." in text, "PDF: the paragraph around the image is whole")
# The drawn boxes are artifacts, the labels tagged: the screen PDF stays PDF/UA.
report = run_checker(workplace_tool("check-pdfua"), screen_pdf)
check(report.returncode == 0, "check-pdfua passes the GFM sample's screen PDF")
finish()
