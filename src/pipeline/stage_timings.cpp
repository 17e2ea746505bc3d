#include "pipeline/stage_timings.hpp"

namespace stadtsatz::pipeline {

double StageTimings::total_milliseconds() const {
    double total = 0;
    for (const auto& entry : entries_) {
        total += entry.milliseconds;
    }
    return total;
}

} // namespace stadtsatz::pipeline
