#pragma once

#include "model/diagnostic.hpp"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace stadtsatz::layout {

// Glyph advances of TrueType files, read with FreeType and cached per code point.
// A later shaping stage (HarfBuzz: kerning, ligatures) can replace `width` behind this class.
class FontMetrics {
public:
    FontMetrics();
    ~FontMetrics();
    FontMetrics(const FontMetrics&) = delete;
    FontMetrics& operator=(const FontMetrics&) = delete;

    // Opens `file` once; reports an unreadable file as an error at `position`.
    bool load(const std::string& file, const model::SourcePosition& position,
              model::Diagnostics& diagnostics);

    // Advance width of one code point at `size` points; missing glyphs use the .notdef advance.
    double advance(const std::string& file, char32_t code_point, double size);

    // Advance width of a UTF-8 string (no kerning yet).
    double width(const std::string& file, std::string_view text, double size);

    // Whether the font has a glyph for the code point (an unloadable font has none).
    bool has_glyph(const std::string& file, char32_t code_point);

    // Ascender height as a fraction of the em (about 0.75 for Latin fonts).
    double ascender(const std::string& file);

private:
    struct Face;
    Face* face(const std::string& file);

    void* library_ = nullptr; // FT_Library, kept opaque so callers need no FreeType headers
    std::unordered_map<std::string, std::unique_ptr<Face>> faces_;
};

} // namespace stadtsatz::layout
