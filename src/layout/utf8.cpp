#include "layout/utf8.hpp"

namespace stadtsatz::layout {

char32_t decode_utf8_at(std::string_view text, std::size_t& index) {
    const auto lead = static_cast<unsigned char>(text[index]);
    int length = 1;
    char32_t code_point = lead;
    if (lead >= 0xF0 && lead < 0xF8) {
        length = 4;
        code_point = lead & 0x07;
    } else if (lead >= 0xE0) {
        length = lead < 0xF0 ? 3 : 1;
        code_point = lead & 0x0F;
    } else if (lead >= 0xC0) {
        length = 2;
        code_point = lead & 0x1F;
    } else if (lead >= 0x80) {
        length = 0; // a continuation byte without a lead byte
    }
    if (length == 0 || (length == 1 && lead >= 0x80) || index + length > text.size()) {
        ++index;
        return U'\uFFFD';
    }
    for (int offset = 1; offset < length; ++offset) {
        const auto next = static_cast<unsigned char>(text[index + offset]);
        if ((next & 0xC0) != 0x80) {
            ++index;
            return U'\uFFFD';
        }
        code_point = (code_point << 6) | (next & 0x3F);
    }
    index += static_cast<std::size_t>(length);
    return code_point;
}

std::u32string decode_utf8(std::string_view text) {
    std::u32string result;
    result.reserve(text.size());
    std::size_t index = 0;
    while (index < text.size()) {
        result.push_back(decode_utf8_at(text, index));
    }
    return result;
}

std::size_t utf8_length(char32_t code_point) {
    return code_point < 0x80 ? 1 : code_point < 0x800 ? 2 : code_point < 0x10000 ? 3 : 4;
}

void append_utf8(std::string& out, char32_t code_point) {
    if (code_point < 0x80) {
        out.push_back(static_cast<char>(code_point));
    } else if (code_point < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else if (code_point < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    }
}

std::string encode_utf8(std::u32string_view text) {
    std::string result;
    result.reserve(text.size());
    for (const char32_t code_point : text) {
        append_utf8(result, code_point);
    }
    return result;
}

} // namespace stadtsatz::layout
