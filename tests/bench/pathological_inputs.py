"""Bench of pathological inputs (issue 8): builds each case of pathological_cases.py at 1×, 4×
and 16× its size and prints the time and peak memory of every `stadtsatz build`, and the growth
from 1× to 4× and to 16×.

    python3 tests/bench/pathological_inputs.py build/stadtsatz . [SCRATCH] [--case NAME]...

The check uses CPU time (user + system of the build process and its threads), column "cost":
for a case that builds, less the CPU time of a build of an almost empty publication (the fixed
cost of start-up, fonts and writing three outputs); for a case that must fail, raw, since it
stops before layout and output and so costs less than that baseline. On a machine shared with
other work CPU time is steadier than wall time, which the table shows too, raw. It fails (exit 1) when a case grows more than 6× from 1× to 4× or more
than 24× from 1× to 16× (quadratic growth would be 16× and 256×), when a run peaks above
2 GiB, when a run ends by a signal, or when a case meant to fail gives no error saying why. A
case may reach a documented limit at larger sizes (Case.limit): that clear error counts as its
outcome, and the table says so.
Each time in the growth is at least `FLOOR` seconds, so that noise around a near-zero cost
cannot fake a growth; each size runs up to three times (once above 3 s) and its least CPU
time counts, as the baseline's does.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pathological_cases import CASES, empty, make_publication  # noqa: E402

FACTORS = (1, 4, 16)
LIMIT_4 = 6.0
LIMIT_16 = 24.0
PEAK_LIMIT_KIB = 2 * 1024 * 1024
FLOOR = 0.05  # seconds
REPEATS = 3  # builds per size of a case, the least CPU time counts
REPEAT_BELOW = 3.0  # seconds of CPU: longer builds run once


def build(stadtsatz, root):
    """Runs one build; returns (wall s, cpu s, peak KiB, exit status, stderr)."""
    started = time.monotonic()
    process = subprocess.Popen([str(stadtsatz), "build", str(root / "content"),
                                "--out", str(root / "out")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return (wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, process.returncode,
            stderr.decode("utf-8", errors="replace"))


def steadiest_build(stadtsatz, root):
    """The run with the least CPU time of up to REPEATS builds (one when a build takes longer
    than REPEAT_BELOW seconds): a short build's time is mostly scheduling noise, which a
    single run would carry into the growth ratios, while the baseline is a minimum too."""
    runs = [build(stadtsatz, root)]
    while len(runs) < REPEATS and runs[-1][1] < REPEAT_BELOW:
        runs.append(build(stadtsatz, root))
    return min(runs, key=lambda run: run[1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("stadtsatz")
    parser.add_argument("repository")
    parser.add_argument("scratch", nargs="?")
    parser.add_argument("--case", action="append", help="run only the cases with this name")
    arguments = parser.parse_args()
    stadtsatz = Path(arguments.stadtsatz).resolve()
    repository = Path(arguments.repository).resolve()
    scratch = Path(arguments.scratch or tempfile.mkdtemp(prefix="stadtsatz-bench-")).resolve()
    root = scratch / "publication"
    cases = [case for case in CASES if not arguments.case or case.name in arguments.case]

    make_publication(root, repository, empty(1))
    baseline_runs = [build(stadtsatz, root) for _ in range(5)]
    baseline_wall = min(run[0] for run in baseline_runs)
    baseline_cpu = min(run[1] for run in baseline_runs)
    print(f"baseline (almost empty publication): {baseline_wall:.2f} s wall, "
          f"{baseline_cpu:.2f} s CPU, {baseline_runs[0][2] / 1024:.0f} MiB peak\n")

    problems = []
    header = (f"{'case':26} {'×':>3} {'n':>9} {'wall s':>7} {'CPU s':>7} {'cost s':>7} "
              f"{'peak MiB':>8}  outcome")
    print(header)
    print("-" * len(header))
    growth = []
    for case in cases:
        costs = []
        for factor in FACTORS:
            n = case.size * factor
            make_publication(root, repository, case.generate(n))
            wall, cpu, peak, code, stderr = steadiest_build(stadtsatz, root)
            errors = [line for line in stderr.splitlines() if ": error: " in line]
            if code < 0 or code > 1:
                outcome = f"exit {code}"
                problems.append(f"{case.name} {factor}×: exit {code}")
            elif case.error:
                found = any(case.error in line for line in errors)
                outcome = "error: " + (errors[0].split(": error: ", 1)[1][:60] if errors else "—")
                if code != 1 or not found:
                    problems.append(f"{case.name} {factor}×: expected the error "
                                    f"„{case.error} …“, got exit {code}")
            elif case.limit and code == 1 and any(case.limit in line for line in errors):
                outcome = "limit: " + case.limit
            else:
                outcome = "built" if code == 0 else "exit 1: " + (errors[0][:60] if errors else "")
                if code != 0:
                    problems.append(f"{case.name} {factor}×: build failed: "
                                    + (errors[0] if errors else stderr[-300:]))
            if peak > PEAK_LIMIT_KIB:
                problems.append(f"{case.name} {factor}×: peak {peak / 1024:.0f} MiB > 2 GiB")
            cost = cpu if case.error else cpu - baseline_cpu
            costs.append(max(cost, FLOOR))
            print(f"{case.name:26} {factor:>3} {n:>9} {wall:>7.2f} {cpu:>7.2f} "
                  f"{cost:>7.2f} {peak / 1024:>8.0f}  {outcome}", flush=True)
        ratio_4 = costs[1] / costs[0]
        ratio_16 = costs[2] / costs[0]
        growth.append((case.name, ratio_4, ratio_16))
        if ratio_4 > LIMIT_4 or ratio_16 > LIMIT_16:
            problems.append(f"{case.name}: growth {ratio_4:.1f}× (1×→4×), "
                            f"{ratio_16:.1f}× (1×→16×)")

    print(f"\ngrowth of the cost (limits {LIMIT_4:g}× and {LIMIT_16:g}×; linear: 4× and 16×)")
    for name, ratio_4, ratio_16 in growth:
        print(f"{name:26} 1×→4×: {ratio_4:5.1f}×   1×→16×: {ratio_16:5.1f}×")
    if problems:
        print("\nFAILED:\n" + "\n".join("  " + problem for problem in problems))
        return 1
    print("\nall cases within the limits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
