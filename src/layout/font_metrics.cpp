#include "layout/font_metrics.hpp"

#include "layout/utf8.hpp"

#include <cstdint>
#include <filesystem>
#include <hb-ot.h>
#include <hb.h>

namespace stadtsatz::layout {

// One opened font file with the text shaped in it so far.
struct FontMetrics::Face {
    hb_font_t* font = nullptr; // null when the file could not be read
    double units_per_em = 1000;
    double ascender = 0.75;
    // Key: the text with U+001F before each joint (a control character no text contains).
    std::unordered_map<std::string, ShapedText> shaped;
    // Whether the font has a glyph for each code point of the Basic Multilingual Plane asked
    // about so far: 0 not asked yet, 1 yes, 2 no (a lookup per character of every text).
    std::vector<std::uint8_t> coverage = std::vector<std::uint8_t>(0x10000, 0);

    ~Face() {
        if (font != nullptr) {
            hb_font_destroy(font);
        }
    }
};

FontMetrics::FontMetrics() = default;
FontMetrics::~FontMetrics() = default;

bool FontMetrics::load(const std::string& file, const model::SourcePosition& position,
                       model::Diagnostics& diagnostics) {
    if (auto found = faces_.find(file); found != faces_.end()) {
        return found->second->font != nullptr;
    }
    auto entry = std::make_unique<Face>();
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.c_str());
    hb_face_t* face = blob != nullptr ? hb_face_create(blob, 0) : nullptr;
    if (face == nullptr || hb_face_get_glyph_count(face) == 0) {
        diagnostics.error(position, "Schriftdatei „" +
                                        std::filesystem::path(file).filename().string() +
                                        "“ kann nicht gelesen werden: keine TrueType-Schrift "
                                        "oder beschädigt");
    } else {
        entry->font = hb_font_create(face);
        entry->units_per_em = hb_face_get_upem(face);
        hb_position_t ascender = 0;
        if (hb_ot_metrics_get_position(entry->font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER,
                                       &ascender)) {
            entry->ascender = ascender / entry->units_per_em;
        }
    }
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    const bool loaded = entry->font != nullptr;
    faces_.emplace(file, std::move(entry));
    return loaded;
}

FontMetrics::Face* FontMetrics::face(const std::string& file) {
    auto found = faces_.find(file);
    if (found == faces_.end()) {
        model::Diagnostics ignored; // callers load (and report) fonts before measuring
        load(file, {}, ignored);
        found = faces_.find(file);
    }
    return found->second.get();
}

const ShapedText& FontMetrics::shape(const std::string& file, std::string_view text,
                                     const std::vector<std::size_t>& joints) {
    Face* entry = face(file);
    std::string key;
    key.reserve(text.size() + joints.size());
    std::size_t copied = 0;
    for (const std::size_t joint : joints) {
        if (joint > copied && joint < text.size()) {
            key.append(text.substr(copied, joint - copied));
            key.push_back('\x1F');
            copied = joint;
        }
    }
    key.append(text.substr(copied));
    auto found = entry->shaped.find(key);
    if (found == entry->shaped.end()) {
        found = entry->shaped.emplace(std::move(key), shape_text(entry->font, text, joints)).first;
    }
    return found->second;
}

double FontMetrics::width(const std::string& file, std::string_view text, double size) {
    Face* entry = face(file);
    if (entry->font == nullptr) {
        return 0.5 * size * static_cast<double>(text.size()); // reported; keep the layout going
    }
    return shape(file, text).advance * size / entry->units_per_em;
}

double FontMetrics::units_per_em(const std::string& file) {
    return face(file)->units_per_em;
}

bool FontMetrics::has_glyph(const std::string& file, char32_t code_point) {
    Face* entry = face(file);
    if (entry->font == nullptr) {
        return false;
    }
    hb_codepoint_t glyph = 0;
    if (code_point >= entry->coverage.size()) {
        return hb_font_get_nominal_glyph(entry->font, code_point, &glyph) != 0;
    }
    std::uint8_t& known = entry->coverage[code_point];
    if (known == 0) {
        known = hb_font_get_nominal_glyph(entry->font, code_point, &glyph) != 0 ? 1 : 2;
    }
    return known == 1;
}

bool is_drawn_as_glyph(char32_t code_point) {
    // Spaces and controls become glue or nothing; a soft hyphen is drawn as a hyphen when the
    // line breaks there; the zero-width non-joiner is removed by shaping.
    return code_point >= 0x21 && code_point != 0xAD && code_point != 0xA0 && code_point != 0x200C;
}

std::size_t FontMetrics::first_missing(const std::string& file, std::string_view text,
                                       std::size_t from) {
    Face* entry = face(file);
    std::size_t offset = from;
    while (offset < text.size()) {
        const std::size_t start = offset;
        const char32_t code_point = decode_utf8_at(text, offset);
        if (!is_drawn_as_glyph(code_point)) {
            continue;
        }
        if (entry->font == nullptr) {
            return start;
        }
        hb_codepoint_t glyph = 0;
        if (code_point >= entry->coverage.size()) {
            if (hb_font_get_nominal_glyph(entry->font, code_point, &glyph) == 0) {
                return start;
            }
            continue;
        }
        std::uint8_t& known = entry->coverage[code_point];
        if (known == 0) {
            known = hb_font_get_nominal_glyph(entry->font, code_point, &glyph) != 0 ? 1 : 2;
        }
        if (known == 2) {
            return start;
        }
    }
    return text.size();
}

double FontMetrics::ascender(const std::string& file) {
    return face(file)->ascender;
}

} // namespace stadtsatz::layout
