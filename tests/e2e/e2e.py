"""Shared helpers of the end-to-end tests: run stadtsatz, read the sample, inspect outputs.

Every test script is called as: test_x.py STADTSATZ REPOSITORY_ROOT SCRATCH_FOLDER

The helpers read the sample in content/ unless they are given another content folder, such
as the second test publication in tests/publications/donaustadt/content.
"""
import base64
import json
import os
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
# The second test publication: A5, its own style, fonts and pictures (see its README).
DONAUSTADT = REPOSITORY / "tests" / "publications" / "donaustadt" / "content"
# The workplace's independent output checkers, next to the repository.
WORKPLACE_TOOLS = REPOSITORY.parent / "shared" / "tools"

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


def missing_tool(message):
    """Something the test needs from outside the repository is absent. Outside CI the test is
    skipped (exit 77, see tests/CMakeLists.txt); in CI that is a failure, never a skip.
    Expectations that already failed still fail the test."""
    if failures:
        print(f"{message}; {len(failures)} expectation(s) failed before")
        sys.exit(1)
    if in_ci():
        print(f"FAIL: {message}; in CI (CI=true) a missing tool fails the test")
        sys.exit(1)
    print(f"skipped: {message}")
    sys.exit(77)


def workplace_tool(name):
    """The path of one of the workplace's checkers (check-pdf, check-pdfua, check-html)."""
    path = WORKPLACE_TOOLS / name
    if not path.is_file():
        missing_tool(f"no {name} in {WORKPLACE_TOOLS}")
    return path


def run_checker(tool, *arguments, report_length=4000):
    """Runs a workplace checker and prints the end of its report. Exit 2 means the checker
    could not set itself up (an install failed, the browser did not start): nothing was
    checked, so that is a missing tool."""
    result = run(tool, *arguments)
    print(result.stdout[-report_length:], result.stderr[-2000:])
    if result.returncode == 2:
        missing_tool(f"{Path(tool).name} could not set itself up (exit 2)")
    return result


def run(*arguments, cwd=None):
    """Runs a program; a missing helper program (pdftotext, qpdf, ...) is a missing tool."""
    command = [str(a) for a in arguments]
    try:
        return subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    except FileNotFoundError:
        if Path(command[0]) == STADTSATZ:
            raise
        missing_tool(f"{command[0]} is not installed")


def fresh_folder(name):
    folder = SCRATCH / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def build_sample(out_folder, *extra):
    return build_publication(CONTENT, out_folder, *extra)


def build_publication(content, out_folder, *extra):
    result = run(STADTSATZ, "build", content, "--out", out_folder, *extra)
    if result.returncode != 0:
        print(result.stdout + result.stderr)
        raise SystemExit(f"building {content} failed")
    return result


def manifest(content=CONTENT):
    return ElementTree.parse(content / "publikation.xml").getroot()


def edition(content=CONTENT):
    return manifest(content).find("ausgabe")


def chapter_files(content=CONTENT):
    return [content / part.get("datei") for part in edition(content) if part.tag == "kapitel"]


def chapter_titles(content=CONTENT):
    """The level-1 heading of each chapter, without its attributes {#id kurztitel="…"}."""
    titles = []
    for file in chapter_files(content):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                titles.append(re.sub(r"\s*\{(#|kurztitel=)[^}]*\}\s*$", "", line[2:]).strip())
                break
    return titles


def measure_ids(content=CONTENT):
    ids = []
    for part in edition(content):
        if part.tag == "massnahmen":
            root = ElementTree.parse(content / part.get("datei")).getroot()
            ids += [m.get("id") for m in root.iter("massnahme")]
    return ids


def output_paths(out_folder, content=CONTENT):
    stem = edition(content).get("dateiname")
    folder = Path(out_folder) / edition(content).get("id")
    return folder / f"{stem}-druck.pdf", folder / f"{stem}.pdf", folder / "html"


def pdf_pages_text(pdf):
    """The text of each page, in reading order, as pdftotext sees it."""
    text = run("pdftotext", "-layout", pdf, "-").stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def normalise_space(text):
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def in_ci():
    """CI runs .ci/run with CI=true: there a missing tool is a failure, never a skip."""
    return os.environ.get("CI") == "true"


