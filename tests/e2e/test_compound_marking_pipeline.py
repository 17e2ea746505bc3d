"""Compound marking as a style choice (issue 10, item 3): a publication whose edition styles
have <wortfugen> (Mediopunkt: styles/leichte-sprache.xml; hyphen: a copy with
zeichen="bindestrich") is built; in the PDF the page shows the marked word and the text layer
(pdftotext, which honours /ActualText) gives the unsplit word, no line ends inside a marked
word, code, addresses and link targets stay unmarked; in the HTML the marks are generated
content, so innerText, the accessible name and the browser's find give the unsplit word
(headless Chromium), and the page passes check-html.
"""
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from e2e import (CONTENT, REPOSITORY, SCRATCH, STADTSATZ, check, finish, fresh_folder,
                 missing_tool, run, run_checker, workplace_tool)

# Compounds of the test chapter's running text, with their two marked forms.
COMPOUNDS = {
    "Integrationskonzept": ("Integrations·konzept", "Integrations-Konzept"),
    "Kindertagesstätte": ("Kinder·tages·stätte", "Kinder-Tages-Stätte"),
    "Ausländerbehörde": ("Ausländer·behörde", "Ausländer-Behörde"),
    "Bürgerbeteiligung": ("Bürger·beteiligung", "Bürger-Beteiligung"),
    "Wohnungsbaugesellschaft": ("Wohnungs·bau·gesellschaft", "Wohnungs-Bau-Gesellschaft"),
    "Gleichstellungsbeauftragte": ("Gleich·stellungs·beauftragte",
                                   "Gleich-Stellungs-Beauftragte"),
    "Einbürgerungstest": ("Einbürgerungs·test", "Einbürgerungs-Test"),
    "Aufenthaltsgenehmigung": ("Aufenthalts·genehmigung", "Aufenthalts-Genehmigung"),
    "Stadtteilzentrum": ("Stadt·teil·zentrum", "Stadt-Teil-Zentrum"),
    "Gesundheitsamt": ("Gesundheits·amt", "Gesundheits-Amt"),
    "Sozialleistungen": ("Sozial·leistungen", "Sozial-Leistungen"),
}
SENTENCES = [
    "Das Integrationskonzept gilt für alle Menschen in der Stadt.",
    "Die Kindertagesstätte und das Stadtteilzentrum helfen Familien.",
    "Die Ausländerbehörde gibt die Aufenthaltsgenehmigung.",
    "Die Wohnungsbaugesellschaft baut Wohnungen.",
    "Die Gleichstellungsbeauftragte hilft bei der Bürgerbeteiligung.",
    "Das Gesundheitsamt und die Sozialleistungen sind wichtig.",
    "Der Einbürgerungstest ist im Stadtteilzentrum.",
]
# Words that appear only where nothing is marked: code, a web address, an e-mail address.
UNMARKED = ["Sprachförderprogramm", "wohnungsbaugesellschaft.example", "ehrenamtskarte@"]
CHAPTER = "\n".join([
    "# Das Integrationskonzept",
    "",
    " ".join(SENTENCES * 3),
    "",
    "## Hilfe im Stadtteilzentrum",
    "",
    "- Die Kindertagesstätte hilft Familien.",
    "- Die Ausländerbehörde berät beim Einbürgerungstest.",
    "",
    "| Stelle | Aufgabe |",
    "|---|---|",
    "| Gesundheitsamt | Sozialleistungen |",
    "",
    "Im Code bleibt `Sprachförderprogramm` ganz, die Adresse "
    "https://www.wohnungsbaugesellschaft.example/ und ehrenamtskarte@stadt.example auch. "
    "Der [Link zur Bürgerbeteiligung](https://example.org/Buergerbeteiligung) hat ein Ziel.",
    "",
])

EDITIONS = [("wortfugen-punkt", "leichte-sprache.xml", 0),
            ("wortfugen-strich", "leichte-sprache-bindestrich.xml", 1)]


