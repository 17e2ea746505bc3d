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

} // namespace stadtsatz::model
