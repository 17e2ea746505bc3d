"""Files from outside content/ are neither read nor published: an image by absolute path or
by "..", a chapter, measures file, picture or folder inside content/ that is a symbolic link
to elsewhere — each is an error at its reference, and nothing of it reaches the outputs.
Symbolic links that stay inside content/ keep working."""
import os
import re
import shutil

from e2e import REPOSITORY, STADTSATZ, check, chapter_files, finish, fresh_folder, run

SECRET = "GEHEIMER-TEXT-VON-AUSSERHALB"


def copy_repository(name):
    """A copy of the sample plus a folder beside content/ with a picture, a chapter and a
    measures file the editor must not reach."""
    root = fresh_folder(name)
    for folder in ("content", "styles", "fonts"):
        shutil.copytree(REPOSITORY / folder, root / folder)
    outside = root / "ausserhalb"
    outside.mkdir()
    shutil.copy(REPOSITORY / "content" / "bilder" / "prozess.png", outside / "geheim.png")
    (outside / "kapitel.md").write_text(f"# Geheim\n\n{SECRET}\n", encoding="utf-8")
    shutil.copy(sorted((REPOSITORY / "content" / "handlungsfelder").glob("*.xml"))[0],
                outside / "massnahmen.xml")
    return root


def add_image(root, reference):
    """Appends a picture to a chapter; returns (chapter path below content, line)."""
    chapter = chapter_files(root / "content")[1]
    text = chapter.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    line = text.count("\n") + 1
    chapter.write_text(text + f"![Ein Bild von außerhalb]({reference})\n", encoding="utf-8")
    return str(chapter.relative_to(root / "content")), line


def add_part(root, element, file):
    """Adds <kapitel datei=…/> or <massnahmen datei=…/> to the edition; returns its line."""
    manifest = root / "content" / "publikation.xml"
    text = manifest.read_text(encoding="utf-8")
    anchor = text.index('    <kapitel datei="kapitel/08-anhang.md"')
    line = text.count("\n", 0, anchor) + 1
    text = text[:anchor] + f'    <{element} datei="{file}"/>\n' + text[anchor:]
    manifest.write_text(text, encoding="utf-8")
    return "publikation.xml", line


def case_absolute_image(root):
    return add_image(root, root / "ausserhalb" / "geheim.png")


def case_dotdot_image(root):
    return add_image(root, "../ausserhalb/geheim.png")


def case_deep_dotdot_image(root):
    return add_image(root, "bilder/../../../../../../.." + str(root / "ausserhalb/geheim.png"))


def case_symlinked_image(root):
    os.symlink(root / "ausserhalb" / "geheim.png", root / "content" / "bilder" / "link.png")
    return add_image(root, "bilder/link.png")


def case_symlinked_chapter(root):
    os.symlink("../../ausserhalb/kapitel.md", root / "content" / "kapitel" / "09-link.md")
    return add_part(root, "kapitel", "kapitel/09-link.md")


def case_symlinked_folder(root):
    os.symlink("../ausserhalb", root / "content" / "extern")
    return add_part(root, "kapitel", "extern/kapitel.md")


def case_symlinked_measures(root):
    os.symlink(root / "ausserhalb" / "massnahmen.xml",
               root / "content" / "handlungsfelder" / "07-link.xml")
    return add_part(root, "massnahmen", "handlungsfelder/07-link.xml")


def case_symlinked_image_folder(root):
    os.symlink(root / "ausserhalb", root / "content" / "bilder" / "extern")
    return add_image(root, "bilder/extern/geheim.png")


cases = [case_absolute_image, case_dotdot_image, case_deep_dotdot_image, case_symlinked_image,
         case_symlinked_chapter, case_symlinked_folder, case_symlinked_measures,
         case_symlinked_image_folder]

for case in cases:
    name = case.__name__[len("case_"):]
    root = copy_repository("confinement-" + name)
    file, line = case(root)
    out = root / "out"
    expected = re.compile(rf"(^|/){re.escape(file)}:{line}:\d+: error: .*außerhalb von content/",
                          re.M)
    for command in (["check", root / "content"], ["build", root / "content", "--out", out]):
        result = run(STADTSATZ, *command)
        label = f"{name}: stadtsatz {command[0]}"
        check(result.returncode == 1, f"{label} exits 1 (got {result.returncode})")
        check(expected.search(result.stderr) is not None,
              f"{label} reports {file}:{line}:col: … außerhalb von content/; "
              f"said: {result.stderr.strip()[:800]}")
    published = [str(path) for path in out.rglob("*") if path.is_file()
                 and path.name != ".stadtsatz.lock"] if out.exists() else []
    check(published == [], f"{name}: nothing is published: {published}")

# A symbolic link that stays inside content/ is fine: the picture is read and published.
root = copy_repository("confinement-inside-link")
os.symlink("prozess.png", root / "content" / "bilder" / "alias.png")
add_image(root, "bilder/alias.png")
out = root / "out"
result = run(STADTSATZ, "build", root / "content", "--out", out)
check(result.returncode == 0, "a link inside content/ builds: " + result.stderr[-1500:])
check(any(path.name == "alias.png" for path in out.rglob("*.png")), "the linked picture is "
      "published")
finish()
