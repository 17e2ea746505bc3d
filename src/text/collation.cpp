#include "text/collation.hpp"

#include <memory>
#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <vector>

namespace stadtsatz::text {
namespace {

// One collator per thread: ICU's collators may be shared for reading, but building one costs
// more than the keys of a whole index.
const icu::Collator* german_collator() {
    thread_local const std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> made(
            icu::Collator::createInstance(icu::Locale::getGerman(), status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return collator.get();
}

} // namespace

std::string german_sort_key(std::string_view utf8) {
    const icu::Collator* collator = german_collator();
    if (collator == nullptr) {
        return std::string(utf8); // no collation data: code point order is the best left
    }
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    std::vector<uint8_t> key(64);
    int32_t length = collator->getSortKey(text, key.data(), static_cast<int32_t>(key.size()));
    if (length > static_cast<int32_t>(key.size())) {
        key.resize(static_cast<std::size_t>(length));
        length = collator->getSortKey(text, key.data(), length);
    }
    // The key ends with a zero byte, which bytewise comparison does not need.
    return std::string(key.begin(), key.begin() + (length > 0 ? length - 1 : 0));
}

} // namespace stadtsatz::text
