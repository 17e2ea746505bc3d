#pragma once

#include "model/measures.hpp"

#include <string>
#include <vector>

namespace stadtsatz::layout {

// One row of a measure card's facts in the PDF: a term and its value as set.
struct MeasureFact {
    std::string label; // "Federführung", "Kosten", ...
    std::string value; // the value as one line of text
};

// The facts of a measure card in reading order: lead office, partners, contact (when given),
// time frame, priority, status, status history and costs (when given). The PDF structure
// tree has one list item per fact.
std::vector<MeasureFact> measure_facts(const model::Measure& measure);

// "85.000 € jährlich": an amount in German form with its currency (EUR as "€") and period.
std::string budget_label(const model::Budget& budget);

} // namespace stadtsatz::layout
