#pragma once

#include <string>

namespace stadtsatz::text {

// A number as German readers write it (ICU, locale "de"): decimal comma, "." between
// thousands, at most two decimals, trailing zeros dropped, and a real minus sign:
// 1250 → "1.250", 12.5 → "12,5", -3.5 → "−3,5".
std::string german_number(double value);

// "2026-11-24" → "24. November 2026"; anything that is not an ISO date stays as it is.
std::string german_long_date(const std::string& iso_date);

} // namespace stadtsatz::text
