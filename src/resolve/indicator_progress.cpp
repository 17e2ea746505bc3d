#include "resolve/indicator_progress.hpp"

#include "text/german_format.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace stadtsatz::resolve {

IndicatorProgress indicator_progress(const model::Indicator& indicator, int reference_year) {
    IndicatorProgress result;
    std::vector<const model::IndicatorValue*> measured;
    for (const model::IndicatorValue& value : indicator.measurements) {
        if (value.number && (reference_year <= 0 || value.year <= reference_year)) {
            measured.push_back(&value);
        }
    }
    if (indicator.baseline && indicator.baseline->number) {
        result.baseline = *indicator.baseline;
    } else if (!measured.empty()) {
        result.baseline = *measured.front();
        result.baseline_is_first_measurement = true;
    }
    if (!measured.empty()) {
        result.latest = *measured.back();
    }
    if (!indicator.is_numeric()) {
        result.state = ProgressState::Qualitative;
        return result;
    }
    if (measured.empty()) {
        result.state = ProgressState::NoMeasurement;
        return result;
    }
    if (result.baseline_is_first_measurement && measured.size() < 2) {
        result.state = ProgressState::NoProgress;
        return result;
    }
    const double baseline = result.baseline->number->value;
    const double latest = result.latest->number->value;
    const double target = indicator.target.number->value;
    const int baseline_year = result.baseline->year;
    const int target_year = indicator.target.year;
    if (target_year > baseline_year) {
        const double share = static_cast<double>(result.latest->year - baseline_year) /
                             static_cast<double>(target_year - baseline_year) * 100.0;
        result.expected = std::clamp(share, 0.0, 100.0);
    } else {
        result.expected = 100.0; // the target year is the baseline year: due at once
    }
    if (target == baseline) {
        // Nothing to gain: the target is reached while the value holds.
        result.state = latest == target ? ProgressState::Reached : ProgressState::Behind;
        return result;
    }
    result.progress = (latest - baseline) / (target - baseline) * 100.0;
    if (*result.progress >= 100.0) {
        result.state = ProgressState::Reached;
    } else if (*result.progress >= *result.expected - on_track_tolerance_points) {
        result.state = ProgressState::OnTrack;
    } else {
        result.state = ProgressState::Behind;
    }
    return result;
}

// Words, not symbols or colours alone (WCAG 1.4.1), and no geometric shapes the text fonts lack.
std::string progress_state_label(ProgressState state) {
    switch (state) {
    case ProgressState::Reached:
        return "erreicht";
    case ProgressState::OnTrack:
        return "im Plan";
    case ProgressState::Behind:
        return "im Verzug";
    case ProgressState::NoMeasurement:
        return "keine Messung";
    case ProgressState::NoProgress:
        return "erst ein Messwert";
    case ProgressState::Qualitative:
        return "Ziel in Worten";
    }
    return "";
}

std::string german_percent(double percent) {
    double rounded = std::round(percent);
    if (rounded == 0) {
        rounded = 0; // not "−0 %"
    }
    return text::german_number(rounded) + "\u202F%";
}

} // namespace stadtsatz::resolve
