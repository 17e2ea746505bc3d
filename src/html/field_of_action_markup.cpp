// The web form of goals and measures: a section per field of action, a heading per goal,
// a card per measure with its facts as a description list and its indicators as a table.
#include "html/chart_markup.hpp"
#include "html/content_writer.hpp"
#include "html/html_escape.hpp"
#include "text/german_format.hpp"

namespace stadtsatz::html {
namespace {

std::string priority_class(model::Priority priority) {
    switch (priority) {
    case model::Priority::High:
        return "priority-high";
    case model::Priority::Medium:
        return "priority-medium";
    case model::Priority::Low:
        return "priority-low";
    }
    return "";
}

std::string fact(const std::string& term, const std::string& description_html) {
    return "<dt>" + escape_text(term) + "</dt><dd>" + description_html + "</dd>\n";
}

// "40 (2025)": a value with the year it was measured in, "–" when there is none.
std::string value_with_year(const std::optional<model::IndicatorValue>& value) {
    if (!value || !value->number) {
        return "\u2013";
    }
    std::string text = text::german_decimal(value->number->written);
    if (value->year > 0) {
        text += " (" + std::to_string(value->year) + ")";
    }
    return escape_text(text);
}

} // namespace

std::string ContentWriter::paragraphs(const std::vector<model::Inlines>& texts) {
    std::string html;
    for (const auto& text : texts) {
        html += "<p>" + inlines(text) + "</p>\n";
    }
    return html;
}

std::string ContentWriter::field_of_action(const model::FieldOfAction& field) {
    check_id(field.id, field.position);
    const std::string field_tag = "h" + std::to_string(claim_heading_level(2, field.position));
    std::string html = "<section class=\"field-of-action\">\n";
    html += "<" + field_tag + id_attribute(field.id) + ">";
    html += escape_text("Handlungsfeld " + std::to_string(field.number) + ": " + field.title);
    html += "</" + field_tag + ">\n";
    if (!field.guiding_goal.empty()) {
        html += "<div class=\"guiding-goal\">\n<p class=\"label\">Leitziel</p>\n<p>" +
                inlines(field.guiding_goal) + "</p>\n</div>\n";
    }
    html += paragraphs(field.introduction);
    html += field_status_figure(field);
    for (const auto& goal : field.goals) {
        check_id(goal.id, goal.position);
        const std::string goal_tag = "h" + std::to_string(claim_heading_level(3, goal.position));
        html += "<section class=\"goal\">\n";
        html += "<" + goal_tag + id_attribute(goal.id) + "><span class=\"goal-id\">Ziel " +
                escape_text(goal.id) + "</span> " + heading_inlines(goal.text) + "</" + goal_tag +
                ">\n";
        for (const auto& item : goal.measures) {
            html += measure(item);
        }
        html += "</section>\n";
    }
    html += "</section>\n";
    return html;
}

std::string ContentWriter::measure(const model::Measure& item) {
    check_id(item.id, item.position);
    const std::string tag = "h" + std::to_string(claim_heading_level(4, item.position));
    std::string html = "<article class=\"measure " + priority_class(item.priority) + "\"" +
                       id_attribute(item.id) + ">\n";
    html += "<" + tag + ">" + escape_text(item.id + " – " + item.title) + "</" + tag + ">\n";
    html += paragraphs(item.description);
    html += "<dl class=\"measure-facts\">\n";
    html += fact("Federführung", escape_text(item.lead_office));
    if (!item.partners.empty()) {
        std::string partners;
        for (std::size_t index = 0; index < item.partners.size(); ++index) {
            partners += (index == 0 ? "" : ", ") + item.partners[index];
        }
        html += fact("Partner", escape_text(partners));
    }
    html += fact("Zeitraum", escape_text(model::time_frame_label(item)));
    html += fact("Priorität", escape_text(model::priority_label(item.priority)));
    html += fact("Status", escape_text(model::status_label(item.status)));
    html += "</dl>\n";
    html += indicator_table(item);
    html += indicator_chart_figures(item);
    html += "</article>\n";
    return html;
}

std::string ContentWriter::indicator_table(const model::Measure& item) {
    if (item.indicators.empty()) {
        return "";
    }
    const std::string label = "Indikatoren zu Maßnahme " + item.id;
    std::string html = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" +
                       escape_attribute(label) + "\">\n<table class=\"indicators\">\n";
    html += "<caption>" + escape_text(item.indicators.size() == 1 ? "Indikator" : "Indikatoren") +
            "</caption>\n";
    html += "<thead>\n<tr><th scope=\"col\">Indikator</th><th scope=\"col\">Einheit</th>"
            "<th scope=\"col\" class=\"align-right\">Ausgangswert (Jahr)</th>"
            "<th scope=\"col\" class=\"align-right\">Zielwert (Jahr)</th>"
            "<th scope=\"col\">Datenquelle</th></tr>\n</thead>\n<tbody>\n";
    for (const auto& indicator : item.indicators) {
        const std::string target =
            indicator.is_numeric()
                ? value_with_year(indicator.target)
                : inlines(indicator.target.description) +
                      (indicator.target.year > 0
                           ? escape_text(" (" + std::to_string(indicator.target.year) + ")")
                           : "");
        html += "<tr><th scope=\"row\">" + inlines(indicator.name) + "</th><td>" +
                escape_text(indicator.unit) + "</td><td class=\"align-right\">" +
                value_with_year(indicator.baseline) + "</td><td class=\"align-right\">" + target +
                "</td><td>" + inlines(indicator.data_source) + "</td></tr>\n";
    }
    html += "</tbody>\n</table>\n</div>\n";
    return html;
}

} // namespace stadtsatz::html
