"""`stadtsatz watch` rebuilds after a saved change, only the editions the change affects,
keeps the last good outputs on an error, stops on SIGTERM; `--serve` previews the site on
127.0.0.1 with a reload script that only the served pages carry, and refuses paths out."""
import http.client
import queue
import re
import shutil
import signal
import subprocess
import threading
import time

from e2e import DONAUSTADT, STADTSATZ, check, finish, fresh_folder, normalise_space, pdf_pages_text

root = fresh_folder("watch")
publication = root / "donaustadt"
shutil.copytree(DONAUSTADT.parent, publication)  # follows the fonts and icc links
content = publication / "content"

# A second edition with a chapter of its own: changes to the other chapters do not touch it.
(content / "kapitel" / "99-kurz.md").write_text(
    "# Kurzfassung\n\nDie Kurzfassung enthält nur dieses Kapitel.\n", encoding="utf-8")
manifest = (content / "publikation.xml").read_text(encoding="utf-8")
manifest = manifest.replace("  <!-- Angaben für die Erklärung", """  <ausgabe id="kurz" titel="Kurzfassung" stil="donaustadt.xml" dateiname="kurz">
    <kapitel datei="kapitel/99-kurz.md"/>
  </ausgabe>
  <!-- Angaben für die Erklärung""", 1)
(content / "publikation.xml").write_text(manifest, encoding="utf-8")

