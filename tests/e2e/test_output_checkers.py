"""The workplace's independent output checkers: check-pdf (qpdf, poppler) on both PDFs of
every edition and check-html (axe-core WCAG 2.1 AA in Chromium + Nu HTML Checker) on every
edition's site.

They live in ../shared/tools next to the repository. Without them, or when a checker cannot
set itself up (exit 2), the test is skipped (77) on a developer's machine and fails in CI.
"""
from e2e import build_sample, check, finish, fresh_folder, manifest, run_checker, workplace_tool

check_pdf = workplace_tool("check-pdf")
check_html = workplace_tool("check-html")

out = fresh_folder("out")
build_sample(out)

for edition in manifest().findall("ausgabe"):
    folder, stem = out / edition.get("id"), edition.get("dateiname")
    result = run_checker(check_pdf, folder / f"{stem}-druck.pdf", "--require-print")
    check(result.returncode == 0, f"check-pdf --require-print passes {stem}-druck.pdf")
    result = run_checker(check_pdf, folder / f"{stem}.pdf")
    check(result.returncode == 0, f"check-pdf passes {stem}.pdf")
    check((folder / "html" / "index.html").is_file(), f"{edition.get('id')} has its site")

# out/ is the site root: the editions' sites link to each other across it.
result = run_checker(check_html, out, report_length=6000)
check(result.returncode == 0, "check-html passes every page of every edition's site")
finish()
