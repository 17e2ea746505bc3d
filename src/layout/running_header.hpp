#pragma once

#include "layout/font_metrics.hpp"
#include "model/document.hpp"

#include <string>

namespace stadtsatz::layout {

// What the running header says for a chapter: its number, two spaces, then its short title
// (kurztitel) or else its title without struck-through text.
std::string running_header_text(const model::Chapter& chapter);

// `text` as it fits into `width` points in `file` at `size`: itself when it fits, else cut
// after the last whole word that leaves room for an ellipsis "…" (inside a word when even
// the first word is too long), punctuation and spaces before the cut removed.
std::string fit_with_ellipsis(const std::string& text, const std::string& file, double size,
                              double width, FontMetrics& metrics);

} // namespace stadtsatz::layout
