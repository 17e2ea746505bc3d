#include "read/unicode_text.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace stadtsatz::read {

std::size_t invalid_utf8_offset(std::string_view text) {
    int32_t index = 0;
    auto length = static_cast<int32_t>(text.size());
    while (index < length) {
        int32_t start = index;
        UChar32 code_point = 0;
        U8_NEXT(text.data(), index, length, code_point);
        if (code_point < 0) {
            return static_cast<std::size_t>(start);
        }
    }
    return std::string_view::npos;
}

bool is_valid_utf8(std::string_view text) {
    return invalid_utf8_offset(text) == std::string_view::npos;
}

std::string slugify(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* decomposer = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    // German umlauts first, so the decomposition below does not just drop their dots.
    source.toLower(icu::Locale::getGerman());
    source.findAndReplace(icu::UnicodeString(u"ä"), icu::UnicodeString(u"ae"));
    source.findAndReplace(icu::UnicodeString(u"ö"), icu::UnicodeString(u"oe"));
    source.findAndReplace(icu::UnicodeString(u"ü"), icu::UnicodeString(u"ue"));
    source.findAndReplace(icu::UnicodeString(u"ß"), icu::UnicodeString(u"ss"));
    source.findAndReplace(icu::UnicodeString(u"a\u0308"), icu::UnicodeString(u"ae"));
    source.findAndReplace(icu::UnicodeString(u"o\u0308"), icu::UnicodeString(u"oe"));
    source.findAndReplace(icu::UnicodeString(u"u\u0308"), icu::UnicodeString(u"ue"));
    icu::UnicodeString decomposed = source;
    if (decomposer != nullptr && U_SUCCESS(status)) {
        decomposed = decomposer->normalize(source, status);
        if (U_FAILURE(status)) {
            decomposed = source;
        }
    }
    std::string slug;
    bool pending_separator = false;
    for (int32_t index = 0; index < decomposed.length();) {
        UChar32 code_point = decomposed.char32At(index);
        index += U16_LENGTH(code_point);
        if (u_getCombiningClass(code_point) != 0 || u_charType(code_point) == U_NON_SPACING_MARK) {
            continue; // an accent left over from decomposition: é → e
        }
        if ((code_point >= 'a' && code_point <= 'z') || (code_point >= '0' && code_point <= '9')) {
            if (pending_separator && !slug.empty()) {
                slug += '-';
            }
            pending_separator = false;
            slug += static_cast<char>(code_point);
        } else if (u_isalnum(code_point)) {
            // A letter outside ASCII (Greek, Cyrillic, ...): keep it as written.
            if (pending_separator && !slug.empty()) {
                slug += '-';
            }
            pending_separator = false;
            icu::UnicodeString single(code_point);
            single.toUTF8String(slug);
        } else {
            pending_separator = true;
        }
    }
    return slug;
}

} // namespace stadtsatz::read
