#!/usr/bin/env bash
# Renders the sample's figures from their SVG sources into content/bilder/:
#   prozess.svg    -> ../prozess.png     2400 x 1050
#   stadtteile.svg -> ../stadtteile.png  2400 x 1215
#   piktogramme/*.svg -> ../piktogramme/*.png  360 x 360 (30 mm at 300 ppi)
# 8-bit RGB without alpha (flattened on white), pHYs 300 ppi, recompressed losslessly.
#
# Needs the Debian 12 packages librsvg2-bin (rsvg-convert) and optipng, plus python3 and
# fontconfig, which the build set-up already has:
#   apt-get install librsvg2-bin optipng
# The text is set in Noto Sans from the repository's fonts/: a fontconfig configuration made
# for this run lists that folder and nothing else, so no system font can stand in.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fonts="$(cd "$here/../../../fonts" && pwd)"
out="$(cd "$here/.." && pwd)"

for tool in rsvg-convert optipng python3 fc-match; do
    command -v "$tool" >/dev/null || {
        echo "render.sh: $tool is missing" \
            "(apt-get install librsvg2-bin optipng python3 fontconfig)" >&2
        exit 2
    }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>$fonts</dir>
  <cachedir>$work/cache</cachedir>
</fontconfig>
EOF
export FONTCONFIG_FILE="$work/fonts.conf"
for style in Regular Bold; do
    found="$(fc-match -f '%{file}' "Noto Sans:style=$style")"
    [[ "$found" == "$fonts/NotoSans-$style.ttf" ]] || {
        echo "render.sh: Noto Sans $style resolves to '$found', not fonts/NotoSans-$style.ttf" >&2
        exit 1
    }
done

render() { # name (may hold a folder), expected height at the width [default 2400 px]
    local name="$1" height="$2" width="${3:-2400}"
    mkdir -p "$(dirname "$work/$name.png")" "$(dirname "$out/$name.png")"
    rsvg-convert --width "$width" --height "$height" --background-color white \
        --output "$work/$name.png" "$here/$name.svg"
    # rsvg-convert flattens on the white background and writes 8-bit RGB; check that, then
    # add pHYs: 300 ppi = 11811 pixels per metre.
    python3 - "$work/$name.png" "$width" "$height" <<'PY'
import struct, sys, zlib
path, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = open(path, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
chunks, at = [], 8
while at < len(data):
    length, kind = struct.unpack(">I4s", data[at:at + 8])
    if kind != b"pHYs":
        chunks.append((kind, data[at + 8:at + 8 + length]))
    at += 12 + length
w, h, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
assert (w, h) == (width, height), f"{path}: {w} x {h}, expected {width} x {height}"
assert (depth, colour, interlace) == (8, 2, 0), f"{path}: not 8-bit RGB without alpha"
chunks.insert(1, (b"pHYs", struct.pack(">IIB", 11811, 11811, 1)))
with open(path, "wb") as f:
    f.write(data[:8])
    for kind, content in chunks:
        f.write(struct.pack(">I", len(content)) + kind + content)
        f.write(struct.pack(">I", zlib.crc32(kind + content) & 0xFFFFFFFF))
PY
    # Lossless recompression; -nx keeps it RGB (no palette or grey reduction).
    optipng -quiet -o5 -nx "$work/$name.png"
    mv "$work/$name.png" "$out/$name.png"
    echo "render.sh: $out/$name.png"
}

render prozess 1050
render stadtteile 1215
# The pictograms of the Leichte-Sprache edition: square, drawn on a 100-unit grid.
for source in "$here"/piktogramme/*.svg; do
    render "piktogramme/$(basename "$source" .svg)" 360 360
done
