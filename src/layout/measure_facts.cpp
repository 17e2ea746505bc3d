#include "layout/measure_facts.hpp"

#include "text/german_format.hpp"

#include <utility>

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
        std::string phone = measure.contact->phone; // kept on one line: no-break spaces
        for (std::size_t space = phone.find(' '); space != std::string::npos;
             space = phone.find(' ', space)) {
            phone.replace(space, 1, "\u00A0");
        }
        for (const std::string* detail : {&std::as_const(phone), &measure.contact->email}) {
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
            // Entries are joined by "; ", or by a space after a note that ends a sentence.
            const bool sentence_ended = !history.empty() && history.back() == '.';
            history += (history.empty()  ? ""
                        : sentence_ended ? " "
                                         : "; ") +
                       text::german_partial_date(change.date) + ": " +
                       model::status_label(change.status);
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
