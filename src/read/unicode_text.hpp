#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stadtsatz::read {

// A heading anchor derived from its text: lower case, ä→ae, ö→oe, ü→ue, ß→ss, other accents
// dropped, every run of spaces and punctuation one '-', no '-' at either end.
// "Ziele für 2030" → "ziele-fuer-2030". Empty when the text has no letter or digit.
std::string slugify(std::string_view text);

// Whether `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

// The byte offset of the first invalid UTF-8 sequence; std::string_view::npos when valid.
std::size_t invalid_utf8_offset(std::string_view text);

} // namespace stadtsatz::read
