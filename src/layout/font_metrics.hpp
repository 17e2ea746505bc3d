#pragma once

#include "layout/shaping.hpp"
#include "model/diagnostic.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stadtsatz::layout {

// Whether a character is drawn as a glyph of its own: not spaces, controls, soft hyphens.
bool is_drawn_as_glyph(char32_t code_point);

// The TrueType files of a layout run, opened once with HarfBuzz: shaped text (kerning,
// ligatures) and its width, so line breaking measures exactly what the PDF draws.
class FontMetrics {
public:
    FontMetrics();
    ~FontMetrics();
    FontMetrics(const FontMetrics&) = delete;
    FontMetrics& operator=(const FontMetrics&) = delete;

    // Opens `file` once; reports an unreadable file as an error at `position`.
    bool load(const std::string& file, const model::SourcePosition& position,
              model::Diagnostics& diagnostics);

    // `text` shaped in the font, without ligatures across `joints` (byte offsets); cached, so
    // the reference stays valid for the life of this object. An unreadable font shapes
    // nothing.
    const ShapedText& shape(const std::string& file, std::string_view text,
                            const std::vector<std::size_t>& joints = {});

    // Width of the shaped `text` at `size` points.
    double width(const std::string& file, std::string_view text, double size);

    // Font units per em (advances of shaped glyphs are in these units).
    double units_per_em(const std::string& file);

    // Whether the font has a glyph for the code point (an unloadable font has none).
    bool has_glyph(const std::string& file, char32_t code_point);

    // Byte offset of the first character of `text`, at or after `from`, the font has no glyph
    // for (what is not drawn as a glyph, see is_drawn_as_glyph, is never missing); the size of
    // `text` when the font draws all of it. In an unloadable font every character is missing.
    std::size_t first_missing(const std::string& file, std::string_view text, std::size_t from = 0);

    // Ascender height as a fraction of the em (about 0.75 for Latin fonts).
    double ascender(const std::string& file);

private:
    struct Face;
    Face* face(const std::string& file);

    std::unordered_map<std::string, std::unique_ptr<Face>> faces_;
};

} // namespace stadtsatz::layout
