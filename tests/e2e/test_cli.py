"""The command line: help, formats, editions, usage errors, check writes nothing, --version,
where `build` finds its content and which output folders it refuses to write into."""
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from e2e import (CONTENT, DONAUSTADT, REPOSITORY, STADTSATZ, check, finish, fresh_folder,
                 output_paths, run)

for arguments in (["--help"], ["build", "--help"], ["check", "--help"]):
    result = run(STADTSATZ, *arguments)
    check(result.returncode == 0 and "Aufruf" in result.stdout, f"stadtsatz {' '.join(arguments)}")

result = run(STADTSATZ, "build", "--gibt-es-nicht")
check(result.returncode == 2, f"an unknown option is a usage error (exit {result.returncode})")
result = run(STADTSATZ, "build", CONTENT, "--format", "pdf")
check(result.returncode == 2, "an unknown format is a usage error")
result = run(STADTSATZ, "frobnicate")
check(result.returncode == 2, "an unknown command is a usage error")

out = fresh_folder("html-only")
result = run(STADTSATZ, "build", CONTENT, "--out", out, "--format", "html", "--timings")
check(result.returncode == 0, "build --format html succeeds: " + result.stderr[-1000:])
print_pdf, screen_pdf, site = output_paths(out)
check((site / "index.html").is_file(), "--format html writes the site")
check(not print_pdf.exists() and not screen_pdf.exists(), "--format html writes no PDF")
check("html" in result.stderr and "gesamt" in result.stderr, "--timings prints stage times")

out = fresh_folder("unknown-edition")
result = run(STADTSATZ, "build", CONTENT, "--out", out, "--edition", "gibt-es-nicht")
check(result.returncode == 1 and "gibt-es-nicht" in result.stderr, "an unknown edition is an error")
check(not any(out.iterdir()), "nothing written for an unknown edition")

out = fresh_folder("check")
result = run(STADTSATZ, "check", CONTENT, cwd=out)
check(result.returncode == 0, "check succeeds on the sample: " + result.stderr[-1000:])
check(not any(out.iterdir()), "check writes nothing")


# --version prints the CMake project version.
version = re.search(r"project\(stadtsatz VERSION ([0-9.]+)",
                    (REPOSITORY / "CMakeLists.txt").read_text()).group(1)
result = run(STADTSATZ, "--version")
check(result.returncode == 0 and result.stdout.strip() == f"stadtsatz {version}",
      f"--version prints 'stadtsatz {version}': {result.stdout!r}")

# An unknown option is named, with the nearest known one; its value is not blamed.
result = run(STADTSATZ, "build", CONTENT, "--edtion", "standard")
check(result.returncode == 2 and "unbekannte Option --edtion" in result.stderr
      and "meinten Sie --edition?" in result.stderr and "unerwartetes Argument" not in result.stderr,
      f"--edtion is named with a suggestion: {result.stderr.strip()}")
result = run(STADTSATZ, "check", CONTENT, "--editoin=standard")
check(result.returncode == 2 and "unbekannte Option --editoin" in result.stderr,
      f"check names --editoin=…: {result.stderr.strip()}")
result = run(STADTSATZ, "build", CONTENT, CONTENT)
check(result.returncode == 2 and "unerwartetes Argument" in result.stderr,
      "a second content folder is an unexpected argument")

# An unknown edition lists the editions there are.
out = fresh_folder("unknown-edition-list")
result = run(STADTSATZ, "build", CONTENT, "--out", out, "--edition", "standrad")
check(result.returncode == 1 and "vorhandene Ausgaben: standard" in result.stderr
      and "meinten Sie „standard“" in result.stderr,
      f"an unknown edition lists the editions: {result.stderr.strip()}")

# A trailing slash on the content folder: styles/ and fonts/ are still its siblings.
result = run(STADTSATZ, "check", str(CONTENT) + "/")
check(result.returncode == 0, "check content/ (trailing slash) succeeds: " + result.stderr[-800:])
out = fresh_folder("trailing-slash")
result = run(STADTSATZ, "build", str(DONAUSTADT) + "//", "--out", out, "--format", "html")
check(result.returncode == 0, "build content// succeeds: " + result.stderr[-800:])

# Without a folder, build uses ./content or the nearest parent's; outside one it says so.
# (A temporary folder outside the repository: inside it, the sample would be found.)
with tempfile.TemporaryDirectory() as nowhere:
    result = run(STADTSATZ, "build", cwd=nowhere)
    check(result.returncode == 1 and "kein Inhaltsordner gefunden" in result.stderr
          and "stadtsatz init" in result.stderr,
          f"build without content says so: {result.returncode} {result.stderr.strip()}")
    check(not any(Path(nowhere).iterdir()), "build without content writes nothing")
    result = run(STADTSATZ, "check", cwd=nowhere)
    check(result.returncode == 1 and "kein Inhaltsordner gefunden" in result.stderr,
          "check without content says so")

    # A copy of the second publication; build from a subfolder of it.
    publication = Path(nowhere) / "donaustadt"
    shutil.copytree(DONAUSTADT.parent, publication, symlinks=False)
    result = run(STADTSATZ, "build", "--format", "html", cwd=publication / "content" / "kapitel")
    check(result.returncode == 0, "build from content/kapitel/ succeeds: " + result.stderr[-800:])
    check(f"Baue {publication / 'content'} …" in result.stdout,
          f"build says which folder it builds: {result.stdout[:300]}")
    site = publication / "out" / "standard" / "html" / "index.html"
    check(site.is_file() and "Musterstadt" in site.read_text(encoding="utf-8"),
          "the parent's publication is built into out/ beside its content/")
    marker = publication / "out" / ".stadtsatz-publikation"
    check(marker.is_file() and marker.read_text().strip() == str((publication / "content").resolve()),
          "out/.stadtsatz-publikation names the content folder")

    # Refusal: the sample may not write into the Donaustadt's out/.
    before = site.read_bytes()
    result = run(STADTSATZ, "build", CONTENT, "--out", publication / "out", "--format", "html")
    check(result.returncode == 1 and "anderen Publikation" in result.stderr
          and "--ueberschreiben" in result.stderr,
          f"build refuses another publication's out/: {result.returncode} {result.stderr.strip()}")
    check(site.read_bytes() == before, "the other publication's site is untouched")
    try:  # a watch that did not refuse would run until stopped
        result = subprocess.run([STADTSATZ, "watch", CONTENT, "--out", publication / "out"],
                                capture_output=True, text=True, timeout=60)
        check(result.returncode == 1 and "anderen Publikation" in result.stderr,
              "watch refuses another publication's out/ too")
    except subprocess.TimeoutExpired:
        check(False, "watch refuses another publication's out/ too (it ran on)")
    result = run(STADTSATZ, "build", CONTENT, "--out", publication / "out", "--format", "html",
                 "--ueberschreiben")
    check(result.returncode == 0 and "Neu-Ulm" in site.read_text(encoding="utf-8"),
          "--ueberschreiben replaces them: " + result.stderr[-500:])
    check(marker.read_text().strip() == str(CONTENT.resolve()), "… and the marker follows")

    # An out/ from before markers (stadtsatz outputs, no marker) is taken over.
    marker.unlink()
    result = run(STADTSATZ, "build", "--format", "html", cwd=publication)
    check(result.returncode == 0 and marker.read_text().strip() == str((publication / "content").resolve()),
          "an out/ without marker is taken over and marked: " + result.stderr[-500:])

finish()
