#include "text/typography_stream.hpp"

#include <unicode/uchar.h>

namespace stadtsatz::text::typography {

bool unlocked(const CellStream& stream, std::size_t begin, std::size_t end) {
    if (end > stream.size() || begin > end) {
        return false;
    }
    for (std::size_t index = begin; index < end; ++index) {
        if (stream[index].locked) {
            return false;
        }
    }
    return true;
}

bool matches(const CellStream& stream, std::size_t index, std::u32string_view text) {
    if (index + text.size() > stream.size()) {
        return false;
    }
    for (std::size_t offset = 0; offset < text.size(); ++offset) {
        const Cell& cell = stream[index + offset];
        if (cell.locked || cell.character != text[offset]) {
            return false;
        }
    }
    return true;
}

bool is_letter(char32_t character) {
    return character != 0 && u_isalpha(static_cast<UChar32>(character));
}

bool is_digit(char32_t character) {
    return character != 0 && u_isdigit(static_cast<UChar32>(character));
}

bool is_space(char32_t character) {
    return character != 0 && u_isUWhiteSpace(static_cast<UChar32>(character));
}

bool is_letter_or_digit(char32_t character) {
    return is_letter(character) || is_digit(character);
}

bool is_joinable_space(char32_t character) {
    return character == U' ' || character == no_break_space || character == 0x2009 ||
           character == narrow_no_break_space;
}

} // namespace stadtsatz::text::typography
