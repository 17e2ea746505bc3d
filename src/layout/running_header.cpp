#include "layout/running_header.hpp"

#include "layout/utf8.hpp"

#include <vector>

namespace stadtsatz::layout {
namespace {

constexpr const char* ellipsis = "\u2026";

// Characters that do not end a shortened header: spaces, commas, colons, dashes.
bool is_trailing_punctuation(char32_t code_point) {
    return code_point == U' ' || code_point == U',' || code_point == U';' || code_point == U':' ||
           code_point == U'-' || code_point == 0x2013 || code_point == 0x2014 ||
           code_point == 0xA0 || code_point == 0x202F || code_point == U'(' ||
           code_point == 0x201E || code_point == 0x201A;
}

// `text` cut to its first `length` code points, trailing punctuation removed, ellipsis added.
std::string shortened(const std::u32string& text, std::size_t length) {
    while (length > 0 && is_trailing_punctuation(text[length - 1])) {
        --length;
    }
    return encode_utf8(std::u32string_view(text).substr(0, length)) + ellipsis;
}

} // namespace

std::string running_header_text(const model::Chapter& chapter) {
    const std::string title =
        chapter.short_title.empty() ? model::title_text(chapter.title) : chapter.short_title;
    return chapter.number.empty() ? title : chapter.number + "  " + title;
}

std::string fit_with_ellipsis(const std::string& text, const std::string& file, double size,
                              double width, FontMetrics& metrics) {
    if (metrics.width(file, text, size) <= width) {
        return text;
    }
    const std::u32string characters = decode_utf8(text);
    // The longest prefix that fits with its ellipsis (widths grow with the prefix).
    std::size_t fitting = 0;
    std::size_t low = 1;
    std::size_t high = characters.size();
    while (low <= high) {
        const std::size_t middle = low + (high - low) / 2;
        if (metrics.width(file, shortened(characters, middle), size) <= width) {
            fitting = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    // Cut at a word's end when one is in the fitting part and not far back (a long word is
    // cut inside rather than dropped from a header that would stay half empty).
    for (std::size_t length = fitting; length > 0 && length * 5 >= fitting * 3; --length) {
        if (length < characters.size() && characters[length] == U' ') {
            const std::string candidate = shortened(characters, length);
            if (candidate != ellipsis) {
                return candidate;
            }
            break;
        }
    }
    return fitting == 0 ? std::string(ellipsis) : shortened(characters, fitting);
}

} // namespace stadtsatz::layout
