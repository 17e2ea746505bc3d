"""The workplace's independent output checkers: check-pdf (qpdf, poppler) on both PDFs and
check-html (axe-core WCAG 2.1 AA in Chromium + Nu HTML Checker) on the site.

They live in ../shared/tools next to the repository; without them the test is skipped (77).
"""
import sys

from e2e import REPOSITORY, build_sample, check, finish, fresh_folder, output_paths, run

tools = REPOSITORY.parent / "shared" / "tools"
if not (tools / "check-pdf").is_file() or not (tools / "check-html").is_file():
    print(f"skipped: no output checkers in {tools}")
    sys.exit(77)

out = fresh_folder("out")
build_sample(out)
print_pdf, screen_pdf, site = output_paths(out)

result = run(tools / "check-pdf", print_pdf, "--require-print")
print(result.stdout[-3000:], result.stderr[-2000:])
check(result.returncode == 0, "check-pdf --require-print passes the print PDF")

result = run(tools / "check-pdf", screen_pdf)
print(result.stdout[-3000:], result.stderr[-2000:])
check(result.returncode == 0, "check-pdf passes the screen PDF")

result = run(tools / "check-html", site)
print(result.stdout[-6000:], result.stderr[-2000:])
if result.returncode == 2:
    # The checker could not install Chromium or its npm modules here: nothing was checked.
    finish()
    print("skipped: check-html could not set itself up (exit 2)")
    sys.exit(77)
check(result.returncode == 0, "check-html passes every page of the site")
finish()
