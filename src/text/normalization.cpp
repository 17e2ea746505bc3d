#include "text/normalization.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace stadtsatz::text {

std::string to_nfc(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) {
        return std::string(utf8);
    }
    const auto source =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
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
