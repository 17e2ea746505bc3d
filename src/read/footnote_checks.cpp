#include "read/footnote_checks.hpp"

#include "model/quoted_input.hpp"
#include "model/suggestions.hpp"

#include <algorithm>
#include <cmark-gfm.h>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace stadtsatz::read {

namespace {

bool is_label_character(char character) {
    return character != ' ' && character != '\t' && character != '[' && character != ']' &&
           character != '\n' && character != '\r';
}

// The label of a footnote reference "[^label]" starting at `open` in `text`, if one does.
std::optional<std::string_view> reference_label(std::string_view text, std::size_t open) {
    if (text.compare(open, 2, "[^") != 0) {
        return std::nullopt;
    }
    std::size_t end = open + 2;
    while (end < text.size() && is_label_character(text[end])) {
        ++end;
    }
    if (end == open + 2 || end >= text.size() || text[end] != ']') {
        return std::nullopt;
    }
    return text.substr(open + 2, end - open - 2);
}

// A footnote definition "[^label]: …" at the start of a source line (up to three spaces in).
struct DefinitionLine {
    std::string label;
    int byte_column = 0; // of the "["
};

std::optional<DefinitionLine> definition_line(std::string_view line) {
    std::size_t indent = 0;
    while (indent < line.size() && indent < 3 && line[indent] == ' ') {
        ++indent;
    }
    auto label = reference_label(line, indent);
    const std::size_t colon = indent + 2 + (label ? label->size() : 0) + 1;
    if (!label || colon >= line.size() || line[colon] != ':') {
        return std::nullopt;
    }
    return DefinitionLine{std::string(*label), static_cast<int>(indent) + 1};
}

// The code points of UTF-8 text: the bytes that do not continue a sequence.
int code_points(std::string_view text) {
    int count = 0;
    for (char byte : text) {
        count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

// Lines [first, last] a top-level block of the parsed tree spans.
using LineRange = std::pair<int, int>;

} // namespace

void check_footnotes(const SourceText& source, cmark_node* document,
                     model::Diagnostics& diagnostics) {
    std::vector<LineRange> covered;
    for (cmark_node* node = cmark_node_first_child(document); node != nullptr;
         node = cmark_node_next(node)) {
        const int first = cmark_node_get_start_line(node);
        covered.emplace_back(first, std::max(first, cmark_node_get_end_line(node)));
    }
    std::sort(covered.begin(), covered.end());

    // Every definition the editor wrote: those the tree kept start a block of their own; a
    // definition line that no block of the tree spans is one cmark-gfm dropped as unused.
    std::vector<std::string> labels;
    std::set<std::string, std::less<>> defined; // the same labels, to look up
    std::size_t range = 0;
    const std::string& bytes = source.bytes();
    const int line_count = static_cast<int>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;
    for (int number = 1; number <= line_count; ++number) {
        const std::string_view line = source.line(number);
        if (line.size() < 5 || line.find("[^") == std::string_view::npos) {
            continue;
        }
        auto definition = definition_line(line);
        if (!definition) {
            continue;
        }
        labels.push_back(definition->label);
        defined.insert(definition->label);
        while (range < covered.size() && covered[range].second < number) {
            ++range;
        }
        const bool in_tree = range < covered.size() && covered[range].first <= number;
        if (!in_tree) {
            diagnostics.warning(source.at_line_byte_column(number, definition->byte_column),
                                "Fußnote [^" + model::quoted_input(definition->label) +
                                    "] wird im Text nicht aufgerufen und fehlt deshalb in der "
                                    "Ausgabe");
        }
    }

    // References without a definition stay text; the extension leaves "[^label]" in it.
    int suggestions_left = model::suggestions_per_check;
    cmark_iter* iterator = cmark_iter_new(document);
    for (cmark_event_type event = cmark_iter_next(iterator); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iterator)) {
        cmark_node* node = cmark_iter_get_node(iterator);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_TEXT) {
            continue;
        }
        const char* literal = cmark_node_get_literal(node);
        const std::string_view text = literal != nullptr ? literal : "";
        const int line_number = cmark_node_get_start_line(node);
        const std::string_view line = source.line(line_number);
        const int start_byte_column = std::max(cmark_node_get_start_column(node), 1);
        const model::SourcePosition start =
            source.at_line_byte_column(line_number, start_byte_column);
        // Where in the source line the next reference is looked for, and the column there:
        // counted on from the last reference, so many on one line stay linear.
        std::size_t cursor = static_cast<std::size_t>(start_byte_column - 1);
        int cursor_column = start.column;
        for (std::size_t open = text.find("[^"); open != std::string_view::npos;
             open = text.find("[^", open + 2)) {
            auto label = reference_label(text, open);
            if (!label) {
                continue;
            }
            const std::string written = "[^" + std::string(*label) + "]";
            model::SourcePosition where = start;
            const std::size_t found =
                cursor <= line.size() ? line.find(written, cursor) : std::string_view::npos;
            if (found != std::string_view::npos) {
                cursor_column += code_points(line.substr(cursor, found - cursor));
                where.column = cursor_column;
                cursor = found + 2; // past "[^", two ASCII characters
                cursor_column += 2;
                if (found > 0 && line[found - 1] == '\\') {
                    continue; // "\[^x]": the editor wants the brackets as text
                }
            }
            if (defined.count(*label) > 0) {
                continue; // defined, though not where cmark-gfm looks (e.g. in a quote)
            }
            const auto match =
                suggestions_left-- > 0 ? model::closest_match(*label, labels) : std::nullopt;
            diagnostics.error(where, "Fußnote [^" + model::quoted_input(*label) +
                                         "] ist nicht definiert" +
                                         (match ? model::did_you_mean("[^" + *match + "]") : ""));
        }
    }
    cmark_iter_free(iterator);
}

} // namespace stadtsatz::read
