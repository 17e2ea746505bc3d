#pragma once

#include "model/measures.hpp"

#include <optional>
#include <string>

namespace stadtsatz::resolve {

// How far behind the expected progress an indicator may be and still count as on track, in
// percentage points: figures are measured once a year, so a year's jitter is no delay.
inline constexpr double on_track_tolerance_points = 10.0;

// Where an indicator stands on the monitoring report's reference date.
enum class ProgressState {
    Reached,       // progress ≥ 100 %
    OnTrack,       // progress ≥ expected − tolerance
    Behind,        // less
    NoMeasurement, // no measured value up to the reference date
    NoProgress,    // one value only and no baseline: nothing to compare
    Qualitative,   // a target described in words: no percentage
};

// The progress of one indicator by the monitoring rule (README "Monitoring").
struct IndicatorProgress {
    ProgressState state = ProgressState::NoMeasurement;
    std::optional<model::IndicatorValue> baseline; // the baseline used (maybe the first value)
    bool baseline_is_first_measurement = false;    // no <ausgangswert>: the first value serves
    std::optional<model::IndicatorValue> latest;   // the latest value up to the reference date
    std::optional<double> progress;                // in percent; none when target == baseline
    std::optional<double> expected;                // elapsed time share in percent
};

// progress = (latest − baseline) / (target − baseline) × 100; expected = (latest year −
// baseline year) / (target year − baseline year) × 100; values measured after
// `reference_year` are ignored.
IndicatorProgress indicator_progress(const model::Indicator& indicator, int reference_year);

// "✓ erreicht", "● im Plan", "▲ im Verzug", "– keine Messung", …: the status with a symbol, so
// it does not rely on colour alone.
std::string progress_state_label(ProgressState state);

// A percentage as German text with the narrow no-break space: "29 %", "−12 %".
std::string german_percent(double percent);

} // namespace stadtsatz::resolve
