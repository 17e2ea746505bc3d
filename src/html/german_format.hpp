#pragma once

#include "model/measures.hpp"

#include <string>

namespace stadtsatz::html {

// A number as German readers write it: decimal comma, "." between thousands ("1.250",
// "12,5"); at most two decimals, trailing zeros dropped.
std::string format_german_number(double value);

// "2026-11-24" -> "24. November 2026"; anything else is returned unchanged.
std::string format_german_date(const std::string& iso_date);

// A measure's time frame: "2026–2028", "2026" or "ab 2026, dauerhaft".
std::string format_time_frame(const model::Measure& measure);

} // namespace stadtsatz::html
