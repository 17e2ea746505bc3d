"""The workplace's independent output checkers: check-pdf (qpdf, poppler) on both PDFs and
check-html (axe-core WCAG 2.1 AA in Chromium + Nu HTML Checker) on the site.

They live in ../shared/tools next to the repository. Without them, or when a checker cannot
set itself up (exit 2), the test is skipped (77) on a developer's machine and fails in CI.
"""
from e2e import (build_sample, check, finish, fresh_folder, output_paths, run_checker,
                 workplace_tool)

check_pdf = workplace_tool("check-pdf")
check_html = workplace_tool("check-html")

out = fresh_folder("out")
build_sample(out)
print_pdf, screen_pdf, site = output_paths(out)

result = run_checker(check_pdf, print_pdf, "--require-print")
check(result.returncode == 0, "check-pdf --require-print passes the print PDF")

result = run_checker(check_pdf, screen_pdf)
check(result.returncode == 0, "check-pdf passes the screen PDF")

result = run_checker(check_html, site, report_length=6000)
check(result.returncode == 0, "check-html passes every page of the site")
finish()
