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

const char* status_keyword(MeasureStatus status) {
    switch (status) {
    case MeasureStatus::Planned:
        return "geplant";
    case MeasureStatus::InProgress:
        return "in-umsetzung";
    case MeasureStatus::Completed:
        return "abgeschlossen";
    case MeasureStatus::Ongoing:
        return "daueraufgabe";
    }
    return "";
}

const char* cost_period_label(CostPeriod period) {
    switch (period) {
    case CostPeriod::OneOff:
        return "einmalig";
    case CostPeriod::PerYear:
        return "jährlich";
    case CostPeriod::Total:
        return "gesamt";
    }
    return "";
}

const char* cost_period_keyword(CostPeriod period) {
    switch (period) {
    case CostPeriod::OneOff:
        return "einmalig";
    case CostPeriod::PerYear:
        return "jaehrlich";
    case CostPeriod::Total:
        return "gesamt";
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

namespace {

// One walk for both constness: `Field` is FieldOfAction or const FieldOfAction.
template <typename Field, typename Visit> void walk_texts(Field& field, const Visit& visit) {
    visit(field.guiding_goal);
    for (auto& paragraph : field.introduction) {
        visit(paragraph);
    }
    for (auto& goal : field.goals) {
        visit(goal.text);
        for (auto& measure : goal.measures) {
            for (auto& paragraph : measure.description) {
                visit(paragraph);
            }
            for (auto& change : measure.status_history) {
                visit(change.note);
            }
            if (measure.budget) {
                visit(measure.budget->funding);
            }
            for (auto& indicator : measure.indicators) {
                visit(indicator.name);
                visit(indicator.target.description);
                visit(indicator.data_source);
            }
        }
    }
}

} // namespace

void for_each_text(FieldOfAction& field, const std::function<void(Inlines&)>& visit) {
    walk_texts(field, visit);
}

void for_each_text(const FieldOfAction& field, const std::function<void(const Inlines&)>& visit) {
    walk_texts(field, visit);
}

} // namespace stadtsatz::model