def make_publication():
    root = fresh_folder("publication")
    shutil.copytree(CONTENT, root / "content")
    shutil.copytree(REPOSITORY / "styles", root / "styles")
    os.symlink(REPOSITORY / "fonts", root / "fonts")
    style = (root / "styles" / "leichte-sprache.xml").read_text(encoding="utf-8")
    check('<wortfugen zeichen="mediopunkt" mindestlaenge="10"/>' in style,
          "styles/leichte-sprache.xml marks compounds with a Mediopunkt from 10 letters")
    (root / "styles" / "leichte-sprache-bindestrich.xml").write_text(
        style.replace('zeichen="mediopunkt"', 'zeichen="bindestrich"'), encoding="utf-8")
    (root / "content" / "wortfugen").mkdir()
    (root / "content" / "wortfugen" / "01-test.md").write_text(CHAPTER, encoding="utf-8")
    manifest = (root / "content" / "publikation.xml").read_text(encoding="utf-8")
    editions = "".join(
        f'  <ausgabe id="{name}" titel="Leichte Sprache" stil="{style_file}" '
        f'dateiname="{name}">\n    <kapitel datei="wortfugen/01-test.md"/>\n  </ausgabe>\n'
        for name, style_file, _ in EDITIONS)
    manifest = re.sub(r"  <ausgabe .*</ausgabe>\n", editions, manifest, flags=re.S)
    (root / "content" / "publikation.xml").write_text(manifest, encoding="utf-8")
    return root / "content"


def text_without_actual_text(pdf, scratch):
    """pdftotext of the PDF with every /ActualText removed: the characters the glyphs draw."""
    expanded = scratch / "expanded.pdf"
    run("qpdf", "--qdf", "--object-streams=disable", pdf, expanded)
    data = expanded.read_bytes()
    stripped = re.sub(rb"/ActualText\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))", b"", data)
    check(stripped != data, f"{pdf.name} has /ActualText")
    (scratch / "stripped.pdf").write_bytes(stripped)
    fixed = subprocess.run(["fix-qdf", str(scratch / "stripped.pdf")], capture_output=True)
    (scratch / "fixed.pdf").write_bytes(fixed.stdout)
    return run("pdftotext", "-layout", scratch / "fixed.pdf", "-").stdout


def check_pdf(pdf, column, scratch):
    # The /ActualText sequences keep the tagged PDF valid.
    for tool in ("check-pdfua", "check-pdf"):
        report = run_checker(workplace_tool(tool), pdf)
        check(report.returncode == 0, f"{tool} passes {pdf.name}")
    shown = run("pdftotext", "-layout", pdf, "-").stdout
    drawn = text_without_actual_text(pdf, scratch)
    for word, forms in COMPOUNDS.items():
        form = forms[column]
        check(word in shown, f"{pdf.name}: the text layer has the unsplit {word}")
        check(form in drawn, f"{pdf.name}: the page shows {form}")
        # Every marked form drawn comes back as the unsplit word.
        check(shown.count(word) >= drawn.count(form) > 0,
              f"{pdf.name}: {word} {shown.count(word)}×, {form} drawn {drawn.count(form)}×")
    for word in UNMARKED:
        check(word in drawn, f"{pdf.name}: {word} stays unmarked")
    # No line ends inside a marked word: every line end in the drawn text is checked against
    # the marked forms (a part at the end of one line, the rest at the start of the next).
    lines = [line.strip() for line in drawn.splitlines() if line.strip()]
    broken = []
    for line, following in zip(lines, lines[1:]):
        for form in (forms[column] for forms in COMPOUNDS.values()):
            sign = "·" if column == 0 else "-"
            parts = form.split(sign)
            for index in range(1, len(parts)):
                head = sign.join(parts[:index])
                tail = sign.join(parts[index:])
                if (line.endswith(head + sign) or line.endswith(head)) and \
                        following.startswith(tail):
                    broken.append(f"{line[-30:]} | {following[:30]}")
    check(not broken, f"{pdf.name}: no line breaks inside a marked word: {broken[:5]}")
    check(not any(line.endswith("·") for line in lines), f"{pdf.name}: no line ends with ·")


