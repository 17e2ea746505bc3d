#include "text/unicode_letters.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace stadtsatz::text {

char32_t next_code_point(std::string_view utf8, std::size_t& index) {
    const auto lead = static_cast<unsigned char>(utf8[index]);
    if (lead < 0x80) {
        ++index;
        return lead;
    }
    int length = 0;
    char32_t code_point = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        code_point = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        code_point = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        code_point = lead & 0x07;
    } else {
        ++index;
        return 0xFFFD;
    }
    if (index + static_cast<std::size_t>(length) > utf8.size()) {
        ++index;
        return 0xFFFD;
    }
    for (int offset = 1; offset < length; ++offset) {
        const auto continuation = static_cast<unsigned char>(utf8[index + offset]);
        if ((continuation & 0xC0) != 0x80) {
            ++index;
            return 0xFFFD;
        }
        code_point = (code_point << 6) | (continuation & 0x3F);
    }
    index += static_cast<std::size_t>(length);
    return code_point;
}

void append_utf8(std::string& utf8, char32_t code_point) {
    if (code_point < 0x80) {
        utf8.push_back(static_cast<char>(code_point));
    } else if (code_point < 0x800) {
        utf8.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
        utf8.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else if (code_point < 0x10000) {
        utf8.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
        utf8.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        utf8.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else {
        utf8.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
        utf8.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
        utf8.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        utf8.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    }
}

char32_t fold_case(char32_t code_point) {
    if (code_point < 0x80) {
        return (code_point >= 'A' && code_point <= 'Z') ? code_point + 0x20 : code_point;
    }
    return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(code_point), U_FOLD_CASE_DEFAULT));
}

char32_t base_letter(char32_t code_point) {
    // Letters with a stroke or without a dot do not decompose.
    switch (code_point) {
    case U'ı':
        return U'i';
    case U'ł':
        return U'l';
    case U'ø':
        return U'o';
    case U'đ':
        return U'd';
    case U'ħ':
        return U'h';
    default:
        break;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* decomposition = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString decomposed;
    if (U_FAILURE(status) ||
        !decomposition->getDecomposition(static_cast<UChar32>(code_point), decomposed) ||
        decomposed.isEmpty()) {
        return code_point;
    }
    return static_cast<char32_t>(decomposed.char32At(0));
}

bool is_letter(char32_t code_point) {
    if (code_point < 0x80) {
        return (code_point >= 'a' && code_point <= 'z') || (code_point >= 'A' && code_point <= 'Z');
    }
    return u_isalpha(static_cast<UChar32>(code_point)) != 0;
}

bool is_digit(char32_t code_point) {
    if (code_point < 0x80) {
        return code_point >= '0' && code_point <= '9';
    }
    return u_isdigit(static_cast<UChar32>(code_point)) != 0;
}

bool is_upper_case(char32_t code_point) {
    if (code_point < 0x80) {
        return code_point >= 'A' && code_point <= 'Z';
    }
    return u_isupper(static_cast<UChar32>(code_point)) ||
           u_istitle(static_cast<UChar32>(code_point));
}

} // namespace stadtsatz::text