process = subprocess.Popen([STADTSATZ, "watch", "--serve", "0"], cwd=publication,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
lines = queue.Queue()
stderr_text = []


def pump(stream, sink):
    for line in stream:
        sink(line)


threading.Thread(target=pump, args=(process.stdout, lines.put), daemon=True).start()
threading.Thread(target=pump, args=(process.stderr, stderr_text.append), daemon=True).start()


def wait_for(pattern, seconds=180):
    """The next stdout line matching pattern (lines before it are printed and skipped)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            if process.poll() is not None:
                break
            continue
        print("watch: " + line.rstrip())
        match = re.search(pattern, line)
        if match:
            return match
    print("stderr: " + "".join(stderr_text)[-3000:])
    raise SystemExit(f"FAIL: watch printed no line matching {pattern!r}")


def request(method, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(method, path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def site_text(edition):
    """The text of the edition's pages, soft hyphens removed and spaces normalised."""
    return normalise_space(" ".join(
        p.read_text(encoding="utf-8").replace("\u00a0", " ").replace("\u202f", " ")
        for p in sorted((publication / "out" / edition / "html").glob("*.html"))))


first = wait_for(r"^gebaut in (\d+) ms: alle Ausgaben")
port = int(wait_for(r"^Vorschau: http://127\.0\.0\.1:(\d+)/").group(1))
wait_for(r"^Beobachte")
pdf = publication / "out" / "standard" / "klimaanpassung-musterstadt.pdf"
short_site = publication / "out" / "kurz" / "html" / "index.html"
check(pdf.is_file() and short_site.is_file(), "the first build wrote both editions")
short_before = short_site.stat().st_mtime_ns

# The preview: pages with the reload script, the files on disk without.
response, body = request("GET", "/")
check(response.status == 302 and response.getheader("Location") == "/standard/",
      f"/ leads to the first edition ({response.status})")
response, body = request("GET", "/standard/")
check(response.status == 200 and response.getheader("Content-Type").startswith("text/html"),
      f"GET /standard/ serves the start page ({response.status})")
check(b"/__stadtsatz/version" in body, "the served page carries the reload script")
on_disk = (publication / "out" / "standard" / "html" / "index.html").read_text(encoding="utf-8")
check("<script" not in on_disk, "the page on disk has no script")
response, body = request("HEAD", "/standard/index.html")
check(response.status == 200 and body == b"" and int(response.getheader("Content-Length")) > 0,
      "HEAD answers with headers only")
css = [p.name for p in (publication / "out" / "standard" / "html").rglob("*.css")]
if css:
    response, body = request("GET", "/standard/" + css[0])
    check(response.getheader("Content-Type").startswith("text/css"), "CSS as text/css")
response, _ = request("GET", "/standard/klimaanpassung-musterstadt.pdf")
check(response.status == 200 and response.getheader("Content-Type") == "application/pdf",
      "the PDF download as application/pdf")
# Each of these would reach content/publikation.xml if ".." were followed.
for path in ("/standard/../../../content/publikation.xml",
             "/standard/%2e%2e/%2e%2e/%2e%2e/content/publikation.xml",
             "/standard/..%2f..%2f..%2fcontent%2fpublikation.xml",
             "/../content/publikation.xml"):
    response, body = request("GET", path)
    check(response.status == 403 and b"<publikation" not in body,
          f"{path} is refused ({response.status})")
(publication / "out" / "standard" / "html" / "ausweg").symlink_to(content / "publikation.xml")
response, body = request("GET", "/standard/ausweg")
check(response.status == 404 and b"<publikation" not in body, "a symbolic link out is not followed")
response, _ = request("POST", "/standard/index.html")
check(response.status == 405, "POST is not allowed")
response, version_before = request("GET", "/__stadtsatz/version")

# A saved change to a chapter of the standard edition only.
chapter = content / "kapitel" / "01-klima-im-wandel.md"
chapter.write_text(chapter.read_text(encoding="utf-8") +
                   "\nDie Probe 4711 steht hier nach dem Speichern.\n", encoding="utf-8")
rebuilt = wait_for(r"^(gebaut in (\d+) ms|Fehler nach)")
check(re.match(r"gebaut in \d+ ms: standard$", rebuilt.string.strip()) is not None,
      f"a chapter change rebuilds only the edition that lists it: {rebuilt.string.strip()}")
check("Probe 4711 steht hier" in site_text("standard"), "the rebuilt site has the new sentence")
pdf_text = normalise_space(" ".join(pdf_pages_text(pdf)))
check("Probe 4711 steht hier nach dem Speichern" in pdf_text, "the rebuilt PDF has the new sentence")
check(short_site.stat().st_mtime_ns == short_before, "the other edition was not rebuilt")
response, version_after = request("GET", "/__stadtsatz/version")
check(version_after != version_before, "the reload version changed after the build")

# An error: reported, and the last good outputs stay.
chapter.write_text(chapter.read_text(encoding="utf-8") + "\nSiehe [dort](#gibt-es-nicht).\n",
                   encoding="utf-8")
wait_for(r"^Fehler nach")
time.sleep(0.3)
check(re.search(r"kapitel/01-klima-im-wandel\.md:\d+:\d+: error: .*gibt-es-nicht",
                "".join(stderr_text)) is not None,
      "the error is printed as file:line:column")
check("Probe 4711 steht hier" in site_text("standard"), "the last good site stays")

# A change no edition uses builds nothing; a style change rebuilds the editions using it.
(content / "kapitel" / "unbenutzt.md").write_text("# Entwurf\n", encoding="utf-8")
wait_for(r"^keine Ausgabe betroffen")
style = publication / "styles" / "donaustadt.xml"
chapter.write_text(chapter.read_text(encoding="utf-8").replace("Siehe [dort](#gibt-es-nicht).", ""),
                   encoding="utf-8")
style.write_text(style.read_text(encoding="utf-8") + "\n", encoding="utf-8")
wait_for(r"^gebaut in \d+ ms: kurz, standard")

# A folder created while watching is watched too; editors' swap files are no change.
(content / "bilder" / "neu").mkdir()
wait_for(r"^gebaut in \d+ ms: alle Ausgaben")
(content / "kapitel" / ".01-klima-im-wandel.md.swp").write_bytes(b"vim")
(content / "bilder" / "neu" / "karte.txt").write_text("Quelle der Karte\n", encoding="utf-8")
changed = wait_for(r"^geändert:")
check(changed.string.strip() == "geändert: content/bilder/neu/karte.txt",
      f"a file in the new folder is seen, the swap file is not: {changed.string.strip()}")
wait_for(r"^gebaut in \d+ ms: alle Ausgaben")

process.send_signal(signal.SIGTERM)
try:
    code = process.wait(timeout=30)
except subprocess.TimeoutExpired:
    process.kill()
    code = None
check(code == 0, f"watch stops cleanly on SIGTERM (exit {code})")
leftovers = [p.name for p in (publication / "out").rglob(".*")
             if p.name not in (".stadtsatz-publikation", ".stadtsatz.lock")]
check(not leftovers, f"no staging leftovers: {leftovers}")
finish()
