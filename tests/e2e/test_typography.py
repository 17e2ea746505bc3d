"""German typography and hyphenation reach both outputs (issue 3, acceptance 4).

The sample's chapters are partly written as editors type: straight quotes, "...", "2027-2030",
"z.B."; the outputs must show „…“, …, 2027–2030 and z. B. with a narrow no-break space.
"""
import re

from e2e import build_sample, check, finish, fresh_folder, output_paths, pdf_pages_text, run

out = fresh_folder("out")
build_sample(out)
print_pdf, screen_pdf, site = output_paths(out)

for pdf in (print_pdf, screen_pdf):
    text = run("pdftotext", pdf, "-").stdout
    check('"' not in text, f"{pdf.name}: no straight double quote in the text")
    check("„World Café“" in text, f"{pdf.name}: straight quotes became „…“")
    check("nebeneinander … Heute" in text, f"{pdf.name}: ... became …")
    check("2027–2030" in text, f"{pdf.name}: a year range has an en dash")
    check("Neu-Ulm" in text, f"{pdf.name}: compounds keep their hyphen")

# Hyphenation is in use: some body lines end in a hyphen that is not in the source.
lines = "\n".join(pdf_pages_text(screen_pdf)).splitlines()
hyphenated = [index for index, line in enumerate(lines[:-1])
              if re.search(r"[a-zäöüß]-$", line.rstrip())]
check(len(hyphenated) >= 20, f"justified text is hyphenated ({len(hyphenated)} line ends)")
# In the tagged screen PDF a hyphen added by line breaking reads back as a soft hyphen
# (U+00AD), so text extraction gives the whole word: "Spra-" + "chen" is "Sprachen".
reading_order = run("pdftotext", screen_pdf, "-").stdout.replace("\u00ad", "")
whole = 0
for index in hyphenated:
    before = re.findall(r"[\wäöüß]+-$", lines[index].rstrip())
    after = re.findall(r"^\s*([\wäöüß]+)", lines[index + 1])
    if not before:
        continue
    # The word reads back whole, or (in a table cell, whose next physical line belongs to
    # another column) at least its added hyphen is not read back as a hyphen.
    joined = bool(after) and (before[0][:-1] + after[0]) in reading_order
    literal = re.search(re.escape(before[0]) + r"\s", reading_order) is not None
    if joined or not literal:
        whole += 1
check(whole >= 0.9 * len(hyphenated),
      f"added hyphens read back as soft hyphens: {whole} of {len(hyphenated)} words whole")

pages = {page.name: page.read_text(encoding="utf-8") for page in site.glob("*.html")}
everything = "".join(pages.values())
check('„World Café“' in everything.replace("\u00ad", ""), "HTML: „World Café“")
check("z.\u202fB." in everything, "HTML: z. B. with a narrow no-break space")
check("2027–2030" in everything.replace("\u00ad", ""), "HTML: year range with an en dash")
check(re.search("[0-9]\u202f%", everything) is not None, "HTML: number and % joined")
check(re.search("[0-9]\\.\u00a0(Januar|Februar|März|April|Mai|Juni|Juli|August|September|"
                "Oktober|November|Dezember)", everything) is not None,
      "HTML: day and month joined by a no-break space")
check("\u00ad" in everything, "HTML: soft hyphens at the hyphenation points")
for name, html in pages.items():
    for part in re.findall(r"<title>.*?</title>|<h[1-6][^>]*>.*?</h[1-6]>", html, re.S):
        check("\u00ad" not in part, f"{name}: no soft hyphen in titles and headings: {part[:60]}")
finish()
