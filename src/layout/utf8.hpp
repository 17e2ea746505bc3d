#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::layout {

// Decodes the code point starting at byte `index` and moves `index` past it; a malformed
// byte becomes U+FFFD and is skipped alone.
char32_t decode_utf8_at(std::string_view text, std::size_t& index);

// Decodes UTF-8 into code points; malformed bytes become U+FFFD.
std::u32string decode_utf8(std::string_view text);

// Appends the UTF-8 form of one code point.
void append_utf8(std::string& out, char32_t code_point);

// How many bytes the UTF-8 form of one code point takes (1 to 4).
std::size_t utf8_length(char32_t code_point);

// Encodes code points as UTF-8.
std::string encode_utf8(std::u32string_view text);

} // namespace stadtsatz::layout
