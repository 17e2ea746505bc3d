#include "charts/indicator_summary.hpp"

#include "text/german_format.hpp"

#include <cmath>

namespace stadtsatz::charts {

std::string decimal_text(const model::Decimal& number) {
    if (number.written.empty()) {
        return text::german_number(number.value);
    }
    return text::german_decimal(number.written);
}

std::string value_with_unit(const model::Decimal& number, const std::string& unit) {
    std::string text = decimal_text(number);
    if (!unit.empty() && unit != "Anzahl") {
        text += " " + unit;
    }
    return text;
}

int progress_percent(const model::Indicator& indicator) {
    if (!indicator.is_numeric() || !indicator.baseline || !indicator.baseline->number ||
        indicator.measurements.empty() || !indicator.measurements.back().number) {
        return no_progress;
    }
    const double baseline = indicator.baseline->number->value;
    const double distance = indicator.target.number->value - baseline;
    if (distance == 0) {
        return no_progress;
    }
    const double covered = indicator.measurements.back().number->value - baseline;
    return static_cast<int>(std::lround(covered / distance * 100));
}

std::string indicator_summary(const model::Indicator& indicator) {
    if (!indicator.is_numeric()) {
        return {};
    }
    const std::string& unit = indicator.unit;
    const bool has_baseline = indicator.baseline && indicator.baseline->number;
    std::string measured;
    for (std::size_t index = 0; index < indicator.measurements.size(); ++index) {
        const model::IndicatorValue& value = indicator.measurements[index];
        if (!value.number) {
            continue;
        }
        if (!measured.empty()) {
            measured += index + 1 == indicator.measurements.size() ? " und " : ", ";
        }
        measured += value_with_unit(*value.number, unit) + " (" + std::to_string(value.year) + ")";
    }
    const std::string target = "Ziel " + value_with_unit(*indicator.target.number, unit) + " bis " +
                               std::to_string(indicator.target.year);
    std::string summary;
    if (has_baseline) {
        summary = "Ausgangswert " + value_with_unit(*indicator.baseline->number, unit) + " (" +
                  std::to_string(indicator.baseline->year) + "), ";
    }
    if (!measured.empty()) {
        summary += (has_baseline ? "gemessen " : "Gemessen ") + measured + ", ";
    }
    summary += target;
    if (measured.empty()) {
        summary += has_baseline ? ". Ein Messwert liegt noch nicht vor."
                                : ". Es ist noch kein Wert gemessen.";
        return summary;
    }
    if (!has_baseline) {
        return summary + ". Ein Ausgangswert ist nicht angegeben.";
    }
    const int progress = progress_percent(indicator);
    if (progress == no_progress) {
        return summary + ".";
    }
    if (progress >= 100) {
        return summary + ": Der Zielwert ist erreicht.";
    }
    if (progress < 0) {
        return summary +
               ": Der letzte Messwert liegt weiter vom Ziel entfernt als der Ausgangswert.";
    }
    return summary + ": " + std::to_string(progress) + " Prozent des Wegs zum Ziel " +
           (progress == 1 ? "ist" : "sind") + " zurückgelegt.";
}

} // namespace stadtsatz::charts
