#include "layout/measure_facts.hpp"

#include "text/german_format.hpp"

namespace stadtsatz::layout {

std::string budget_label(const model::Budget& budget) {
    const std::string currency = budget.currency == "EUR" ? "€" : budget.currency;
    return text::german_decimal(budget.amount.written) + "\u00A0" + currency + " " +
           model::cost_period_label(budget.period);
}

std::vector<MeasureFact> measure_facts(const model::Measure& measure) {
    std::string partners;
    for (const auto& partner : measure.partners) {
        partners += (partners.empty() ? "" : ", ") + partner;
    }
    std::vector<MeasureFact> facts = {
        {"Federführung", measure.lead_office},
        {"Partner", partners.empty() ? "\u2013" : partners},
    };
    if (measure.contact) {
        std::string contact = measure.contact->name;
        for (const std::string* detail : {&measure.contact->phone, &measure.contact->email}) {
            if (!detail->empty()) {
                contact += ", " + *detail;
            }
        }
        facts.push_back({"Ansprechperson", contact});
    }
    facts.push_back({"Zeitraum", model::time_frame_label(measure)});
    facts.push_back({"Priorität", model::priority_label(measure.priority)});
    facts.push_back({"Status", model::status_label(measure.status)});
    if (!measure.status_history.empty()) {
        std::string history;
        for (const model::StatusChange& change : measure.status_history) {
            history += (history.empty() ? "" : "; ") + text::german_partial_date(change.date) +
                       ": " + model::status_label(change.status);
            const std::string note = model::plain_text(change.note);
            if (!note.empty()) {
                history += " \u2013 " + note;
            }
        }
        facts.push_back({"Verlauf", history});
    }
    if (measure.budget) {
        std::string costs = budget_label(*measure.budget);
        const std::string funding = model::plain_text(measure.budget->funding);
        if (!funding.empty()) {
            costs += "; Finanzierung: " + funding;
        }
        facts.push_back({"Kosten", costs});
    }
    return facts;
}

} // namespace stadtsatz::layout
