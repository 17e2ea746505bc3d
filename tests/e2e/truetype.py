"""Just enough of the TrueType format to see whether an embedded (subset) font keeps the parts
of its composite glyphs: a composite glyph (ö = o + diaeresis) draws other glyphs of the
same font, and a subset that drops them draws nothing where the letter should be."""
import base64
import json
import struct
import subprocess

# Flags of a component in a composite glyph (OpenType spec, 'glyf' table).
ARGUMENTS_ARE_WORDS = 0x0001
HAS_SCALE = 0x0008
MORE_COMPONENTS = 0x0020
HAS_X_AND_Y_SCALE = 0x0040
HAS_TWO_BY_TWO = 0x0080


class Font:
    """The glyph outlines of one TrueType font program."""

    def __init__(self, data):
        self.data = data
        count = struct.unpack(">H", data[4:6])[0]
        self.tables = {}
        for index in range(count):
            tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * index:28 + 16 * index])
            self.tables[tag.decode("latin-1")] = (offset, length)
        head = self.tables["head"][0]
        self.long_offsets = struct.unpack(">h", data[head + 50:head + 52])[0] == 1
        maxp = self.tables["maxp"][0]
        self.glyph_count = struct.unpack(">H", data[maxp + 4:maxp + 6])[0]

    def _location(self, glyph):
        loca = self.tables["loca"][0]
        if self.long_offsets:
            return struct.unpack(">I", self.data[loca + 4 * glyph:loca + 4 * glyph + 4])[0]
        return 2 * struct.unpack(">H", self.data[loca + 2 * glyph:loca + 2 * glyph + 2])[0]

    def outline(self, glyph):
        """The glyph's bytes in 'glyf' (empty for a glyph without outline, e.g. a space)."""
        start, end = self._location(glyph), self._location(glyph + 1)
        glyf = self.tables["glyf"][0]
        return self.data[glyf + start:glyf + end]

    def components(self, glyph):
        """The glyphs a composite glyph draws; empty for a simple glyph."""
        outline = self.outline(glyph)
        if len(outline) < 10 or struct.unpack(">h", outline[:2])[0] >= 0:
            return []
        parts = []
        position = 10
        while True:
            flags, part = struct.unpack(">HH", outline[position:position + 4])
            parts.append(part)
            position += 4 + (4 if flags & ARGUMENTS_ARE_WORDS else 2)
            if flags & HAS_SCALE:
                position += 2
            elif flags & HAS_X_AND_Y_SCALE:
                position += 4
            elif flags & HAS_TWO_BY_TWO:
                position += 8
            if not flags & MORE_COMPONENTS:
                return parts


def embedded_fonts(pdf):
    """{font name: TrueType bytes} of every /FontFile2 in the PDF, read with qpdf."""
    listing = subprocess.run(["qpdf", "--json=2", "--json-stream-data=inline",
                              "--decode-level=generalized", str(pdf)],
                             capture_output=True, text=True).stdout
    objects = json.loads(listing)["qpdf"][1]
    fonts = {}
    for entry in objects.values():
        descriptor = entry.get("value")
        if isinstance(descriptor, dict) and "/FontFile2" in descriptor:
            stream = objects["obj:" + descriptor["/FontFile2"]]["stream"]
            fonts[descriptor.get("/FontName", "?")] = base64.b64decode(stream.get("data", ""))
    return fonts


def broken_composites(data):
    """(composite, component) pairs whose component is missing or has no outline."""
    font = Font(data)
    broken = []
    for glyph in range(font.glyph_count):
        for part in font.components(glyph):
            if part >= font.glyph_count or not font.outline(part):
                broken.append((glyph, part))
    return broken


def composite_count(data):
    font = Font(data)
    return sum(1 for glyph in range(font.glyph_count) if font.components(glyph))
