"""Diagnostics for the editor (issue 8, part 3): every mistake of every stage in one run, each
printed once although two editions share the files, with "did you mean", short quotes and a
sensible position for font errors."""
import re
import shutil

from e2e import REPOSITORY, STADTSATZ, check, finish, fresh_folder, run


def copy_repository(name):
    root = fresh_folder(name)
    for folder in ("content", "styles", "fonts"):
        shutil.copytree(REPOSITORY / folder, root / folder)
    return root


def replace_once(path, old, new):
    """Replaces `old` (which must occur) and returns the 1-based line it was on."""
    text = path.read_text(encoding="utf-8")
    at = text.find(old)
    assert at >= 0, f"{old!r} not found in {path}"
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")
    return text.count("\n", 0, at) + 1


def add_second_edition(root):
    """A second edition that shares every chapter, measures file and the style."""
    manifest = root / "content" / "publikation.xml"
    text = manifest.read_text(encoding="utf-8")
    edition = re.search(r"  <ausgabe id=\"standard\".*?</ausgabe>\n", text, re.S).group(0)
    second = edition.replace('id="standard"', 'id="zweite"').replace(
        'dateiname="integrationskonzept"', 'dateiname="zweite"')
    manifest.write_text(text.replace(edition, edition + second), encoding="utf-8")


def diagnostics(stderr):
    return [line for line in stderr.splitlines() if ": error: " in line or ": warning: " in line]


# Five mistakes in three stages: two in measures files (read), one footnote (read), one link
# (resolve), one unused footnote definition (a warning).
root = copy_repository("five-mistakes")
content = root / "content"
add_second_edition(root)
measures = sorted((content / "handlungsfelder").glob("*.xml"))
priority_line = replace_once(measures[0], "<prioritaet>", "<prioritat>")
replace_once(measures[0], "</prioritaet>", "</prioritat>")
status_line = replace_once(measures[1], "<status>geplant</status>", "<status>gepalnt</status>")
chapter = content / "kapitel" / "03-rolle-der-stadt.md"
link_line = replace_once(chapter, "](#hf-verwaltung-oeffnung)", "](#hf-verwaltung-offnung)")
process = content / "kapitel" / "02-prozess.md"
footnote_line = replace_once(process, "[^interviews] Gesprochen", "[^interview] Gesprochen")
unused_line = replace_once(process, "[^interviews]: Die", "[^interviews]: Die")

result = run(STADTSATZ, "check", content)
print(result.stderr[-4000:])
lines = diagnostics(result.stderr)
errors = [line for line in lines if ": error: " in line]
check(result.returncode == 1, f"check exits 1 (got {result.returncode})")
check(len(errors) == 4, f"four errors, each printed once for both editions: {errors}")
check(len(set(lines)) == len(lines), "no diagnostic is printed twice")
check("4 Fehler" in result.stderr, "the summary counts each error once")
check(any(f"{measures[0].name}:{priority_line}:" in line and "meinten Sie <prioritaet>?" in line
          for line in errors), "the misspelt element gets a suggestion")
check(any(f"{measures[1].name}:{status_line}:" in line and 'meinten Sie "geplant"?' in line
          for line in errors), "the misspelt status gets a suggestion")
check(any(f"03-rolle-der-stadt.md:{link_line}:" in line and
          "meinten Sie #hf-verwaltung-oeffnung?" in line for line in errors),
      "the broken link is reported in the same run as the reading errors")
check(any(f"02-prozess.md:{footnote_line}:" in line and
          "Fußnote [^interview] ist nicht definiert – meinten Sie [^interviews]?" in line
          for line in errors), "the unresolved footnote reference is an error with a suggestion")
check(any(f"02-prozess.md:{unused_line}:1: warning:" in line and "[^interviews]" in line
          for line in lines), "the definition nothing refers to any more is a warning")

out = root / "out"
result = run(STADTSATZ, "build", content, "--out", out)
check(result.returncode == 1, "build exits 1")
check(not any(out.rglob("*.pdf")) and not any(out.rglob("*.html")),
      "nothing is written while there are errors")
check(len(diagnostics(result.stderr)) == len(lines), "build reports what check reports")

# A measures file that is not even well-formed: its measures are unknown, so the chapters'
# links to them (#M-1.1.1 …) are not reported, but a broken link into a chapter is.
root = copy_repository("broken-measures")
content = root / "content"
measures = sorted((content / "handlungsfelder").glob("*.xml"))
replace_once(measures[0], "</titel>", "</titl>")
chapter = content / "kapitel" / "06-umsetzung.md"
link_line = replace_once(chapter, "## Finanzierung {#finanzierung}",
                         "## Finanzierung {#finanzierung}\n\n"
                         "Siehe [Finanzen](06-umsetzung.md#finanzen).") + 2
result = run(STADTSATZ, "check", content)
print(result.stderr[-3000:])
errors = [line for line in diagnostics(result.stderr) if ": error: " in line]
check(any(measures[0].name in line for line in errors), "the broken XML is reported")
check(any(f"06-umsetzung.md:{link_line}:" in line and "meinten Sie #finanzierung?" in line
          for line in errors), f"the link into a readable chapter is checked: {errors}")
check(len(errors) == 2, f"links to measures of the unreadable file are not reported: {errors}")

