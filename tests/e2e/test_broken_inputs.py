"""Broken inputs: `check` and `build` exit 1 with file:line:column, outputs survive (acceptance 4)."""
import hashlib
import re
import shutil

from e2e import REPOSITORY, STADTSATZ, check, finish, fresh_folder, output_paths, run

# A previous good build, which no failed build may touch.
good_out = fresh_folder("good-out")
result = run(STADTSATZ, "build", REPOSITORY / "content", "--out", good_out)
check(result.returncode == 0, "the sample builds: " + result.stderr[-2000:])


def fingerprint(folder):
    """Every file below the folder with its content hash and modification time."""
    return {str(path.relative_to(folder)): (hashlib.sha256(path.read_bytes()).hexdigest(),
                                            path.stat().st_mtime_ns)
            for path in sorted(folder.rglob("*")) if path.is_file()}


before = fingerprint(good_out)
check(len(before) >= 3, "the good build left files to protect")

result = run(STADTSATZ, "check", REPOSITORY / "content")
check(result.returncode == 0, "check on the sample exits 0: " + result.stderr[-2000:])


def copy_repository(name):
    root = fresh_folder("broken-" + name)
    for folder in ("content", "styles", "fonts"):
        shutil.copytree(REPOSITORY / folder, root / folder)
    return root


def first_measures_file(root):
    return sorted((root / "content" / "handlungsfelder").glob("*.xml"))[0]


def first_chapter_file(root):
    return sorted((root / "content" / "kapitel").glob("*.md"))[1]


def replace_first(path, pattern, replacement):
    """Replaces the first match of `pattern` and returns the 1-based line where it was."""
    text = path.read_text(encoding="utf-8")
    match = re.search(pattern, text, re.M)
    assert match, f"{pattern!r} not found in {path}"
    path.write_text(text[:match.start()] + replacement(match) + text[match.end():], encoding="utf-8")
    return text.count("\n", 0, match.start()) + 1


def append_line(path, line):
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    path.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


def case_malformed_xml(root):
    file = first_measures_file(root)
    return file, replace_first(file, r"</titel>", lambda m: "</titl>"), r"titl|tag|XML|wohlgeformt"


def case_unknown_measure_field(root):
    file = first_measures_file(root)
    line = replace_first(file, r"^(\s*)<federfuehrung>",
                         lambda m: m.group(1) + "<kosten>5000</kosten>\n" + m.group(0))
    return file, line, r"kosten"


def case_duplicate_id(root):
    file = first_measures_file(root)
    ids = re.findall(r'<massnahme id="([^"]+)"', file.read_text(encoding="utf-8"))
    line = replace_first(file, r'<massnahme id="' + re.escape(ids[1]) + '"',
                         lambda m: f'<massnahme id="{ids[0]}"')
    return file, line, re.escape(ids[0])


def case_missing_required_field(root):
    file = first_measures_file(root)
    # The measure loses its lead office: the error points where it is missing, i.e. at the
    # element that now stands in its place.
    line = replace_first(file, r"^\s*<federfuehrung>[^<]*</federfuehrung>\n", lambda m: "")
    return file, line, r"federfuehrung|Federführung"


def case_bad_number(root):
    file = first_measures_file(root)
    line = replace_first(file, r"(<ausgangswert[^>]*>)[^<]*(</ausgangswert>)",
                         lambda m: m.group(1) + "viele" + m.group(2))
    return file, line, r"viele|Zahl"


def case_bad_year(root):
    file = first_measures_file(root)
    line = replace_first(file, r'(<zielwert jahr=")\d+(")', lambda m: m.group(1) + "20x5" + m.group(2))
    return file, line, r"20x5|Jahr"


def case_unresolved_link(root):
    file = first_chapter_file(root)
    return file, append_line(file, "Siehe [dort](#gibt-es-nicht)."), r"gibt-es-nicht"


def case_link_to_missing_chapter(root):
    file = first_chapter_file(root)
    return file, append_line(file, "Siehe [dort](99-fehlt.md)."), r"99-fehlt\.md"


def case_image_without_alt(root):
    file = first_chapter_file(root)
    return file, append_line(file, "![](bilder/prozess.png)"), r"Alternativtext|alt"


