#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace stadtsatz::read {

// A violation of the XML specification's well-formedness rules that pugixml lets pass.
struct WellFormednessError {
    std::size_t offset = 0; // byte offset into the file where it was written
    std::string message;    // German, for the editor, after "kein gültiges XML: "
};

// Checks what pugixml does not, before it parses: the bytes are UTF-8 and every character
// is an XML Char (no NUL, no other control characters but tab and line ends, no U+FFFE or
// U+FFFF); a DOCTYPE declares no entities and names no external DTD (entities are never
// expanded, so a text using one would silently lose it); every '&' starts one of the five
// predefined entity references or a character reference. The first violation, if any.
std::optional<WellFormednessError> find_well_formedness_error(std::string_view bytes);

} // namespace stadtsatz::read
