#include "layout/font_metrics.hpp"

#include "layout/utf8.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

namespace stadtsatz::layout {

// One opened font file with its advance cache (in font units).
struct FontMetrics::Face {
    FT_Face handle = nullptr;
    double units_per_em = 1000;
    double ascender = 0.75;
    std::unordered_map<char32_t, std::pair<double, bool>> glyphs; // advance in em, present
};

FontMetrics::FontMetrics() {
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) == 0) {
        library_ = library;
    }
}

FontMetrics::~FontMetrics() {
    for (auto& [file, face] : faces_) {
        if (face && face->handle != nullptr) {
            FT_Done_Face(face->handle);
        }
    }
    if (library_ != nullptr) {
        FT_Done_FreeType(static_cast<FT_Library>(library_));
    }
}

bool FontMetrics::load(const std::string& file, const model::SourcePosition& position,
                       model::Diagnostics& diagnostics) {
    if (auto found = faces_.find(file); found != faces_.end()) {
        return found->second->handle != nullptr;
    }
    auto entry = std::make_unique<Face>();
    FT_Face handle = nullptr;
    if (library_ == nullptr ||
        FT_New_Face(static_cast<FT_Library>(library_), file.c_str(), 0, &handle) != 0) {
        diagnostics.error(position, "cannot read font file '" + file + "'");
    } else {
        entry->handle = handle;
        entry->units_per_em = handle->units_per_EM > 0 ? handle->units_per_EM : 1000;
        entry->ascender = handle->ascender / entry->units_per_em;
    }
    const bool loaded = entry->handle != nullptr;
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

double FontMetrics::advance(const std::string& file, char32_t code_point, double size) {
    Face* entry = face(file);
    if (entry->handle == nullptr) {
        return 0.5 * size; // an unreadable font was reported; keep the layout going
    }
    auto cached = entry->glyphs.find(code_point);
    if (cached == entry->glyphs.end()) {
        const FT_UInt glyph = FT_Get_Char_Index(entry->handle, code_point);
        double advance_em = 0.5;
        if (FT_Load_Glyph(entry->handle, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) == 0) {
            advance_em = entry->handle->glyph->advance.x / entry->units_per_em;
        }
        cached = entry->glyphs.emplace(code_point, std::make_pair(advance_em, glyph != 0)).first;
    }
    return cached->second.first * size;
}

double FontMetrics::width(const std::string& file, std::string_view text, double size) {
    double total = 0;
    for (const char32_t code_point : decode_utf8(text)) {
        total += advance(file, code_point, size);
    }
    return total;
}

bool FontMetrics::has_glyph(const std::string& file, char32_t code_point) {
    Face* entry = face(file);
    if (entry->handle == nullptr) {
        return false;
    }
    advance(file, code_point, 1);
    return entry->glyphs.at(code_point).second;
}

double FontMetrics::ascender(const std::string& file) {
    Face* entry = face(file);
    return entry->handle != nullptr ? entry->ascender : 0.75;
}

} // namespace stadtsatz::layout
