"""Typesetting-quality bench (issue 9, item 9): builds the sample publication and prints the
figures of the issue's table from `spacing.py` (the shared checker of justified text) on its
screen PDF, next to LuaLaTeX's (babel ngerman + microtype, same text, font, size and measure).

    python3 tests/bench/spacing_report.py build/stadtsatz . [SCRATCH] [--spacing PATH] [--pdf PDF]

spacing.py is looked for in ../shared/tools next to the repository, or given with --spacing;
without it the bench fails (exit 1) and says where it looked. --pdf measures a PDF already
built instead of building the sample. The compounds file tests/bench/compounds.txt lists the
sample's compounds with | at the boundaries of their constituents.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

# LuaLaTeX's figures on the same chapter text (issue 9's table).
LUALATEX = {
    "short": "0",
    "share": "14 %",
    "row": "2",
    "fragments": "10 %",
    "joint": "43 %",
    "last_fragment": "3",
    "spaces": "0.259 / 0.355",
}


def find_spacing(root, given):
    candidates = [Path(given)] if given else [root.parent / "shared" / "tools" / "spacing.py",
                                              root.parent.parent / "shared" / "tools" / "spacing.py"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    sys.exit("spacing_report.py: spacing.py not found (looked at "
             + ", ".join(str(c) for c in candidates) + "); pass --spacing PATH")


def last_line_fragments(pdf):
    """Paragraphs whose last line is one word fragment: in a block of pdftotext -bbox-layout,
    a last line of one word in lower case after a line that ends in a hyphen at the right
    edge of the text column (the most common line end of its page), so table cells and other
    ragged text do not count."""
    import collections
    import re
    text = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8", "replace")
    line_re = re.compile(r'<line xMin="[-\d.]+" yMin="[-\d.]+" xMax="([-\d.]+)"')
    word_re = re.compile(r"<word [^>]*>(.*?)</word>")
    count = 0
    for page in text.split("<page ")[1:]:
        ends = collections.Counter(round(float(x)) for x in line_re.findall(page))
        if not ends:
            continue
        edge = ends.most_common(1)[0][0]
        for block in page.split("<block ")[1:]:
            lines = []
            for line in block.split("<line ")[1:]:
                words = word_re.findall(line)
                end = re.match(r'xMin="[-\d.]+" yMin="[-\d.]+" xMax="([-\d.]+)"', line)
                if words and end:
                    lines.append((words, float(end.group(1))))
            if len(lines) < 2:
                continue
            (last, _), (before, before_end) = lines[-1], lines[-2]
            if (len(last) == 1 and last[0][:1].islower() and before[-1].endswith(("-", "\u00ad"))
                    and abs(before_end - edge) < 8):
                count += 1
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stadtsatz")
    parser.add_argument("root")
    parser.add_argument("scratch", nargs="?")
    parser.add_argument("--spacing")
    parser.add_argument("--pdf")
    args = parser.parse_args()
    root = Path(args.root).resolve()
    spacing = find_spacing(root, args.spacing)
    if args.pdf:
        pdf = Path(args.pdf)
    else:
        scratch = Path(args.scratch or tempfile.mkdtemp(prefix="spacing-report-"))
        subprocess.run([args.stadtsatz, "build", str(root / "content"), "--out", str(scratch)],
                       check=True, stdout=subprocess.DEVNULL)
        pdf = scratch / "standard" / "integrationskonzept.pdf"
    compounds = root / "tests" / "bench" / "compounds.txt"
    result = subprocess.run([sys.executable, str(spacing), str(pdf), "--json", "--compounds",
                             str(compounds)], check=True, capture_output=True)
    figures = json.loads(result.stdout)
    lines = max(1, figures["justified_lines"])
    breaks = max(1, figures["hyphenations_auto"])
    at = figures.get("compound_breaks_at_boundary", 0)
    compound = max(1, at + figures.get("compound_breaks_not_at_boundary", 0))
    rows = [
        ("hyphenated lines that end short of the right margin",
         str(figures["hyphenated_lines_short_of_margin"]), LUALATEX["short"]),
        ("share of lines ending in a hyphen",
         f"{100 * figures['hyphenated_line_ends'] / lines:.0f} %", LUALATEX["share"]),
        ("most hyphenated lines in a row", str(figures["max_consecutive_hyphen_lines"]),
         LUALATEX["row"]),
        ("breaks leaving a fragment of ≤ 2 letters",
         f"{100 * figures['short_fragment_breaks'] / breaks:.0f} % "
         f"({figures['short_fragment_breaks']} of {figures['hyphenations_auto']})",
         LUALATEX["fragments"]),
        ("compound breaks at the compound joint", f"{100 * at / compound:.0f} % ({at} of {compound})",
         LUALATEX["joint"]),
        ("paragraphs whose last line is one word fragment", str(last_line_fragments(pdf)),
         LUALATEX["last_fragment"]),
        ("space median / p95 (em)",
         f"{figures['space_median_em']:.3f} / {figures['space_p95_em']:.3f}", LUALATEX["spaces"]),
        ("lines looser than 0.5 em", f"{100 * figures['loose_share_gt_0.5em']:.1f} %", ""),
        ("overfull lines", str(figures["overfull_lines_gt_0.6em"]), ""),
    ]
    print(f"{pdf} ({figures['justified_lines']} justified lines)")
    print(f"| | Stadtsatz | LuaLaTeX, same text |")
    print(f"|---|---|---|")
    for name, ours, theirs in rows:
        print(f"| {name} | {ours} | {theirs} |")


if __name__ == "__main__":
    main()
