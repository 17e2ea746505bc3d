"""Benchmark (not a test): how long `stadtsatz watch` takes to rebuild the sample after one
chapter is saved. Copies content/, styles/ and fonts/ into a temporary folder, starts watch,
appends a sentence to a chapter ROUNDS times and prints each rebuild's time as watch reports
it ("gebaut in N ms"), the CPU time watch spent on it (user + system, from /proc: on a busy
machine the wall-clock time mostly measures the wait for a core), the medians, and the time
from saving to the rebuilt site.

Usage: python3 tests/bench/watch_rebuild_bench.py build/stadtsatz [ROUNDS] [watch options…]
e.g.   python3 tests/bench/watch_rebuild_bench.py build/stadtsatz 5 --format html
"""
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import os
import time
from pathlib import Path

stadtsatz = Path(sys.argv[1]).resolve()
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
options = sys.argv[3:]
repository = Path(__file__).resolve().parents[2]

with tempfile.TemporaryDirectory() as folder:
    root = Path(folder)
    for name in ("content", "styles", "fonts"):
        shutil.copytree(repository / name, root / name)
    process = subprocess.Popen([stadtsatz, "watch", *options], cwd=root, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def cpu_milliseconds():
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")

    def next_build():
        for line in process.stdout:
            match = re.match(r"gebaut in (\d+) ms", line)
            if match:
                return int(match.group(1))
            if line.startswith("Fehler"):
                raise SystemExit("the build failed: " + line)
        raise SystemExit("watch ended")

    print(f"first build: {next_build()} ms")
    chapter = root / "content" / "kapitel" / "04-leitlinien.md"
    builds, round_trips, cpu = [], [], []
    for number in range(rounds):
        time.sleep(0.5)
        saved, cpu_before = time.monotonic(), cpu_milliseconds()
        chapter.write_text(chapter.read_text(encoding="utf-8") +
                           f"\nEin neuer Satz, Nummer {number}.\n", encoding="utf-8")
        builds.append(next_build())
        round_trips.append((time.monotonic() - saved) * 1000)
        cpu.append(cpu_milliseconds() - cpu_before)
        print(f"rebuild {number + 1}: {builds[-1]} ms, CPU {cpu[-1]:.0f} ms "
              f"(save to done: {round_trips[-1]:.0f} ms)")
    process.send_signal(signal.SIGTERM)
    process.wait()
    print(f"median rebuild: {statistics.median(builds)} ms, CPU {statistics.median(cpu):.0f} ms; "
          f"median save to done: "
          f"{statistics.median(round_trips):.0f} ms (incl. 150 ms debounce)")
