#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stadtsatz::text {

// Decodes the UTF-8 character at `index` and advances `index` past it; invalid bytes decode to
// U+FFFD one byte at a time.
char32_t next_code_point(std::string_view utf8, std::size_t& index);

// Appends `code_point` to `utf8` encoded as UTF-8.
void append_utf8(std::string& utf8, char32_t code_point);

// Simple Unicode case folding (ICU), so ẞ and ß, Ä and ä compare equal; ß stays ß.
char32_t fold_case(char32_t code_point);

// The letter without its diacritics (č → c, ş → s, ł → l, ı → i), for letters of names that
// the German patterns do not know; a letter without a base letter is returned unchanged.
char32_t base_letter(char32_t code_point);

// A letter of a word (ICU alphabetic), e.g. a, ß, é.
bool is_letter(char32_t code_point);

// A decimal digit of any script.
bool is_digit(char32_t code_point);

// An upper-case or title-case letter.
bool is_upper_case(char32_t code_point);

} // namespace stadtsatz::text
