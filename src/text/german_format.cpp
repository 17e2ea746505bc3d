#include "text/german_format.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <unicode/numberformatter.h>

namespace stadtsatz::text {

std::string german_number(double value) {
    using namespace icu::number;
    UErrorCode status = U_ZERO_ERROR;
    // A formatter is immutable and thread-safe; building it once keeps formatting cheap.
    static const LocalizedNumberFormatter formatter =
        NumberFormatter::withLocale(icu::Locale::getGermany())
            .precision(Precision::maxFraction(2))
            .roundingMode(UNUM_ROUND_HALFUP);
    std::string result;
    formatter.formatDouble(value, status).toString(status).toUTF8String(result);
    if (U_FAILURE(status)) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%g", value);
        return buffer;
    }
    if (!result.empty() && result.front() == '-') {
        result.replace(0, 1, "\u2212"); // minus sign, not a hyphen
    }
    return result;
}

std::string german_decimal(std::string_view written) {
    using namespace icu::number;
    std::size_t index = 0;
    if (index < written.size() && (written[index] == '-' || written[index] == '+')) {
        ++index;
    }
    std::size_t digits = 0;
    int decimals = 0;
    while (index < written.size() && written[index] >= '0' && written[index] <= '9') {
        ++index;
        ++digits;
    }
    if (index < written.size() && written[index] == '.') {
        ++index;
        while (index < written.size() && written[index] >= '0' && written[index] <= '9') {
            ++index;
            ++digits;
            ++decimals;
        }
    }
    if (digits == 0 || index != written.size() || decimals > 15) {
        return std::string(written);
    }
    if (written.front() == '+') {
        written.remove_prefix(1); // ICU reads no plus sign
    }
    UErrorCode status = U_ZERO_ERROR;
    // The decimal string itself is formatted (no detour through double): digits stay exact.
    const LocalizedNumberFormatter formatter =
        NumberFormatter::withLocale(icu::Locale::getGermany())
            .precision(Precision::fixedFraction(decimals));
    std::string result;
    formatter
        .formatDecimal(icu::StringPiece(written.data(), static_cast<int32_t>(written.size())),
                       status)
        .toString(status)
        .toUTF8String(result);
    if (U_FAILURE(status)) {
        return std::string(written);
    }
    if (!result.empty() && result.front() == '-') {
        result.replace(0, 1, "\u2212"); // minus sign, not a hyphen
    }
    return result;
}

std::string german_file_size(std::uintmax_t bytes) {
    const std::string narrow_no_break_space = "\u202F";
    if (bytes < 1000) {
        return std::to_string(bytes) + narrow_no_break_space + "Byte";
    }
    const double kilobytes = std::round(static_cast<double>(bytes) / 1e3);
    if (kilobytes < 1000) {
        return german_number(kilobytes) + narrow_no_break_space + "kB";
    }
    // One decimal is what readers compare; german_number drops a trailing zero ("2 MB").
    const double megabytes = std::round(static_cast<double>(bytes) / 1e5) / 10;
    return german_number(megabytes) + narrow_no_break_space + "MB";
}

namespace {

const std::array<const char*, 12> month_names = {"Januar",    "Februar", "März",     "April",
                                                 "Mai",       "Juni",    "Juli",     "August",
                                                 "September", "Oktober", "November", "Dezember"};

} // namespace

std::string german_long_date(const std::string& iso_date) {
    int year = 0;
    int month = 0;
    int day = 0;
    char rest = 0;
    if (iso_date.size() != 10 ||
        std::sscanf(iso_date.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &rest) != 3 ||
        month < 1 || month > 12 || day < 1 || day > 31) {
        return iso_date;
    }
    return std::to_string(day) + ". " + month_names[static_cast<std::size_t>(month - 1)] + " " +
           std::to_string(year);
}

std::string german_partial_date(const std::string& iso_date) {
    int year = 0;
    int month = 0;
    char rest = 0;
    if (iso_date.size() == 7 &&
        std::sscanf(iso_date.c_str(), "%4d-%2d%c", &year, &month, &rest) == 2 && month >= 1 &&
        month <= 12) {
        return std::string(month_names[static_cast<std::size_t>(month - 1)]) + " " +
               std::to_string(year);
    }
    return german_long_date(iso_date);
}

} // namespace stadtsatz::text
