#pragma once

#include <string>
#include <string_view>

namespace stadtsatz::text {

// Unicode NFC (composed form): "a" + combining diaeresis becomes "ä", so searching,
// hyphenation and glyph lookup see one character. Invalid UTF-8 is replaced by U+FFFD.
std::string to_nfc(std::string_view utf8);

// The same without copying text that is already in NFC: returns `utf8` itself, or the
// normalised text placed in `storage` (for loops over many short strings).
std::string_view to_nfc(std::string_view utf8, std::string& storage);

} // namespace stadtsatz::text
