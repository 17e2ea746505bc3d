#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stadtsatz::read {

// The attribute block at the end of a heading: `{#id kurztitel="Kurz"}`, `{#id}` or
// `{kurztitel="Kurz"}` (as in Pandoc and kramdown).
struct HeadingAttributes {
    std::size_t start = 0;   // byte offset of the "{" in the text it was found in
    std::string id;          // after "#"; empty when not given
    std::string short_title; // kurztitel="…": the running header's text
    bool has_short_title = false;
    std::string problem; // a message for the editor when a part could not be read (German)
};

// Reads the attribute block that ends `text` (trailing spaces allowed). Nothing when the text
// does not end in a "{…}" that starts with "#" or a name followed by "=": "Menge {a, b}" stays
// text.
std::optional<HeadingAttributes> heading_attributes(std::string_view text);

} // namespace stadtsatz::read
