// The facts of a measure card that a measure may give or not: its contact, its status
// history and its costs, as <dt>/<dd> pairs of the card's description list.
#include "html/content_writer.hpp"
#include "html/html_escape.hpp"
#include "text/german_format.hpp"

namespace stadtsatz::html {
namespace {

std::string fact(const std::string& term, const std::string& description_html) {
    return "<dt>" + escape_text(term) + "</dt><dd>" + description_html + "</dd>\n";
}

// A phone number as a tel: target: digits and a leading '+' only ("0731 7050-1450" →
// "tel:073170501450").
std::string telephone_target(const std::string& phone) {
    std::string digits;
    for (char character : phone) {
        if ((character >= '0' && character <= '9') || (character == '+' && digits.empty())) {
            digits += character;
        }
    }
    return "tel:" + digits;
}

// "85.000 € jährlich": the amount in German form, EUR as "€", other currencies by code.
std::string budget_text(const model::Budget& budget) {
    const std::string currency = budget.currency == "EUR" ? "€" : budget.currency;
    return text::german_decimal(budget.amount.written) + "\u00A0" + currency + " " +
           model::cost_period_label(budget.period);
}

} // namespace

std::string ContentWriter::contact_fact(const model::Measure& item) {
    if (!item.contact) {
        return "";
    }
    const model::ContactPoint& contact = *item.contact;
    std::string html = escape_text(contact.name);
    if (!contact.phone.empty()) {
        html += ", <a href=\"" + escape_attribute(telephone_target(contact.phone)) + "\">" +
                escape_text(contact.phone) + "</a>";
    }
    if (!contact.email.empty()) {
        html += ", <a href=\"" + escape_attribute("mailto:" + contact.email) + "\">" +
                escape_text(contact.email) + "</a>";
    }
    return fact("Ansprechperson", html);
}

std::string ContentWriter::history_and_cost_facts(const model::Measure& item) {
    std::string html;
    if (!item.status_history.empty()) {
        std::string list = "<ol class=\"status-history\">\n";
        for (const model::StatusChange& change : item.status_history) {
            list += "<li><time datetime=\"" + escape_attribute(change.date) + "\">" +
                    escape_text(text::german_partial_date(change.date)) +
                    "</time>: " + escape_text(model::status_label(change.status));
            if (!change.note.empty()) {
                list += " – " + inlines(change.note);
            }
            list += "</li>\n";
        }
        list += "</ol>";
        html += fact("Verlauf", list);
    }
    if (item.budget) {
        std::string costs = escape_text(budget_text(*item.budget));
        if (!item.budget->funding.empty()) {
            costs += "; Finanzierung: " + inlines(item.budget->funding);
        }
        html += fact("Kosten", costs);
    }
    return html;
}

} // namespace stadtsatz::html