def pdf_objects(pdf):
    """Every object of a PDF as qpdf's JSON gives it, streams decoded: {"obj:N 0 R": …}."""
    result = run("qpdf", "--json=2", "--json-stream-data=inline", "--decode-level=generalized",
                 pdf)
    return json.loads(result.stdout)["qpdf"][1]


def resolve(objects, value):
    """A reference "N 0 R" resolved to the object's value (or stream dictionary)."""
    if isinstance(value, str) and value.endswith(" R"):
        entry = objects.get("obj:" + value, {})
        return entry.get("value", entry.get("stream", {}).get("dict"))
    return value


def stream_data(objects, reference):
    entry = objects.get("obj:" + reference, {}).get("stream", {})
    data = entry.get("data")
    return base64.b64decode(data) if data else b""


def pdf_pages(objects):
    """The page dictionaries in page order (via the page tree)."""
    trailer = objects["trailer"]["value"]
    catalog = resolve(objects, trailer["/Root"])
    pages = []

    def walk(node_reference):
        node = resolve(objects, node_reference)
        if node.get("/Type") == "/Pages":
            for kid in node.get("/Kids", []):
                walk(kid)
        else:
            pages.append(node)

    walk(catalog["/Pages"])
    return pages


CONTENT_TOKEN = re.compile(
    rb"<<|>>|\[|\]|\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|/[^\s/\[\]()<>{}%]*|%[^\n]*|[^\s/\[\]()<>{}%]+")


def content_operators(data):
    """The operators of a content stream with the depth of marked content around each, and
    whether that marked content is an artifact: a list of (operator, depth, artifact)."""
    result = []
    stack = []  # for each open marked-content sequence: is it an artifact?
    previous = []
    for token in CONTENT_TOKEN.findall(data):
        if token.startswith(b"%"):
            continue
        is_operator = re.fullmatch(rb"[A-Za-z'\"*]+", token) is not None and token not in (
            b"true", b"false", b"null")
        if not is_operator:
            previous.append(token)
            continue
        if token in (b"BDC", b"BMC"):
            tag = next((t for t in previous if t.startswith(b"/")), b"")
            stack.append(tag == b"/Artifact" or any(s for s in stack))
        elif token == b"EMC":
            if stack:
                stack.pop()
        else:
            result.append((token.decode(), len(stack), bool(stack and stack[-1])))
        previous = []
    return result


def structure_text(pdf):
    """`pdfinfo -struct-text`, with object numbers of annotation references left out (they
    change with any change of object numbering, not with the structure)."""
    text = run("pdfinfo", "-struct-text", pdf).stdout
    return re.sub(r"Object \d+ \d+", "Object", text)


class StructureNode:
    """One element of `pdfinfo -struct-text`: its type, attribute lines, text and children."""

    def __init__(self, kind, depth):
        self.kind = kind
        self.depth = depth
        self.attributes = []
        self.pieces = []  # the quoted text lines right inside it
        self.children = []

    def text(self):
        """Its text and its children's, without the lone "-" of hyphens added by line
        breaking (each is a marked-content sequence of its own)."""
        own = "".join(piece for piece in self.pieces if piece != "-")
        return own + "".join(child.text() for child in self.children)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def parse_structure(text):
    """The tree of `pdfinfo -struct-text` output, by its two-space indentation."""
    root = StructureNode("(root)", -1)
    stack = [root]
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        depth = (len(line) - len(stripped)) // 2
        if not stripped:
            continue
        while len(stack) > 1 and stack[-1].depth >= depth and not (
                stripped.startswith('"') or stripped.startswith("/")):
            stack.pop()
        if stripped.startswith('"'):
            stack[-1].pieces.append(stripped[1:-1] if stripped.endswith('"') else stripped[1:])
        elif stripped.startswith("/"):
            stack[-1].attributes.append(stripped)
        elif stripped.startswith("Object"):
            continue
        else:
            node = StructureNode(re.split(r"[\s:]", stripped, 1)[0], depth)
            stack[-1].children.append(node)
            stack.append(node)
    return root
