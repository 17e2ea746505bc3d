#pragma once

// The words of an indicator's chart: its values as readers read them, and the summary that
// stands for the chart where it cannot be seen (SVG <desc>, PDF /Alt).

#include "model/measures.hpp"

#include <string>

namespace stadtsatz::charts {

// A number as the editor wrote it, in German form: "1.0" → "1,0", "3400" → "3.400".
std::string decimal_text(const model::Decimal& number);

// A value with its unit as a sentence names it: "62 Prozent"; a unit that only names the kind
// of quantity ("Anzahl") and an empty unit add nothing: "9".
std::string value_with_unit(const model::Decimal& number, const std::string& unit);

// The share of the way from baseline to target that the last measured value has covered, in
// whole percent (may lie below 0 or above 100); -1000 when there is no such share (no
// baseline, no measured value, or target equal to baseline).
constexpr int no_progress = -1000;
int progress_percent(const model::Indicator& indicator);

// German sentences with the chart's key numbers, e.g. "Ausgangswert 62 Prozent (2025),
// gemessen 70 Prozent (2026), Ziel 90 Prozent bis 2029: 29 Prozent des Wegs zum Ziel sind
// zurückgelegt." Empty for an indicator without a numeric target.
std::string indicator_summary(const model::Indicator& indicator);

} // namespace stadtsatz::charts
