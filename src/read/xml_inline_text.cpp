#include "read/xml_inline_text.hpp"

#include "model/quoted_input.hpp"
#include "read/markdown_conversion.hpp"

#include <cstring>
#include <string_view>

namespace stadtsatz::read {

namespace {

bool is_xml_space(char character) {
    return character == ' ' || character == '\t' || character == '\n' || character == '\r';
}

bool is_digit(char character) {
    return character >= '0' && character <= '9';
}

// A line of three or more '*', '-' or '_' (spaces between allowed): a thematic break.
bool is_thematic_break(std::string_view line) {
    const char marker = line.empty() ? '\0' : line.front();
    if (marker != '*' && marker != '-' && marker != '_') {
        return false;
    }
    int count = 0;
    for (char character : line) {
        if (character == marker) {
            ++count;
        } else if (character != ' ') {
            return false;
        }
    }
    return count >= 3;
}

// The index of the character a backslash must escape so that `line` stays a paragraph, or
// npos when it starts none of Markdown's blocks.
std::size_t block_start_to_escape(std::string_view line) {
    if (line.empty()) {
        return std::string_view::npos;
    }
    const char first = line.front();
    const bool followed_by_space = line.size() == 1 || line[1] == ' ';
    if (first == '#' || first == '>' || is_thematic_break(line)) {
        return 0; // heading, block quote, thematic break
    }
    if ((first == '-' || first == '+' || first == '*') && followed_by_space) {
        return 0; // bullet list
    }
    if (line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0) {
        return 0; // fenced code
    }
    if (first == '[') { // a link reference definition "[x]: y" consumes the text
        const std::size_t close = line.find(']');
        if (close != std::string_view::npos && close + 1 < line.size() && line[close + 1] == ':') {
            return 0;
        }
    }
    std::size_t digits = 0;
    while (digits < line.size() && digits < 10 && is_digit(line[digits])) {
        ++digits;
    }
    if (digits >= 1 && digits <= 9 && digits < line.size() &&
        (line[digits] == '.' || line[digits] == ')') &&
        (digits + 1 == line.size() || line[digits + 1] == ' ')) {
        return digits; // ordered list: "1. " or "2) "
    }
    return std::string_view::npos;
}

// The first place in `text` that looks like Markdown emphasis or a link, as its byte index
// and the markup found; npos when there is none.
std::pair<std::size_t, std::string> find_markup(std::string_view text) {
    for (std::size_t index = 0; index < text.size(); ++index) {
        const char character = text[index];
        if (character == '*' || character == '_') {
            const std::size_t run = text.substr(index).find_first_not_of(character);
            const std::size_t width = run == std::string_view::npos ? text.size() - index : run;
            if (width > 2) {
                index += width - 1;
                continue;
            }
            const std::string delimiter(width, character);
            const std::size_t content = index + width;
            if (content >= text.size() || is_xml_space(text[content])) {
                index += width - 1;
                continue;
            }
            const std::size_t close = text.find(delimiter, content);
            if (close != std::string_view::npos && close > content &&
                !is_xml_space(text[close - 1])) {
                return {index, std::string(text.substr(index, close + width - index))};
            }
            index += width - 1;
        } else if (character == '[') {
            const std::size_t close = text.find("](", index);
            if (close != std::string_view::npos && close > index + 1 &&
                text.find(')', close) != std::string_view::npos &&
                text.substr(index, close - index).find('[', 1) == std::string_view::npos) {
                return {index, std::string(text.substr(index, text.find(')', close) + 1 - index))};
            }
        }
    }
    return {std::string_view::npos, {}};
}

} // namespace

std::optional<ContentRange> text_content_range(const XmlFile& file, pugi::xml_node element) {
    pugi::xml_node first = element.first_child();
    if (!first || first.type() != pugi::node_pcdata || first.next_sibling() ||
        first.offset_debug() < 0) {
        return std::nullopt;
    }
    const std::string& bytes = file.source().bytes();
    ContentRange range;
    range.begin = static_cast<std::size_t>(first.offset_debug());
    range.end = bytes.find('<', range.begin);
    const std::string end_tag = "</" + std::string(element.name());
    if (range.end == std::string::npos || bytes.compare(range.end, end_tag.size(), end_tag) != 0) {
        return std::nullopt; // a comment or CDATA section inside the text
    }
    return range;
}

MarkdownSnippet markdown_snippet(const std::string& bytes, ContentRange range) {
    std::size_t begin = range.begin;
    while (begin < range.end && is_xml_space(bytes[begin])) {
        ++begin;
    }
    // One line: whitespace around a line end becomes one space (as the chapters' soft line
    // breaks print), other whitespace stays as written, tabs become spaces.
    std::string line;
    std::vector<std::size_t> offsets;
    line.reserve(range.end - begin);
    for (std::size_t offset = begin; offset < range.end;) {
        if (!is_xml_space(bytes[offset])) {
            line += bytes[offset];
            offsets.push_back(offset++);
            continue;
        }
        std::size_t run_end = offset;
        bool line_end = false;
        while (run_end < range.end && is_xml_space(bytes[run_end])) {
            line_end = line_end || bytes[run_end] == '\n' || bytes[run_end] == '\r';
            ++run_end;
        }
        for (std::size_t space = offset; space < (line_end ? offset + 1 : run_end); ++space) {
            line += ' ';
            offsets.push_back(space);
        }
        offset = run_end;
    }
    offsets.push_back(range.end);
    const std::size_t escaped = block_start_to_escape(line);
    MarkdownSnippet snippet;
    snippet.text.reserve(line.size() + 1);
    for (std::size_t index = 0; index <= line.size(); ++index) {
        if (index == escaped) {
            snippet.text += '\\';
            snippet.offsets.push_back(offsets[index]); // the escape stands for the character
        }
        if (index < line.size()) {
            snippet.text += line[index];
        }
        snippet.offsets.push_back(offsets[index]);
    }
    return snippet;
}

model::Inlines read_inline_markdown(const XmlFile& file, pugi::xml_node element,
                                    model::Diagnostics& diagnostics) {
    const std::string value = element_text(element);
    if (value.empty()) {
        return {};
    }
    const std::optional<ContentRange> range = text_content_range(file, element);
    if (!range) {
        // Text split by a comment or CDATA section: its decoded text, placed at its start.
        const model::SourcePosition where = file.text_position(element);
        return convert_inline_markdown(
            value, file.source().display_name(), [&](int) { return where; }, diagnostics);
    }
    const MarkdownSnippet snippet = markdown_snippet(file.source().bytes(), *range);
    const SourceText& source = file.source();
    const std::size_t last = snippet.offsets.size() - 1;
    return convert_inline_markdown(
        snippet.text, source.display_name(),
        [&](int byte_column) {
            const auto index = static_cast<std::size_t>(byte_column < 1 ? 0 : byte_column - 1);
            return source.at_offset(snippet.offsets[index < last ? index : last]);
        },
        diagnostics);
}

void warn_markup_in_plain_text(const XmlFile& file, pugi::xml_node element,
                               model::Diagnostics& diagnostics) {
    const std::optional<ContentRange> range = text_content_range(file, element);
    if (!range) {
        return;
    }
    const std::string_view content =
        std::string_view(file.source().bytes()).substr(range->begin, range->end - range->begin);
    const auto [index, markup] = find_markup(content);
    if (index == std::string_view::npos) {
        return;
    }
    diagnostics.warning(file.source().at_offset(range->begin + index),
                        "<" + std::string(element.name()) + "> nimmt kein Markdown: „" +
                            model::quoted_input(markup) +
                            "“ wird so gedruckt, wie es dasteht; Hervorhebungen und Links "
                            "sind nur in Absätzen, Leitziel, Zieltext, Indikatorname, "
                            "Datenquelle, Zielbeschreibung, Kosten und Statusverlauf möglich");
}

} // namespace stadtsatz::read
