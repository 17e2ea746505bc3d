#include "model/measures.hpp"

namespace stadtsatz::model {

const char* priority_label(Priority priority) {
    switch (priority) {
    case Priority::High:
        return "hoch";
    case Priority::Medium:
        return "mittel";
    case Priority::Low:
        return "niedrig";
    }
    return "";
}

const char* status_label(MeasureStatus status) {
    switch (status) {
    case MeasureStatus::Planned:
        return "geplant";
    case MeasureStatus::InProgress:
        return "in Umsetzung";
    case MeasureStatus::Completed:
        return "abgeschlossen";
    case MeasureStatus::Ongoing:
        return "Daueraufgabe";
    }
    return "";
}

std::string time_frame_label(const Measure& measure) {
    const std::string start = std::to_string(measure.start_year);
    if (measure.ongoing) {
        return "ab " + start + ", dauerhaft";
    }
    if (measure.end_year == 0 || measure.end_year == measure.start_year) {
        return start;
    }
    return start + "–" + std::to_string(measure.end_year); // en dash for ranges
}

} // namespace stadtsatz::model
