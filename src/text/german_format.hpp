#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace stadtsatz::text {

// A number as German readers write it (ICU, locale "de"): decimal comma, "." between
// thousands, at most two decimals, trailing zeros dropped, and a real minus sign:
// 1250 → "1.250", 12.5 → "12,5", -3.5 → "−3,5".
std::string german_number(double value);

// A number as the editor wrote it in the XML (decimal point), in German form with exactly the
// decimals written: "1.0" → "1,0", "12.50" → "12,50", "1250" → "1.250", "-3" → "−3". Text that
// is no such number comes back unchanged.
std::string german_decimal(std::string_view written);

// A file size as a download link states it, in SI units (1 kB = 1000 bytes) joined to the
// number by a narrow no-break space (U+202F), as the typography joins units:
// 412 → "412 Byte", 84 321 → "84 kB", 1 234 567 → "1,2 MB".
std::string german_file_size(std::uintmax_t bytes);

// "2026-11-24" → "24. November 2026"; anything that is not an ISO date stays as it is.
std::string german_long_date(const std::string& iso_date);

// A date of a status history as German readers write it: "2026" → "2026", "2026-09" →
// "September 2026", "2026-09-15" → "15. September 2026"; anything else stays as it is.
std::string german_partial_date(const std::string& iso_date);

} // namespace stadtsatz::text
