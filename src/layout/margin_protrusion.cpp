#include "layout/margin_protrusion.hpp"

#include "layout/utf8.hpp"

namespace stadtsatz::layout {
namespace {

// The last code point of UTF-8 text and its byte offset.
char32_t last_character(const std::string& text, std::size_t& offset) {
    offset = text.size();
    while (offset > 0) {
        --offset;
        if ((static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80) {
            break;
        }
    }
    std::size_t index = offset;
    return decode_utf8_at(text, index);
}

// The width in points of the glyphs that draw the characters from byte `from` on (`to`
// excluded), of a box or penalty in `format`.
double width_of_clusters(const ParagraphItem& item, const RunFormat& format, std::size_t from,
                         std::size_t to) {
    double advance = 0;
    for (const Glyph& glyph : item.glyphs) {
        if (glyph.cluster >= from && glyph.cluster < to) {
            advance += glyph.advance;
        }
    }
    return advance * format.size / format.units_per_em;
}

} // namespace

double right_protrusion_factor(char32_t character) {
    switch (character) {
    case U'.':
        return 0.7;
    case U'-':
    case 0x2010: // hyphen
    case 0x00AD: // the hyphen drawn at a break
        return 0.6;
    case U',':
        return 0.5;
    case U':':
    case U';':
        return 0.3;
    case U'!':
    case U'?':
        return 0.2;
    case 0x2013: // en dash
        return 0.3;
    case 0x2014: // em dash
        return 0.2;
    case 0x201C: // “ (closing in German)
    case 0x2018: // ‘
    case 0x201D: // ”
    case 0x2019: // ’
    case U'"':
    case U'\'':
        return 0.5;
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x2039: // ‹
    case 0x203A: // ›
        return 0.4;
    default:
        return 0;
    }
}

double left_protrusion_factor(char32_t character) {
    switch (character) {
    case 0x201E: // „
    case 0x201A: // ‚
    case 0x201C: // “
    case 0x2018: // ‘
    case U'"':
    case U'\'':
        return 0.5;
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x2039: // ‹
    case 0x203A: // ›
        return 0.4;
    default:
        return 0;
    }
}

void set_margin_protrusion(Paragraph& paragraph) {
    for (ParagraphItem& item : paragraph.items) {
        if (item.format < 0 || item.text.empty()) {
            continue;
        }
        const RunFormat& format = paragraph.formats[static_cast<std::size_t>(item.format)];
        if (item.kind == ItemKind::Penalty && item.flagged) {
            item.protrusion_right = right_protrusion_factor(U'-') * item.width;
            continue;
        }
        if (item.kind != ItemKind::Box) {
            continue;
        }
        std::size_t last_offset = 0;
        const double right = right_protrusion_factor(last_character(item.text, last_offset));
        if (right > 0) {
            item.protrusion_right =
                right * width_of_clusters(item, format, last_offset, item.text.size());
        }
        std::size_t next = 0;
        const double left = left_protrusion_factor(decode_utf8_at(item.text, next));
        if (left > 0) {
            item.protrusion_left = left * width_of_clusters(item, format, 0, next);
        }
    }
}

} // namespace stadtsatz::layout
