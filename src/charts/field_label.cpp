#include "charts/field_label.hpp"

namespace stadtsatz::charts {

std::string field_label(const model::FieldOfAction& field) {
    if (field.number <= 0) {
        return field.title;
    }
    return std::to_string(field.number) + " " + field.title;
}

std::string measure_count_text(std::size_t count) {
    return std::to_string(count) + (count == 1 ? " Maßnahme" : " Maßnahmen");
}

std::array<std::size_t, 4> count_by_status(const model::FieldOfAction& field) {
    std::array<std::size_t, 4> counts{};
    for (const model::Goal& goal : field.goals) {
        for (const model::Measure& measure : goal.measures) {
            ++counts[static_cast<std::size_t>(measure.status)];
        }
    }
    return counts;
}

std::array<std::size_t, 3> count_by_priority(const model::FieldOfAction& field) {
    std::array<std::size_t, 3> counts{};
    for (const model::Goal& goal : field.goals) {
        for (const model::Measure& measure : goal.measures) {
            ++counts[static_cast<std::size_t>(measure.priority)];
        }
    }
    return counts;
}

ColourRole status_colour(model::MeasureStatus status) {
    switch (status) {
    case model::MeasureStatus::Planned:
        return ColourRole::StatusPlanned;
    case model::MeasureStatus::InProgress:
        return ColourRole::StatusInProgress;
    case model::MeasureStatus::Completed:
        return ColourRole::StatusCompleted;
    case model::MeasureStatus::Ongoing:
        return ColourRole::StatusOngoing;
    }
    return ColourRole::Accent;
}

} // namespace stadtsatz::charts
