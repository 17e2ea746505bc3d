#pragma once

#include "model/diagnostic.hpp"
#include "read/markdown_reader.hpp"
#include "read/source_text.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace stadtsatz::read {

// Parses Markdown text with cmark-gfm and maps it to a chapter. `footnote_prefix` makes the
// chapter's footnote ids unique in the document (the file stem: "03-prozess" → "03-prozess-1").
// Returns nothing when the text has no chapter title at all.
std::optional<ChapterSource> convert_markdown(const SourceText& source,
                                              const std::string& footnote_prefix,
                                              const std::filesystem::path& content_folder,
                                              model::Diagnostics& diagnostics);

} // namespace stadtsatz::read