# An unreadable chapter (not UTF-8) does not hide the link errors of the other chapters.
root = copy_repository("broken-chapter")
content = root / "content"
unreadable = content / "kapitel" / "07-ausblick.md"
unreadable.write_bytes(unreadable.read_bytes() + b"\n\nkaputt: \xff\n")
chapter = content / "kapitel" / "03-rolle-der-stadt.md"
link_line = replace_once(chapter, "(#M-6.1.1)", "(05-handlungsfelder.md#hf-verwaltung)")
result = run(STADTSATZ, "check", content)
print(result.stderr[-3000:])
errors = [line for line in diagnostics(result.stderr) if ": error: " in line]
check(any("07-ausblick.md" in line and "UTF-8" in line for line in errors),
      "the unreadable chapter is reported")
check(any(f"03-rolle-der-stadt.md:{link_line}:" in line and "hf-verwaltung" in line
          for line in errors), f"the link into a readable chapter is checked: {errors}")
check(len(errors) == 2, f"nothing else is reported: {errors}")

# A mistake in the manifest does not hide those in the chapters and measures files.
root = copy_repository("broken-manifest")
content = root / "content"
manifest_line = replace_once(content / "publikation.xml", 'nummeriert="nein"', 'nummerirt="nein"')
measures = sorted((content / "handlungsfelder").glob("*.xml"))
priority_line = replace_once(measures[0], "<prioritaet>", "<prioritat>")
replace_once(measures[0], "</prioritaet>", "</prioritat>")
chapter = content / "kapitel" / "03-rolle-der-stadt.md"
link_line = replace_once(chapter, "(#M-6.1.1)", "(08-anhnag.md)")
result = run(STADTSATZ, "check", content)
print(result.stderr[-3000:])
errors = [line for line in diagnostics(result.stderr) if ": error: " in line]
check(any(f"publikation.xml:{manifest_line}:" in line and "meinten Sie nummeriert=?" in line
          for line in errors), f"the manifest's mistake is reported: {errors}")
check(any(f"{measures[0].name}:{priority_line}:" in line for line in errors),
      "the measures file is read although the manifest has an error")
check(any(f"03-rolle-der-stadt.md:{link_line}:" in line and "meinten Sie 08-anhang.md?" in line
          for line in errors), "the link to a chapter file is checked as well")
check(len(errors) == 3, f"three mistakes, three errors: {errors}")

# An unusable style name and a chapter named twice: one error each, no consequences.
root = copy_repository("manifest-cascades")
content = root / "content"
replace_once(content / "publikation.xml", 'stil="standard.xml"', 'stil="standard"')
replace_once(content / "publikation.xml", '<kapitel datei="kapitel/07-ausblick.md"/>',
             '<kapitel datei="kapitel/07-ausblick.md"/><kapitel datei="kapitel/01-ausgangslage.md"/>')
result = run(STADTSATZ, "check", content)
errors = [line for line in diagnostics(result.stderr) if ": error: " in line]
check(len(errors) == 2 and "stil=" in errors[0] and "steht zweimal" in errors[1],
      f"the manifest's two errors and nothing they cause: {errors}")

# An unknown edition names the one meant.
result = run(STADTSATZ, "check", REPOSITORY / "content", "--edition", "standart")
check(result.returncode == 1 and "meinten Sie „standard“?" in result.stderr,
      "a misspelt edition gets a suggestion: " + result.stderr[-500:])

# An output folder that cannot be made: one error at that folder with the system's reason,
# not one per file at the style's first line.
blocker = fresh_folder("blocked") / "datei"
blocker.write_text("kein Ordner")
result = run(STADTSATZ, "build", REPOSITORY / "content", "--out", blocker / "out")
errors = [line for line in diagnostics(result.stderr) if ": error: " in line]
check(result.returncode == 1, "an output folder inside a file is an error")
check(len(errors) == 1 and f"{blocker / 'out'}:1:1: error: Ausgabeordner kann nicht angelegt "
      "werden: " in errors[0] and "directory" in errors[0].lower(),
      f"one error at the output folder, with the reason: {errors}")

# A 1 MB attribute value is quoted with at most 80 characters.
root = copy_repository("long-value")
content = root / "content"
measures = sorted((content / "handlungsfelder").glob("*.xml"))
replace_once(measures[0], 'von="', 'von="' + "1" * 1_000_000)
result = run(STADTSATZ, "check", content)
check(result.returncode == 1, "the broken year is an error")
check("1" * 80 + "…" in result.stderr, "the value is cut after 80 characters")
# Only the measures file's messages: other editions may warn about other things.
about_value = "\n".join(line for line in result.stderr.splitlines() if measures[0].name in line)
check("1" * 81 not in result.stderr, "no message quotes more of the value")
check(len(about_value) < 5000, f"the message stays short ({len(about_value)} characters)")

# A font file that is no font: the error points at the style's <schrift> naming it, once.
root = copy_repository("broken-font")
style = root / "styles" / "standard.xml"
font_line = next(number for number, line in
                 enumerate(style.read_text(encoding="utf-8").splitlines(), 1)
                 if 'normal="NotoSerif-Regular.ttf"' in line)
(root / "fonts" / "NotoSerif-Regular.ttf").write_bytes(b"keine Schrift" * 100)
result = run(STADTSATZ, "check", root / "content")
print(result.stderr[-3000:])
errors = [line for line in diagnostics(result.stderr) if ": error: " in line]
check(result.returncode == 1, "a broken font is an error")
check(errors and all(":1:1:" not in line for line in errors),
      f"no font error points at the start of the style: {errors}")
check(any(f"standard.xml:{font_line}:" in line and "NotoSerif-Regular.ttf" in line
          for line in errors), "the error points at the <schrift> that names the font")
check(len(set(errors)) == len(errors), "the font error is printed once")
check(not [line for line in diagnostics(result.stderr) if "kein Zeichen" in line],
      "the unreadable font does not bring a warning for every character")

finish()
