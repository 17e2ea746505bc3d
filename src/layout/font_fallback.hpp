#pragma once

#include "layout/layout_context.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::layout {

// A stretch of text drawn in one font file.
struct FontSpan {
    std::size_t start = 0; // byte offsets into the text
    std::size_t end = 0;
    std::string font_file;
};

// `text` cut where the font changes: a character that `file` cannot draw is drawn from the
// first of the style's fallback fonts (<ersatzschrift>) that has it, and stays in `file` when
// none has it. Characters that are not drawn as glyphs (spaces) stay in the span they are in.
// One span of `file` when it draws everything, which is the common case and cheap.
std::vector<FontSpan> font_spans(LayoutContext& context, const std::string& file,
                                 std::string_view text);

// The font a run of `text` is drawn in as a whole: `file` when it draws every character,
// else the first fallback font that draws all that `file` lacks, else `file`.
std::string font_for_run(LayoutContext& context, const std::string& file, std::string_view text);

} // namespace stadtsatz::layout
