"""Link targets are restricted to https, http, mailto, tel and internal targets: every other
scheme, in every form Markdown allows, is an error at its file:line:col and reaches neither
the site (href) nor the PDFs (/URI)."""
import re
import shutil

from e2e import (REPOSITORY, STADTSATZ, check, chapter_files, finish, fresh_folder, output_paths,
                 run)

# One paragraph per form; each must be reported at its own line.
BAD_LINKS = [
    "[eins](javascript:alert(1))",
    "[zwei](JaVaScRiPt:alert(2))",
    "[drei](<  javascript:alert(3)>)",
    "[vier](&#106;avascript:alert(4))",
    "[fünf](java&#x09;script:alert(5))",
    "[sechs](%6Aavascript:alert(6))",
    "[sieben](vbscript:msgbox(7))",
    "[acht](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==)",
    "[neun](file:///etc/passwd)",
    "<javascript:alert(10)>",
    "[elf][boese]",
]
# Pictures are checked while reading, before links are: a build of their own.
BAD_IMAGES = [
    "![Bild eins](javascript:alert(1).png)",
    "![Bild zwei](JavaScript:alert(2).png)",
    "![Bild drei](data:image/png;base64,iVBORw0KGgo=)",
    "![Bild vier](file:///etc/passwd.png)",
]
GOOD_LINKS = ["[gut](https://www.neu-ulm.de/)", "[Post](mailto:info@neu-ulm.de)",
              "[Anruf](tel:+497317050)"]
BAD_SCHEME = re.compile(rb"(java|vb)\s*script\s*:|data:text|data:image|file:", re.I)


def copy_repository(name):
    root = fresh_folder(name)
    for folder in ("content", "styles", "fonts"):
        shutil.copytree(REPOSITORY / folder, root / folder)
    return root


def bad_scheme_in(folder):
    """Files below `folder` that mention a refused scheme; PDFs uncompressed by qpdf first."""
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".pdf":
            plain = path.with_suffix(".qdf")
            run("qpdf", "--qdf", "--object-streams=disable", path, plain)
            data = plain.read_bytes()
            plain.unlink()
        if BAD_SCHEME.search(data):
            found.append(str(path.relative_to(folder)))
    return found




def refused(name, entries, extra=""):
    """Appends one paragraph per entry to a chapter of a copy of the sample; check and build
    must report each at its line, and nothing with a refused scheme may be written."""
    root = copy_repository(name)
    chapter = chapter_files(root / "content")[1]
    text = chapter.read_text(encoding="utf-8").rstrip("\n") + "\n"
    lines = {}
    for entry in entries:
        text += "\n"
        lines[entry] = text.count("\n") + 1
        # A picture stands alone in its paragraph; a link sits in running text.
        text += (entry if entry.startswith("![") else f"Absatz mit {entry} darin.") + "\n"
    chapter.write_text(text + extra, encoding="utf-8")
    relative = re.escape(str(chapter.relative_to(root / "content")))
    out = fresh_folder(name + "-out")
    for command in (["check", root / "content"], ["build", root / "content", "--out", out]):
        result = run(STADTSATZ, *command)
        check(result.returncode == 1, f"{command[0]} exits 1 (got {result.returncode})")
        for entry in (entry for entry in entries if entry not in GOOD_LINKS):
            expected = re.compile(rf"(^|/){relative}:{lines[entry]}:\d+: error: ", re.M)
            check(expected.search(result.stderr) is not None,
                  f"{command[0]}: {entry} is an error at line {lines[entry]}; "
                  f"said: {result.stderr[-1500:]}")
        for entry in GOOD_LINKS:
            check(entry not in lines or
                  re.search(rf"{relative}:{lines[entry]}:", result.stderr) is None,
                  f"{command[0]}: {entry} is allowed")
    check(bad_scheme_in(out) == [], f"{name}: nothing written with a refused scheme: "
                                    f"{bad_scheme_in(out)}")


refused("link-schemes", BAD_LINKS + GOOD_LINKS, "\n[boese]: javascript:alert(11)\n")
refused("image-schemes", BAD_IMAGES)

# The allowed forms are built and written as they are: into the site and into both PDFs.
root = copy_repository("link-schemes-good")
chapter = chapter_files(root / "content")[1]
chapter.write_text(chapter.read_text(encoding="utf-8") + "\n" +
                   "\n\n".join(f"Absatz mit {link} darin." for link in GOOD_LINKS) + "\n",
                   encoding="utf-8")
out = fresh_folder("link-schemes-good-out")
result = run(STADTSATZ, "build", root / "content", "--out", out)
check(result.returncode == 0, "the allowed links build: " + result.stderr[-1500:])
site = "".join(path.read_text(encoding="utf-8") for path in out.rglob("*.html"))
for target in ("https://www.neu-ulm.de/", "mailto:info@neu-ulm.de", "tel:+497317050"):
    check(f'href="{target}"' in site, f"the site links {target}")
pdfs = sorted(out.rglob("*.pdf"))
check(len(pdfs) >= 2, "both PDFs are written")
screen_pdf = output_paths(out, root / "content")[1]  # the edition with the links
plain = screen_pdf.with_suffix(".qdf")
run("qpdf", "--qdf", "--object-streams=disable", screen_pdf, plain)
for target in ("https://www.neu-ulm.de/", "mailto:info@neu-ulm.de", "tel:+497317050"):
    check(f"/URI ({target})".encode() in plain.read_bytes(), f"the screen PDF links {target}")
plain.unlink()
check(bad_scheme_in(out) == [], f"no refused scheme in a good build: {bad_scheme_in(out)}")
finish()
