"""Renders the examples of the GFM spec with stadtsatz and compares each page's content with
the HTML the spec expects (cmark-gfm's rendering), whitespace and the site's deliberate
additions normalised (focusable <pre>, heading ids and numbers, checkbox names, German
dashes). Each example becomes one chapter of a scratch publication; examples that need what
a chapter cannot hold (raw HTML, link references, images, emphasis, level-1 headings,
external links) are left out. Differences are printed, then a summary line.

    python3 tests/bench/gfm_spec_compare.py SPEC.txt build/stadtsatz . /tmp/spec [SECTIONS]

SPEC.txt is test/spec.txt of github/cmark-gfm; SECTIONS a comma-separated list of section
title prefixes ("Lists,List items,Task list"), all sections when left out.
"""
import re
import shutil
import subprocess
import sys
from pathlib import Path
spec, stadtsatz, repo, work = map(Path, sys.argv[1:5])
sections = sys.argv[5].split(",") if len(sys.argv) > 5 else [""]
examples = []
section = ""
lines = spec.read_text(encoding="utf-8").split("\n")
i = 0
number = 0
while i < len(lines):
    line = lines[i]
    if line.startswith("#"):
        section = line.lstrip("#").strip()
    if line.startswith("`" * 32 + " example"):
        number += 1
        md, out = [], []
        i += 1
        while lines[i] != ".":
            md.append(lines[i]); i += 1
        i += 1
        while not lines[i].startswith("`" * 32):
            out.append(lines[i]); i += 1
        examples.append((number, section, "\n".join(md).replace("→", "\t"), "\n".join(out)))
    i += 1
# Examples that need features outside the comparison (raw HTML, link references, images,
# headings that would clash with the chapter title) are left out; task items keep "[ ]".
chosen = [e for e in examples if any(e[1].startswith(s) for s in sections)
          and not re.search(r"(?m)^ {0,3}=+\s*$|://|@|www\.", e[2])
          and not re.search(r"[#<>!\\`*_&|]|\[[^ x]", e[2]) and e[2].strip()]
shutil.rmtree(work, ignore_errors=True)
content = work / "content"
(content / "kapitel").mkdir(parents=True)
shutil.copytree(repo / "styles", work / "styles")
shutil.copytree(repo / "fonts", work / "fonts")
parts = []
for number, _, md, _ in chosen:
    (content / "kapitel" / f"{number}.md").write_text(f"# Beispiel {number}\n\n{md}\n", encoding="utf-8")
    parts.append(f'    <kapitel datei="kapitel/{number}.md"/>')
manifest = (repo / "content" / "publikation.xml").read_text(encoding="utf-8")
manifest = re.sub(r"<ausgabe .*?</ausgabe>", '<ausgabe id="spec" titel="Spec" stil="standard.xml" dateiname="spec">\n' + "\n".join(parts) + "\n  </ausgabe>", manifest, flags=re.S)
(content / "publikation.xml").write_text(manifest, encoding="utf-8")
result = subprocess.run([stadtsatz, "build", content, "--out", work / "out"], capture_output=True, text=True)
if result.returncode != 0:
    print(result.stderr[-3000:]); sys.exit(1)
def norm(text):
    # The site's own additions: focusable code blocks, German dashes, checkbox names.
    text = text.replace("\u00ad", "").replace("\u00a0", " ").replace(' tabindex="0"', "")
    text = text.replace("–", "-").replace(' class="task-list"', "").replace(' class="task"', "")
    text = re.sub(r' aria-label="(offen|erledigt)"', "", text)
    text = text.replace("→", "\t").replace("<hr />", "<hr>").replace("<br />", "<br>")
    text = re.sub(r'<span class="heading-number">[^<]*</span>', "", text)
    text = re.sub(r"<h([1-6]) [^>]*>", r"<h\1>", text)
    text = re.sub(r"<input([^>]*)>", lambda m: "<input " + " ".join(sorted(
        re.sub(r'="?"?', "", a) for a in re.findall(r'[a-z]+(?:="[^"]*")?', m.group(1))
        if a != "type=\"checkbox\"")) + ">", text)
    text = re.sub(r">\s+", ">", text); text = re.sub(r"\s+<", "<", text)
    return re.sub(r"\s+", " ", text).strip()
same = 0
for number, section, md, expected in chosen:
    page = (work / "out" / "spec" / "html" / f"beispiel-{number}.html").read_text(encoding="utf-8")
    body = page.split("</h1>", 1)[1]
    body = body.split("</main>", 1)[0]
    body = re.sub(r'<nav.*?</nav>', '', body, flags=re.S)
    body = re.sub(r'<(div|section|footer)[^>]*>|</(div|section|footer)>', '', body)
    body = re.sub(r'<p class="[^"]*">.*?</p>', '', body, flags=re.S)
    if norm(body) == norm(expected):
        same += 1
    else:
        print(f"--- example {number} ({section})\n{md}\n  expected: {norm(expected)}\n  got:      {norm(body)}")
print(f"{same} of {len(chosen)} examples of {sections} render as cmark-gfm does")
