"""The output commit never loses work: a build killed (SIGKILL) at any moment leaves every
output path complete, old or new; the next build removes what the killed one left; two
builds into one out/ folder both succeed (the lock in out/ serialises their commits)."""
import os
import random
import signal
import subprocess
import time

from e2e import CONTENT, STADTSATZ, check, finish, fresh_folder, output_paths, run

PAUSE = "STADTSATZ_COMMIT_PAUSE_MS"


def build_command(out):
    return [str(STADTSATZ), "build", str(CONTENT), "--out", str(out)]


def complete(out, label):
    """Every output path holds a complete output: both PDFs parse, the site has its index."""
    druck, screen, site = output_paths(out)
    for pdf in (druck, screen):
        result = run("pdfinfo", pdf)
        check(result.returncode == 0,
              f"{label}: {pdf.name} is a complete PDF ({result.stderr.strip()[:200]})")
    check((site / "index.html").is_file(), f"{label}: html/index.html exists")
    check(len(list(site.glob("*.html"))) > 3, f"{label}: the site has all its pages")


def leftovers(out):
    return sorted(str(path.relative_to(out)) for path in out.rglob(".*")
                  if path.name not in (".stadtsatz.lock", ".stadtsatz-publikation"))


def start(out, pause_ms=None):
    environment = dict(os.environ)
    if pause_ms is not None:
        environment[PAUSE] = str(pause_ms)
    return subprocess.Popen(build_command(out), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=environment)


def kill(process):
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stderr.close()


out = fresh_folder("commit-out")
first = run(*build_command(out))
check(first.returncode == 0, "the sample builds: " + first.stderr[-2000:])
complete(out, "first build")

# How many steps the commit has: the hook names each one on standard error.
probe = run("env", f"{PAUSE}=1", *build_command(out))
check(probe.returncode == 0, "a build with the pause hook succeeds: " + probe.stderr[-2000:])
steps = probe.stderr.count("Übernahme Schritt")
check(steps >= 4, f"the commit has a step per output and one to clean up (got {steps})")

# Killed just before each step (the new outputs before it are in place, the ones after it
# are not): every path is complete, and the next build clears what the killed one left.
# The hook waits before every step, so a pause of a few seconds is time enough to kill the
# build at the announced step without waiting minutes to reach the last one.
for step in range(1, steps + 1):
    process = start(out, pause_ms=3_000)
    while True:
        line = process.stderr.readline()
        if not line or f"Übernahme Schritt {step}\n" in line:
            break
    check(bool(line), f"step {step}: the build reached the step")
    kill(process)
    complete(out, f"killed before commit step {step}")
    check(any(".stadtsatz-staging-" in name for name in leftovers(out)),
          f"killed before step {step}: the killed build's staging folder is there")
    # A dead build's leftovers of older versions: a set-aside site beside the outputs.
    (output_paths(out)[2].parent / f".html.alt-{process.pid}").mkdir(exist_ok=True)
    result = run(*build_command(out))
    check(result.returncode == 0, f"after step {step}: the next build succeeds "
                                  + result.stderr[-1000:])
    complete(out, f"build after the kill before step {step}")
    check(leftovers(out) == [], f"after step {step}: leftovers removed: {leftovers(out)}")

# Killed at random moments of whole builds (reading, layout, writing, commit).
started = time.monotonic()
run(*build_command(out))
duration = time.monotonic() - started
random.seed(8)
for attempt in range(16):
    process = start(out)
    time.sleep(random.uniform(0, duration * 1.1))
    kill(process)
    complete(out, f"random kill {attempt} after {duration:.1f} s build")
result = run(*build_command(out))
check(result.returncode == 0, "after the random kills the build succeeds " + result.stderr[-1000:])
check(leftovers(out) == [], f"after the random kills leftovers removed: {leftovers(out)}")

# Two builds at once into one out/: with slow commits they overlap, the second waits.
for pause_ms in (None, 300):
    processes = [start(out, pause_ms) for _ in range(2)]
    for index, process in enumerate(processes):
        _, errors = process.communicate(timeout=600)
        check(process.returncode == 0,
              f"concurrent build {index} (pause {pause_ms}) succeeds: {errors[-1000:]}")
    complete(out, f"after two concurrent builds (pause {pause_ms})")
    check(leftovers(out) == [], f"two concurrent builds leave nothing behind: {leftovers(out)}")
finish()
