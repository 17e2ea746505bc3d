// Finds URLs and e-mail addresses written as plain text and locks them, so no typographic
// rule changes "https://example.org/a--b..." or "m.mustermann@neu-ulm.de".

#include "text/typography_stream.hpp"

namespace stadtsatz::text::typography {
namespace {

bool is_leading_punctuation(char32_t character) {
    return std::u32string_view(U"([{<\"'\u201E\u201A\u201C\u2018\u00BB\u00AB").find(character) !=
           std::u32string_view::npos;
}

bool is_trailing_punctuation(char32_t character) {
    return std::u32string_view(U".,;:!?)]}>\"'\u201C\u2018\u2019\u00AB\u00BB").find(character) !=
           std::u32string_view::npos;
}

char32_t lower_ascii(char32_t character) {
    return character >= U'A' && character <= U'Z' ? character + 32 : character;
}

// Whether the characters of [begin, end) look like a URL or an e-mail address.
bool looks_like_address(const CellStream& stream, std::size_t begin, std::size_t end) {
    std::u32string text;
    for (std::size_t index = begin; index < end; ++index) {
        text += lower_ascii(stream[index].character);
    }
    if (text.find(U"://") != std::u32string::npos || text.rfind(U"www.", 0) == 0) {
        return true;
    }
    const std::size_t at_sign = text.find(U'@');
    if (at_sign == std::u32string::npos || at_sign == 0 || at_sign + 1 >= text.size()) {
        return false;
    }
    const std::size_t dot = text.find(U'.', at_sign);
    return dot != std::u32string::npos && dot > at_sign + 1 && dot + 1 < text.size();
}

} // namespace

void lock_urls(CellStream& stream) {
    std::size_t index = 0;
    while (index < stream.size()) {
        if (is_space(stream[index].character)) {
            ++index;
            continue;
        }
        std::size_t end = index;
        while (end < stream.size() && !is_space(stream[end].character)) {
            ++end;
        }
        std::size_t core_begin = index;
        std::size_t core_end = end;
        while (core_begin < core_end && is_leading_punctuation(stream[core_begin].character)) {
            ++core_begin;
        }
        while (core_end > core_begin && is_trailing_punctuation(stream[core_end - 1].character)) {
            --core_end;
        }
        if (core_begin < core_end && looks_like_address(stream, core_begin, core_end)) {
            for (std::size_t cell = core_begin; cell < core_end; ++cell) {
                stream[cell].locked = true;
            }
        }
        index = end;
    }
}

} // namespace stadtsatz::text::typography
