#pragma once

#include <string>
#include <string_view>

namespace stadtsatz::html {

// Text content: escapes &, < and >.
std::string escape_text(std::string_view text);

// Attribute values in double quotes: escapes &, <, >, " and '.
std::string escape_attribute(std::string_view text);

// ` id="…"` with the value escaped, or nothing for an empty id.
std::string id_attribute(const std::string& id);

// One path segment or fragment of a URL: percent-encodes everything except unreserved
// characters (RFC 3986: letters, digits, "-", ".", "_", "~"), byte by byte for UTF-8.
std::string encode_url_component(std::string_view text);

} // namespace stadtsatz::html