def case_missing_image(root):
    file = first_chapter_file(root)
    return file, append_line(file, "![Ein Bild](bilder/fehlt.png)"), r"fehlt\.png"


def case_missing_chapter_file(root):
    file = root / "content" / "publikation.xml"
    line = replace_first(file, r'<kapitel datei="[^"]+"', lambda m: '<kapitel datei="kapitel/fehlt.md"')
    return file, line, r"fehlt\.md"


def case_bad_style_value(root):
    file = root / "styles" / "standard.xml"
    line = replace_first(file, r'(<textstil art="text"[^>]*groesse=")[^"]+(")',
                         lambda m: m.group(1) + "zehn" + m.group(2))
    return file, line, r"zehn|groesse|Größe"


def case_missing_font(root):
    file = root / "styles" / "standard.xml"
    line = replace_first(file, r'(<schrift [^>]*normal=")[^"]+(")',
                         lambda m: m.group(1) + "Fehlt-Regular.ttf" + m.group(2))
    return file, line, r"Fehlt-Regular\.ttf"


def case_text_after_root(root):
    file = first_measures_file(root)
    text = file.read_text(encoding="utf-8").rstrip("\n") + "\n"
    file.write_text(text + "Nachwort ohne Element\n", encoding="utf-8")
    return file, text.count("\n") + 1, r"Text nach dem Wurzelelement"


def case_nul_after_root(root):
    file = root / "content" / "publikation.xml"
    data = file.read_bytes().rstrip(b"\n") + b"\n"
    file.write_bytes(data + b"\0\0")
    return file, data.count(b"\n") + 1, r"U\+0000"


def case_invalid_utf8_in_style(root):
    file = root / "styles" / "standard.xml"
    data = file.read_bytes()
    at = data.index(b"<textstil")
    file.write_bytes(data[:at] + b"<!-- Gr\xfc\xdfe -->" + data[at:])
    return file, data.count(b"\n", 0, at) + 1, r"UTF-8"


def case_doctype_with_entity(root):
    file = first_measures_file(root)
    text = file.read_text(encoding="utf-8")
    at = text.index("?>") + 2
    text = text[:at] + '\n<!DOCTYPE handlungsfeld [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>' + text[at:]
    file.write_text(text.replace("</titel>", "&xxe;</titel>", 1), encoding="utf-8")
    return file, text.count("\n", 0, text.index("<!ENTITY")) + 1, r"Entity"


cases = [case_malformed_xml, case_unknown_measure_field, case_duplicate_id,
         case_missing_required_field, case_bad_number, case_bad_year, case_unresolved_link,
         case_link_to_missing_chapter, case_image_without_alt, case_missing_image,
         case_missing_chapter_file, case_bad_style_value, case_missing_font,
         case_text_after_root, case_nul_after_root, case_invalid_utf8_in_style,
         case_doctype_with_entity]

for case in cases:
    name = case.__name__[len("case_"):]
    root = copy_repository(name)
    file, line, message = case(root)
    relative = re.escape(str(file.relative_to(root)))
    expected = re.compile(rf"(^|/){relative}:{line}:\d+: error: .*({message})", re.M | re.I)
    # --ueberschreiben: good_out belongs to the sample, and the refusal to write into another
    # publication's outputs would come before the content error this test is about.
    for command in (["check", root / "content"],
                    ["build", root / "content", "--out", good_out, "--ueberschreiben"]):
        result = run(STADTSATZ, *command, cwd=root)
        label = f"{name}: stadtsatz {command[0]}"
        check(result.returncode == 1, f"{label} exits 1 (got {result.returncode})")
        check(expected.search(result.stderr) is not None,
              f"{label} reports {file.relative_to(root)}:{line}:col: error: …/{message}/; "
              f"said: {result.stderr.strip()[:600]}")
        check("interner Fehler" not in result.stderr, f"{label}: no internal error")
    check(fingerprint(good_out) == before, f"{name}: the previous good output is untouched")

leftovers = [p.name for p in good_out.rglob(".*")
             if p.name not in (".stadtsatz-publikation", ".stadtsatz.lock")]
check(not leftovers, f"no staging leftovers in the out folder: {leftovers}")
finish()
