#pragma once

#include "model/contact_point.hpp"
#include "model/inline.hpp"
#include "model/source_position.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stadtsatz::model {

enum class Priority { High, Medium, Low };
enum class MeasureStatus { Planned, InProgress, Completed, Ongoing };

// German words editors write in the XML and readers see in the brochure.
const char* priority_label(Priority priority);    // "hoch", "mittel", "niedrig"
const char* status_label(MeasureStatus status);   // "geplant", "in Umsetzung", ...
const char* status_keyword(MeasureStatus status); // as written in the XML: "in-umsetzung"

// A number with the precision the editor wrote: "1.0" is 1 with one decimal and prints "1,0".
struct Decimal {
    double value = 0;
    int decimals = 0;    // digits written after the decimal point
    std::string written; // the number as written in the XML, e.g. "1.0", "-3", "12.50"
};

// A value of an indicator in a year: a number, or (a target only) a qualitative description.
struct IndicatorValue {
    int year = 0;
    std::optional<Decimal> number; // <ausgangswert>, <zielwert>, <messwert>
    Inlines description;           // <zielbeschreibung>: "alle Grundschulen" (no number then)
    SourcePosition position;
};

// A measurable quantity that shows whether a measure works (Indikator).
struct Indicator {
    Inlines name;
    std::string unit;                         // e.g. "Prozent", "Teilnehmende"; may be empty
    std::optional<IndicatorValue> baseline;   // Ausgangswert; absent when none was measured yet
    IndicatorValue target;                    // Zielwert (number) or Zielbeschreibung (text)
    std::vector<IndicatorValue> measurements; // <messwert jahr>: in ascending years
    Inlines data_source;                      // Datenquelle
    SourcePosition position;

    // True when the target is a number: such an indicator gets a chart and a progress value.
    bool is_numeric() const { return target.number.has_value(); }
};

// Whom a cost refers to in time.
enum class CostPeriod {
    OneOff,  // einmalig
    PerYear, // jährlich
    Total,   // gesamt: over the measure's whole time frame
};

const char* cost_period_label(CostPeriod period);   // "einmalig", "jährlich", "gesamt"
const char* cost_period_keyword(CostPeriod period); // as written: "einmalig", "jaehrlich", ...

// What a measure costs and who pays (Kosten): <kosten betrag waehrung zeitraum>funding</kosten>.
struct Budget {
    Decimal amount;
    std::string currency = "EUR"; // ISO 4217 code
    CostPeriod period = CostPeriod::Total;
    Inlines funding; // Finanzierung: "Städtischer Haushalt; Förderprogramm …"; may be empty
    SourcePosition position;
};

// One step of a measure's status history (Statusverlauf).
struct StatusChange {
    std::string date; // ISO date or year-month as written: "2026-09", "2026-09-15"
    MeasureStatus status = MeasureStatus::Planned;
    Inlines note; // what happened; may be empty
    SourcePosition position;
};

// What the city will do (Maßnahme).
struct Measure {
    std::string id; // e.g. "M-1.2.1", referable as #M-1.2.1
    std::string title;
    std::vector<Inlines> description; // one entry per paragraph
    std::string lead_office;          // Federführung
    std::vector<std::string> partners;
    std::optional<ContactPoint> contact; // Ansprechperson: name, phone, e-mail
    int start_year = 0;                  // Zeitraum
    int end_year = 0;                    // 0 when `ongoing`
    bool ongoing = false;                // the time frame is open-ended ("ab 2026, dauerhaft")
    Priority priority = Priority::Medium;
    MeasureStatus status = MeasureStatus::Planned;
    std::vector<StatusChange> status_history; // in the order written (oldest first)
    std::optional<Budget> budget;
    std::vector<Indicator> indicators;
    SourcePosition position;
};

// What the city wants to reach within a field of action (Ziel).
struct Goal {
    std::string id;
    Inlines text;
    std::vector<Measure> measures;
    SourcePosition position;
};

// One field of action (Handlungsfeld) with its guiding goal (Leitziel).
struct FieldOfAction {
    std::string id;
    int number = 0; // set by resolve: 1, 2, ...
    std::string title;
    Inlines guiding_goal;              // Leitziel
    std::vector<Inlines> introduction; // short situation analysis, one entry per paragraph
    std::vector<Goal> goals;
    SourcePosition position;
};

// A measure's time frame as readers see it: "2026–2028", "2026" or "ab 2026, dauerhaft".
std::string time_frame_label(const Measure& measure);

// Calls `visit` for every text of the field that may hold markup, in reading order: guiding
// goal, introduction, then per goal its text and per measure its description, status notes,
// budget funding and per indicator name, target description and data source.
void for_each_text(FieldOfAction& field, const std::function<void(Inlines&)>& visit);
void for_each_text(const FieldOfAction& field, const std::function<void(const Inlines&)>& visit);

} // namespace stadtsatz::model
