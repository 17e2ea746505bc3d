#pragma once

// How charts name a field of action and count its measures.

#include "charts/chart.hpp"
#include "model/measures.hpp"

#include <array>
#include <string>

namespace stadtsatz::charts {

// "1 Sprache und Bildung"; the title alone before resolve numbered the fields.
std::string field_label(const model::FieldOfAction& field);

// "1 Maßnahme", "6 Maßnahmen".
std::string measure_count_text(std::size_t count);

// How many measures of `field` have each status (index: MeasureStatus) and each priority
// (index: Priority).
std::array<std::size_t, 4> count_by_status(const model::FieldOfAction& field);
std::array<std::size_t, 3> count_by_priority(const model::FieldOfAction& field);

// The four statuses and three priorities in the order charts list them.
constexpr std::array<model::MeasureStatus, 4> all_statuses{
    model::MeasureStatus::Planned, model::MeasureStatus::InProgress,
    model::MeasureStatus::Completed, model::MeasureStatus::Ongoing};
constexpr std::array<model::Priority, 3> all_priorities{
    model::Priority::High, model::Priority::Medium, model::Priority::Low};

// The colour a measure's status is drawn in.
ColourRole status_colour(model::MeasureStatus status);

} // namespace stadtsatz::charts
