#pragma once

// Indicators and fields of action for the chart tests.

#include "model/measures.hpp"

#include <optional>
#include <string>

namespace chart_test_data {

using namespace stadtsatz;

// A decimal as the reader makes it from the XML text `written`.
inline model::Decimal decimal(const std::string& written) {
    model::Decimal number;
    number.written = written;
    number.value = std::stod(written);
    const auto point = written.find('.');
    number.decimals = point == std::string::npos ? 0 : static_cast<int>(written.size() - point - 1);
    return number;
}

inline model::IndicatorValue value(int year, const std::string& written) {
    model::IndicatorValue result;
    result.year = year;
    result.number = decimal(written);
    return result;
}

// An indicator in percent: baseline 62 (2025), target 90 (2029), no measured values.
inline model::Indicator percent_indicator() {
    model::Indicator indicator;
    indicator.name = {model::make_text("Anteil der Kinder im Vorkurs Deutsch")};
    indicator.unit = "Prozent";
    indicator.baseline = value(2025, "62");
    indicator.target = value(2029, "90");
    return indicator;
}

inline model::Measure measure(std::string id, int start, int end, model::MeasureStatus status,
                              model::Priority priority, bool ongoing = false) {
    model::Measure result;
    result.id = std::move(id);
    result.title = "Maßnahme " + result.id;
    result.start_year = start;
    result.end_year = ongoing ? 0 : end;
    result.ongoing = ongoing;
    result.status = status;
    result.priority = priority;
    return result;
}

// Field 1 with four measures of mixed status, priority and time frame.
inline model::FieldOfAction language_field() {
    model::FieldOfAction field;
    field.id = "sprache-bildung";
    field.number = 1;
    field.title = "Sprache und Bildung";
    model::Goal goal;
    goal.id = "Z-1.1";
    using model::MeasureStatus;
    using model::Priority;
    goal.measures.push_back(
        measure("M-1.1.1", 2026, 2028, MeasureStatus::InProgress, Priority::High));
    goal.measures.push_back(
        measure("M-1.1.2", 2025, 2025, MeasureStatus::Completed, Priority::High));
    goal.measures.push_back(measure("M-1.1.3", 2027, 2029, MeasureStatus::Planned, Priority::Low));
    goal.measures.push_back(
        measure("M-1.1.4", 2026, 0, MeasureStatus::Ongoing, Priority::Medium, true));
    field.goals.push_back(goal);
    return field;
}

} // namespace chart_test_data
