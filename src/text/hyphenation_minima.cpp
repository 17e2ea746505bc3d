#include "text/hyphenation_minima.hpp"

#include "text/unicode_letters.hpp"

namespace stadtsatz::text {
namespace {

constexpr char32_t soft_hyphen = 0x00AD;

// The start of the code point that ends just before byte `end` (`end` > 0).
std::size_t previous_code_point_start(std::string_view text, std::size_t end) {
    std::size_t start = end - 1;
    while (start > 0 && end - start < 4 &&
           (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
        --start;
    }
    return start;
}

} // namespace

LettersAroundBreak letters_around_break(std::string_view text, std::size_t offset) {
    LettersAroundBreak letters;
    if (offset > text.size()) {
        return letters;
    }
    for (std::size_t end = offset; end > 0;) {
        const std::size_t start = previous_code_point_start(text, end);
        std::size_t index = start;
        const char32_t code_point = next_code_point(text, index);
        if (code_point != soft_hyphen) {
            if (!is_letter(code_point)) {
                break;
            }
            ++letters.before;
        }
        end = start;
    }
    for (std::size_t index = offset; index < text.size();) {
        const char32_t code_point = next_code_point(text, index);
        if (code_point != soft_hyphen) {
            if (!is_letter(code_point)) {
                break;
            }
            ++letters.after;
        }
    }
    return letters;
}

bool meets_hyphenation_minima(std::string_view text, std::size_t offset, std::size_t word_length,
                              std::size_t left, std::size_t right) {
    const LettersAroundBreak letters = letters_around_break(text, offset);
    return letters.before >= left && letters.after >= right &&
           letters.before + letters.after >= word_length;
}

} // namespace stadtsatz::text
