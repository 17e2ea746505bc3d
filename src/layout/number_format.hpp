#pragma once

#include "model/measures.hpp"

#include <string>

namespace stadtsatz::layout {

// A number the German way: "1.250", "12,5", "0,75" (at most two decimals).
std::string german_number(double value);

// A measure's time frame: "2026–2028", "2026", or "ab 2026, dauerhaft".
std::string time_frame(const model::Measure& measure);

// An ISO date ("2026-11-24") in German long form ("24. November 2026"); other text unchanged.
std::string german_date(const std::string& iso_date);

} // namespace stadtsatz::layout
