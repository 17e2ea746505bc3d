#pragma once

#include "model/diagnostic.hpp"
#include "model/inline.hpp"
#include "read/xml_file.hpp"

#include <cstddef>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace stadtsatz::read {

// Where the content of a text-only element stands in its file's bytes.
struct ContentRange {
    std::size_t begin = 0; // byte offset of the first byte after the start tag
    std::size_t end = 0;   // byte offset of the end tag's '<'
};

// The raw bytes of the element's content when they are text only (entity references
// undecoded); nothing when the element is empty or its content holds a CDATA section, a
// comment or a child element.
std::optional<ContentRange> text_content_range(const XmlFile& file, pugi::xml_node element);

// A line of inline Markdown made from an element's raw content, with the file offset of each
// of its bytes: whitespace around a line end becomes one space, the leading whitespace is
// dropped, and a backslash escapes a start that Markdown would read as a block (#, -, 1., >).
struct MarkdownSnippet {
    std::string text;
    std::vector<std::size_t> offsets; // offsets[i]: file offset of text[i]; one more at the end
};

MarkdownSnippet markdown_snippet(const std::string& bytes, ContentRange range);

// The text of `element` read as inline Markdown (as in a chapter paragraph) with positions in
// the XML file; nothing for an empty element. The caller checks the element's structure.
model::Inlines read_inline_markdown(const XmlFile& file, pugi::xml_node element,
                                    model::Diagnostics& diagnostics);

// Warns when the text of a field that takes no markup looks like Markdown (**x**, *x*, _x_,
// [x](y)), at the place it starts: such text is printed as written.
void warn_markup_in_plain_text(const XmlFile& file, pugi::xml_node element,
                               model::Diagnostics& diagnostics);

} // namespace stadtsatz::read
