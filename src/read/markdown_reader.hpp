#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace stadtsatz::read {

// A chapter as read from one Markdown file, with the footnotes it defines.
struct ChapterSource {
    model::Chapter chapter;
    std::vector<model::Footnote> footnotes; // ids made unique across the document
};

// Parses GFM (tables, strikethrough, autolinks, tagfilter, footnotes) with cmark-gfm.
// `display_name` is the path used in diagnostics (relative to the content folder).
std::optional<ChapterSource> read_markdown_chapter(const std::filesystem::path& file,
                                                   const std::string& display_name,
                                                   const std::filesystem::path& content_folder,
                                                   model::Diagnostics& diagnostics);

} // namespace stadtsatz::read
