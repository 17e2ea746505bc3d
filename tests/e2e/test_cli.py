"""The command line: help, formats, editions, usage errors, check writes nothing."""
from e2e import CONTENT, STADTSATZ, check, finish, fresh_folder, output_paths, run

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

finish()
