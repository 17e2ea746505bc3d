#include "layout/font_metrics.hpp"

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
    hb_codepoint_t glyph = 0;
    return entry->font != nullptr && hb_font_get_nominal_glyph(entry->font, code_point, &glyph);
}

double FontMetrics::ascender(const std::string& file) {
    return face(file)->ascender;
}

} // namespace stadtsatz::layout
