#include "text/normalization.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace stadtsatz::text {

namespace {

// Below U+0300 (lead bytes under 0xCC) every character is already in NFC: no combining marks,
// no Hangul. Most German text is, so it skips ICU's conversions entirely.
bool below_combining_marks(std::string_view utf8) {
    for (const char byte : utf8) {
        if (static_cast<unsigned char>(byte) >= 0xCC) {
            return false;
        }
    }
    return true;
}

} // namespace

std::string_view to_nfc(std::string_view utf8, std::string& storage) {
    if (below_combining_marks(utf8)) {
        return utf8;
    }
    storage = to_nfc(utf8);
    return storage;
}

std::string to_nfc(std::string_view utf8) {
    if (below_combining_marks(utf8)) {
        return std::string(utf8);
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) {
        return std::string(utf8);
    }
    const auto source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    if (normalizer->isNormalized(source, status) && U_SUCCESS(status)) {
        return std::string(utf8);
    }
    status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = normalizer->normalize(source, status);
    if (U_FAILURE(status)) {
        return std::string(utf8);
    }
    std::string result;
    normalized.toUTF8String(result);
    return result;
}

} // namespace stadtsatz::text
