"""Damaged input never crashes: random (but repeatable) damage to the sample's files makes
`stadtsatz check` exit 0 or 1 with file:line:column messages, never a crash or an internal
error. The damage imitates editors' accidents: lines deleted, duplicated or swapped,
characters dropped, stray bytes, cut files."""
import os
import random
import re
import shutil
import subprocess

from e2e import REPOSITORY, STADTSATZ, check, finish, fresh_folder

SEED = int(os.environ.get("STADTSATZ_MUTATION_SEED", 20261124))
ROUNDS = int(os.environ.get("STADTSATZ_MUTATION_ROUNDS", 80))  # more for a local search
random.seed(SEED)

root = fresh_folder("mutations")
for folder in ("content", "styles", "fonts"):
    shutil.copytree(REPOSITORY / folder, root / folder)
targets = ([root / "content" / "publikation.xml", root / "styles" / "standard.xml",
            root / "content" / "trennungen.txt"]
           + sorted((root / "content" / "kapitel").glob("*.md"))
           + sorted((root / "content" / "handlungsfelder").glob("*.xml")))
originals = {path: path.read_bytes() for path in targets}


def damage(data):
    lines = data.split(b"\n")
    kind = random.choice(["delete", "duplicate", "swap", "drop", "bytes", "cut", "brackets"])
    index = random.randrange(len(lines))
    if kind == "delete":
        del lines[index]
    elif kind == "duplicate":
        lines.insert(index, lines[index])
    elif kind == "swap":
        other = random.randrange(len(lines))
        lines[index], lines[other] = lines[other], lines[index]
    elif kind == "drop" and lines[index]:
        position = random.randrange(len(lines[index]))
        lines[index] = lines[index][:position] + lines[index][position + 1:]
    elif kind == "bytes":
        position = random.randrange(len(lines[index]) + 1)
        stray = bytes(random.randrange(256) for _ in range(random.randint(1, 4)))
        lines[index] = lines[index][:position] + stray + lines[index][position:]
    elif kind == "cut":
        return data[:random.randrange(len(data) + 1)]
    else:
        lines[index] = lines[index] + random.choice([b"<", b">", b"[", b"](", b"&", b"]]>", b"|"])
    return b"\n".join(lines)


diagnostic = re.compile(r"^\S+:\d+:\d+: (error|warning): .+$")
for round_number in range(ROUNDS):
    for path, data in originals.items():
        path.write_bytes(data)
    victims = random.sample(targets, random.randint(1, 2))
    for victim in victims:
        victim.write_bytes(damage(victim.read_bytes()))
    result = subprocess.run([STADTSATZ, "check", root / "content"], capture_output=True, cwd=root)
    names = ", ".join(str(v.relative_to(root)) for v in victims)
    try:
        result.stderr = result.stderr.decode("utf-8")
    except UnicodeDecodeError as error:
        check(False, f"round {round_number} ({names}): messages are valid UTF-8 ({error})")
        result.stderr = result.stderr.decode("utf-8", errors="replace")
    check(result.returncode in (0, 1), f"round {round_number} ({names}): exit {result.returncode}")
    check("interner Fehler" not in result.stderr, f"round {round_number} ({names}): no internal error")
    messages = [line for line in result.stderr.splitlines() if not line.startswith("stadtsatz")]
    check(all(diagnostic.match(line) for line in messages),
          f"round {round_number} ({names}): every message is file:line:column: …\n"
          + "\n".join(line for line in messages if not diagnostic.match(line))[:500])
    if result.returncode == 1:
        check(any(": error: " in line for line in messages),
              f"round {round_number} ({names}): exit 1 comes with an error message")
finish()
