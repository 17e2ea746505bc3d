#pragma once

#include <string>
#include <string_view>

namespace stadtsatz::text {

// Unicode NFC (composed form): "a" + combining diaeresis becomes "ä", so searching,
// hyphenation and glyph lookup see one character. Invalid UTF-8 is replaced by U+FFFD.
std::string to_nfc(std::string_view utf8);

} // namespace stadtsatz::text
