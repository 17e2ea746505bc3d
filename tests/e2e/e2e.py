"""Shared helpers of the end-to-end tests: run stadtsatz, read the sample, inspect outputs.

Every test script is called as: test_x.py STADTSATZ REPOSITORY_ROOT SCRATCH_FOLDER
"""
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

STADTSATZ = Path(sys.argv[1]).resolve()
REPOSITORY = Path(sys.argv[2]).resolve()
SCRATCH = Path(sys.argv[3]).resolve()
CONTENT = REPOSITORY / "content"

failures = []


def check(condition, message):
    """Records a failed expectation; the script fails at the end if any were recorded."""
    if not condition:
        failures.append(message)
        print("FAIL: " + message)
    return condition


def finish():
    if failures:
        print(f"{len(failures)} expectation(s) failed")
        sys.exit(1)
    print("all expectations met")


def run(*arguments, cwd=None):
    return subprocess.run([str(a) for a in arguments], capture_output=True, text=True, cwd=cwd)


def fresh_folder(name):
    folder = SCRATCH / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def build_sample(out_folder, *extra):
    result = run(STADTSATZ, "build", CONTENT, "--out", out_folder, *extra)
    if result.returncode != 0:
        print(result.stdout + result.stderr)
        raise SystemExit("building the sample failed")
    return result


def manifest():
    return ElementTree.parse(CONTENT / "publikation.xml").getroot()


def edition():
    return manifest().find("ausgabe")


def chapter_files():
    return [CONTENT / part.get("datei") for part in edition() if part.tag == "kapitel"]


def chapter_titles():
    """The level-1 heading of each chapter, without an explicit {#id}."""
    titles = []
    for file in chapter_files():
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                titles.append(re.sub(r"\s*\{#[^}]*\}\s*$", "", line[2:]).strip())
                break
    return titles


def measure_ids():
    ids = []
    for part in edition():
        if part.tag == "massnahmen":
            root = ElementTree.parse(CONTENT / part.get("datei")).getroot()
            ids += [m.get("id") for m in root.iter("massnahme")]
    return ids


def output_paths(out_folder):
    stem = edition().get("dateiname")
    folder = Path(out_folder) / edition().get("id")
    return folder / f"{stem}-druck.pdf", folder / f"{stem}.pdf", folder / "html"


def pdf_pages_text(pdf):
    """The text of each page, in reading order, as pdftotext sees it."""
    text = run("pdftotext", "-layout", pdf, "-").stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def normalise_space(text):
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()
