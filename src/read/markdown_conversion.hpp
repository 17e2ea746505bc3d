#pragma once

#include "model/diagnostic.hpp"
#include "read/markdown_reader.hpp"
#include "read/source_text.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace stadtsatz::read {

// The most lists and block quotes one block may stand in. Every stage after reading walks the
// document recursively, and cmark-gfm accepts any depth: 10,000 levels overflowed the stack
// (2,500 under AddressSanitizer). Real documents nest 3 or 4 levels; each level indents the
// PDF's text column by 14 to 20 pt, so at 32 levels it is narrower than a word already. Deeper
// nesting is an error at the first block too deep.
inline constexpr int deepest_block_nesting = 32;
// The most emphasis, strong emphasis, strikethrough and links one inline may stand in
// (*a **a *a …); no text needs more than 3, and the bound keeps the recursive stages' stack small.
inline constexpr int deepest_inline_nesting = 32;

// Parses Markdown text with cmark-gfm and maps it to a chapter. `footnote_prefix` makes the
// chapter's footnote ids unique in the document (the file stem: "03-prozess" → "03-prozess-1").
// Returns nothing when the text has no chapter title at all.
std::optional<ChapterSource> convert_markdown(const SourceText& source,
                                              const std::string& footnote_prefix,
                                              const std::filesystem::path& content_folder,
                                              model::Diagnostics& diagnostics);

// Maps a 1-based byte column of a one-line snippet to where that byte stands in its file.
using SnippetLocator = std::function<model::SourcePosition(int byte_column)>;

// Parses one line of inline Markdown (emphasis, strong, strikethrough, code, links, autolinks;
// the extensions the chapters use) taken from another file, e.g. a text of the measures XML,
// into inlines exactly as a chapter paragraph's. The caller keeps the line from starting a
// block (heading, list, quote); a block other than a paragraph is an error, an image too.
model::Inlines convert_inline_markdown(const std::string& snippet, const std::string& display_name,
                                       const SnippetLocator& locate,
                                       model::Diagnostics& diagnostics);

} // namespace stadtsatz::read
