#include "charts/chart_text.hpp"

namespace stadtsatz::charts {

namespace {

// Average advance of a character in em: digits and lower-case letters of common text fonts
// lie near 0.5 em, capitals and bold text are wider.
double advance(char32_t character, bool bold) {
    double em = 0.55;
    if (character == ' ' || character == '.' || character == ',' || character == '(' ||
        character == ')' || character == '-' || character == 'i' || character == 'l') {
        em = 0.3;
    } else if (character >= 'A' && character <= 'Z') {
        em = 0.68;
    } else if (character == 'm' || character == 'w' || character == 'M' || character == 'W') {
        em = 0.85;
    }
    return bold ? em * 1.08 : em;
}

// The code point that starts at `index` of UTF-8 `text`; `index` moves past it.
char32_t next_code_point(std::string_view text, std::size_t& index) {
    const auto lead = static_cast<unsigned char>(text[index++]);
    int continuation = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    char32_t code = continuation == 0 ? lead : lead & (0x3F >> continuation);
    while (continuation-- > 0 && index < text.size()) {
        code = (code << 6) | (static_cast<unsigned char>(text[index++]) & 0x3F);
    }
    return code;
}

} // namespace

double estimated_text_width(std::string_view text, double size, bool bold) {
    double width = 0;
    std::size_t index = 0;
    while (index < text.size()) {
        width += advance(next_code_point(text, index), bold) * size;
    }
    return width;
}

std::string fitted_text(const std::string& text, double size, double width, bool bold) {
    if (estimated_text_width(text, size, bold) <= width) {
        return text;
    }
    const std::string ellipsis = "…";
    const double room = width - estimated_text_width(ellipsis, size, bold);
    std::size_t index = 0;
    std::size_t fits = 0;     // bytes of the longest prefix that fits
    std::size_t word_end = 0; // the last space within that prefix
    double used = 0;
    while (index < text.size()) {
        const std::size_t start = index;
        const char32_t code = next_code_point(text, index);
        used += advance(code, bold) * size;
        if (used > room) {
            break;
        }
        if (code == ' ') {
            word_end = start;
        }
        fits = index;
    }
    // Cut at the last word boundary unless that throws away more than a third of the room.
    std::size_t cut = fits;
    if (word_end > 0 && estimated_text_width(std::string_view(text).substr(0, word_end), size,
                                             bold) > room * 2 / 3) {
        cut = word_end;
    }
    return text.substr(0, cut) + ellipsis;
}

} // namespace stadtsatz::charts
