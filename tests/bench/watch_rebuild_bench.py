"""Benchmark (not a test): how long `stadtsatz watch` takes to rebuild the sample after one
chapter is saved. Copies content/, styles/ and fonts/ into a temporary folder, starts watch,
appends a sentence to a chapter ROUNDS times and prints each rebuild's time as watch reports
it ("gebaut in N ms"), the median, and the time from saving to the rebuilt site.

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
    builds, round_trips = [], []
    for number in range(rounds):
        time.sleep(0.5)
        saved = time.monotonic()
        chapter.write_text(chapter.read_text(encoding="utf-8") +
                           f"\nEin neuer Satz, Nummer {number}.\n", encoding="utf-8")
        builds.append(next_build())
        round_trips.append((time.monotonic() - saved) * 1000)
        print(f"rebuild {number + 1}: {builds[-1]} ms (save to done: {round_trips[-1]:.0f} ms)")
    process.send_signal(signal.SIGTERM)
    process.wait()
    print(f"median rebuild: {statistics.median(builds)} ms; median save to done: "
          f"{statistics.median(round_trips):.0f} ms (incl. 150 ms debounce)")
