#pragma once

#include "model/inline.hpp"
#include "model/source_position.hpp"

#include <optional>
#include <string>
#include <vector>

namespace stadtsatz::model {

enum class Priority { High, Medium, Low };
enum class MeasureStatus { Planned, InProgress, Completed, Ongoing };

// German words editors write in the XML and readers see in the brochure.
const char* priority_label(Priority priority);  // "hoch", "mittel", "niedrig"
const char* status_label(MeasureStatus status); // "geplant", "in Umsetzung", ...

// A measurable quantity that shows whether a measure works (Indikator).
struct Indicator {
    std::string name;
    std::string unit;          // e.g. "Prozent", "Teilnehmende"
    double baseline_value = 0; // Ausgangswert
    int baseline_year = 0;
    double target_value = 0; // Zielwert
    int target_year = 0;
    std::string data_source; // Datenquelle
    SourcePosition position;
};

// What the city will do (Maßnahme).
struct Measure {
    std::string id; // e.g. "M-1.2.1", referable as #M-1.2.1
    std::string title;
    std::vector<Inlines> description; // one entry per paragraph
    std::string lead_office;          // Federführung
    std::vector<std::string> partners;
    int start_year = 0;   // Zeitraum
    int end_year = 0;     // 0 when `ongoing`
    bool ongoing = false; // the time frame is open-ended ("ab 2026, dauerhaft")
    Priority priority = Priority::Medium;
    MeasureStatus status = MeasureStatus::Planned;
    std::vector<Indicator> indicators;
    SourcePosition position;
};

// What the city wants to reach within a field of action (Ziel).
struct Goal {
    std::string id;
    std::string text;
    std::vector<Measure> measures;
    SourcePosition position;
};

// One field of action (Handlungsfeld) with its guiding goal (Leitziel).
struct FieldOfAction {
    std::string id;
    int number = 0; // set by resolve: 1, 2, ...
    std::string title;
    std::string guiding_goal;          // Leitziel
    std::vector<Inlines> introduction; // short situation analysis, one entry per paragraph
    std::vector<Goal> goals;
    SourcePosition position;
};

// A measure's time frame as readers see it: "2026–2028", "2026" or "ab 2026, dauerhaft".
std::string time_frame_label(const Measure& measure);

} // namespace stadtsatz::model
