#include "fuzz_inputs.hpp"

#include "fuzz_workspace.hpp"
#include "model/document.hpp"
#include "read/manifest_reader.hpp"
#include "read/markdown_reader.hpp"
#include "read/measures_reader.hpp"
#include "read/style_reader.hpp"
#include "read/unicode_text.hpp"
#include "resolve/inline_walk.hpp"
#include "resolve/resolve.hpp"
#include "text/hyphenator.hpp"
#include "text/normalization.hpp"

#include <stdexcept>
#include <unicode/unistr.h>

namespace stadtsatz::fuzz {

namespace {

// The compound lexicon is released with the last hyphenator; one kept alive spares every input
// (the resolve stage makes a hyphenator per document) loading it again.
void keep_lexicon_loaded() {
    static const text::Hyphenator keeper;
    (void)keeper;
}

// A reader that gives up must say why: the editor gets an error, never silence.
void require_reason(bool result, const model::Diagnostics& diagnostics, const char* reader) {
    if (!result && !diagnostics.has_errors()) {
        throw std::logic_error(std::string(reader) + " returned nothing without an error");
    }
}

// Every break lies inside the word, on a code point boundary, in ascending order
// (text::BreakPoint of the hyphenator, model::HyphenationPoint of the resolve stage).
template <typename Points>
void require_valid_breaks(std::string_view text, const Points& breaks, const char* function) {
    std::size_t previous = 0;
    for (const auto& point : breaks) {
        const bool inside = point.offset > previous && point.offset < text.size();
        const bool boundary =
            inside && (static_cast<unsigned char>(text[point.offset]) & 0xC0) != 0x80;
        if (!inside || !boundary) {
            throw std::logic_error(std::string(function) + " gave the break offset " +
                                   std::to_string(point.offset) + " in a text of " +
                                   std::to_string(text.size()) + " bytes");
        }
        previous = point.offset;
    }
}

void require_valid_breaks(std::u16string_view text, const std::vector<text::BreakPoint>& breaks) {
    std::size_t previous = 0;
    for (const text::BreakPoint& point : breaks) {
        const bool inside = point.offset > previous && point.offset < text.size();
        // Not between the two halves of a surrogate pair.
        const bool boundary = inside && (text[point.offset] & 0xFC00) != 0xDC00;
        if (!inside || !boundary) {
            throw std::logic_error("hyphenate(u16string_view) gave the break offset " +
                                   std::to_string(point.offset) + " in a word of " +
                                   std::to_string(text.size()) + " code units");
        }
        previous = point.offset;
    }
}

// The same text in UTF-16 (ICU's conversion).
std::u16string to_utf16(std::string_view utf8) {
    const auto text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
    return {text.getBuffer(), static_cast<std::size_t>(text.length())};
}

} // namespace

void read_markdown_input(std::string_view bytes) {
    keep_lexicon_loaded();
    const Workspace& workspace = Workspace::get();
    const auto file = workspace.write("content/kapitel/fuzz.md", bytes);
    model::Diagnostics diagnostics;
    auto chapter = read::read_markdown_chapter(file, "kapitel/fuzz.md", workspace.content_folder(),
                                               diagnostics);
    require_reason(chapter.has_value(), diagnostics, "read_markdown_chapter");
    if (!chapter || diagnostics.has_errors()) {
        return; // the build stops after reading, too
    }
    // The edition the build would make of this one chapter (read::read_edition).
    model::Document document;
    document.edition_id = "standard";
    document.edition_title = "Standardausgabe";
    for (model::Footnote& footnote : chapter->footnotes) {
        std::string id = footnote.id;
        document.footnotes.emplace(std::move(id), std::move(footnote));
    }
    document.chapters.push_back(std::move(chapter->chapter));
    resolve::resolve_document(document, diagnostics);
    // The typography keeps the text valid UTF-8, and the hyphenation points fit that text.
    resolve::for_each_inline(document, [](model::Inline& node) {
        if (read::invalid_utf8_offset(node.text) != std::string_view::npos) {
            throw std::logic_error("resolve_document left invalid UTF-8 in a text run");
        }
        require_valid_breaks(node.text, node.hyphenation, "resolve_document");
    });
}

void read_measures_input(std::string_view bytes) {
    const Workspace& workspace = Workspace::get();
    const auto file = workspace.write("content/handlungsfelder/fuzz.xml", bytes);
    model::Diagnostics diagnostics;
    auto field = read::read_field_of_action(file, "handlungsfelder/fuzz.xml", diagnostics);
    require_reason(field.has_value(), diagnostics, "read_field_of_action");
}

void read_manifest_input(std::string_view bytes) {
    const Workspace& workspace = Workspace::get();
    const auto file = workspace.write("content/publikation.xml", bytes);
    model::Diagnostics diagnostics;
    auto publication = read::read_manifest(file, workspace.repository_root(), diagnostics);
    require_reason(publication.has_value(), diagnostics, "read_manifest");
}

void read_style_input(std::string_view bytes) {
    const Workspace& workspace = Workspace::get();
    const auto file = workspace.write("styles/fuzz.xml", bytes);
    model::Diagnostics diagnostics;
    auto style = read::read_style(file, "styles/fuzz.xml", workspace.fonts_folder(), diagnostics);
    require_reason(style.has_value(), diagnostics, "read_style");
}

void hyphenate_input(std::string_view bytes) {
    keep_lexicon_loaded();
    if (bytes.empty()) {
        return;
    }
    const auto choice = static_cast<unsigned char>(bytes[0]);
    bytes.remove_prefix(1);
    if (read::invalid_utf8_offset(bytes) != std::string_view::npos) {
        return; // the readers reject invalid UTF-8 before any text reaches the hyphenator
    }
    text::HyphenationOptions options;
    options.left_min = 1 + (choice & 3);
    options.right_min = 1 + ((choice >> 2) & 3);
    options.min_word_length = 1 + ((choice >> 4) & 7);
    options.classify = (choice & 0x80) == 0;
    text::HyphenationExceptions exceptions;
    std::string_view text_run = bytes;
    if (const std::size_t separator = bytes.find('\0'); separator != std::string_view::npos) {
        exceptions.add_list(bytes.substr(0, separator));
        text_run = bytes.substr(separator + 1);
    }
    const std::string text = text::to_nfc(text_run);
    const text::Hyphenator hyphenator(options, std::move(exceptions));

    const std::vector<text::BreakPoint> word_breaks = hyphenator.hyphenate(std::string_view(text));
    require_valid_breaks(text, word_breaks, "hyphenate(string_view)");
    const std::u16string utf16 = to_utf16(text);
    const std::vector<text::BreakPoint> utf16_breaks =
        hyphenator.hyphenate(std::u16string_view(utf16));
    require_valid_breaks(utf16, utf16_breaks);
    if (utf16_breaks.size() != word_breaks.size()) {
        throw std::logic_error("the UTF-8 and UTF-16 hyphenation of a word differ");
    }
    text::mark_breaks(text, word_breaks, "-", "=");

    const std::vector<text::BreakPoint> run_breaks = text::hyphenate_text(hyphenator, text);
    require_valid_breaks(text, run_breaks, "hyphenate_text");
}

const std::vector<Target>& targets() {
    static const std::vector<Target> all{{"markdown", read_markdown_input},
                                         {"measures", read_measures_input},
                                         {"manifest", read_manifest_input},
                                         {"style", read_style_input},
                                         {"hyphenator", hyphenate_input}};
    return all;
}

} // namespace stadtsatz::fuzz