BROWSER_CHECK = r"""
const path = require('path');
const { chromium } = require(path.join(process.env.NODE_DIR, 'node_modules', 'playwright-core'));
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const page = await browser.newPage();
  await page.goto(process.argv[2]);
  const result = await page.evaluate((words) => {
    const marked = [...document.querySelectorAll('main .wortfugen')];
    const found = {};
    for (const word of words) {
      window.getSelection().removeAllRanges();
      found[word] = window.find(word, false, false, false);
    }
    return {
      marked: marked.map(span => ({ word: span.dataset.wort, inner: span.innerText,
        shown: [...span.querySelectorAll('.wortfuge')].map(
          mark => getComputedStyle(mark, '::before').content),
        nowrap: getComputedStyle(span).whiteSpace })),
      main: document.querySelector('main').innerText,
      heading: document.querySelector('main h1').innerText,
      found,
    };
  }, JSON.parse(process.argv[3]));
  const cdp = await page.context().newCDPSession(page);
  const tree = await cdp.send('Accessibility.getFullAXTree');
  result.headings = tree.nodes.filter(node => node.role && node.role.value === 'heading')
    .map(node => node.name && node.name.value);
  await page.screenshot({ path: process.argv[4] });
  console.log(JSON.stringify(result));
  await browser.close();
})();
"""


def playwright_folder():
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "check-tools"
    for folder in sorted(cache.glob("node-*")):
        if (folder / "node_modules" / "playwright-core").is_dir():
            return folder
    return None


def check_html(site, column, scratch):
    pages = [page for page in sorted(site.glob("*.html"))
             if "<code>Sprachförderprogramm</code>" in page.read_text(encoding="utf-8")]
    check(pages, f"{site}: a page with marked compounds")
    if not pages:
        return
    page = pages[0]
    source = page.read_text(encoding="utf-8")
    for word in UNMARKED:
        check(word in source, f"{page.name}: {word} stays unmarked")
    # The document text of the page holds no marked form: the text, the contents and the
    # chapter list in the footer have the unsplit words (the marks are generated content).
    body = source.split("<body", 1)[-1]
    for word, forms in COMPOUNDS.items():
        check(forms[column] not in body, f"{page.name}: no {forms[column]} in the document text")
    check('href="https://example.org/Buergerbeteiligung"' in source,
          f"{page.name}: a link target stays unmarked")
    folder = playwright_folder()
    if folder is None:
        missing_tool("playwright-core from check-html's cache (run check-html once)")
        return
    script = scratch / "browser_check.js"
    script.write_text(BROWSER_CHECK, encoding="utf-8")
    output = subprocess.run(
        ["node", str(script), page.as_uri(), json.dumps(list(COMPOUNDS)),
         str(scratch / "page.png")], capture_output=True, text=True,
        env={**os.environ, "NODE_DIR": str(folder)})
    check(output.returncode == 0, f"Chromium check ran: {output.stderr[-800:]}")
    if output.returncode != 0:
        return
    result = json.loads(output.stdout)
    check(len(result["marked"]) >= len(COMPOUNDS), f"{page.name}: marked words in the page")
    sign = "·" if column == 0 else "-"
    for span in result["marked"]:
        check(span["inner"] == span["word"], f"innerText {span['inner']} is {span['word']}")
        check(all(sign in shown and shown.endswith('/ ""') or sign in shown
                  for shown in span["shown"]) and span["shown"],
              f"{span['word']}: the marks are drawn as generated content {span['shown']}")
        check(span["nowrap"] == "nowrap", f"{span['word']} stays on one line")
    for word, forms in COMPOUNDS.items():
        check(word in result["main"], f"innerText of the page has {word}")
        check(forms[column] not in result["main"], f"innerText has no {forms[column]}")
        check(result["found"][word], f"the browser's find matches {word}")
    check(any(name.endswith("Das Integrationskonzept") for name in result["headings"]),
          f"the heading's accessible name is the unsplit word: {result['headings']}")
    check(result["heading"].endswith("Das Integrationskonzept"),
          f"h1 innerText: {result['heading']}")


content = make_publication()
out = SCRATCH / "out"
shutil.rmtree(out, ignore_errors=True)
build = run(STADTSATZ, "build", content, "--out", out, "--format", "screen,html")
check(build.returncode == 0, f"build: {build.stdout[-2000:]}{build.stderr[-2000:]}")
for name, _, column in EDITIONS:
    edition = out / name
    scratch = fresh_folder(f"scratch-{name}")
    check_pdf(edition / f"{name}.pdf", column, scratch)
    check_html(edition / "html", column, scratch)
# out/ is the site root: the two editions' sites link to each other across it.
result = run_checker(workplace_tool("check-html"), out)
check(result.returncode == 0, f"check-html passes both sites: {result.stdout[-1500:]}")
finish()
