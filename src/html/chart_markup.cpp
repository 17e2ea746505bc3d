#include "html/chart_markup.hpp"

#include "html/html_escape.hpp"
#include "model/measure_lookup.hpp"

#include <cstdio>

namespace stadtsatz::html {

namespace {

// A coordinate for an SVG attribute: two decimals at most, no trailing zeros.
std::string coordinate(double value) {
    char written[32];
    std::snprintf(written, sizeof written, "%.2f", value);
    std::string text(written);
    while (!text.empty() && text.back() == '0') {
        text.pop_back();
    }
    if (!text.empty() && text.back() == '.') {
        text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

// The CSS name of a colour role: "accent", "status-planned", ...
const char* role_name(charts::ColourRole role) {
    switch (role) {
    case charts::ColourRole::Text:
        return "text";
    case charts::ColourRole::Axis:
        return "axis";
    case charts::ColourRole::Accent:
        return "accent";
    case charts::ColourRole::Target:
        return "target";
    case charts::ColourRole::Baseline:
        return "baseline";
    case charts::ColourRole::StatusPlanned:
        return "status-planned";
    case charts::ColourRole::StatusInProgress:
        return "status-in-progress";
    case charts::ColourRole::StatusCompleted:
        return "status-completed";
    case charts::ColourRole::StatusOngoing:
        return "status-ongoing";
    case charts::ColourRole::Background:
        return "background";
    }
    return "text";
}

std::string fill_class(charts::ColourRole role) {
    return std::string(" class=\"fill-") + role_name(role) + "\"";
}

// Stroke colour, width and dashes of a line-like mark.
std::string stroke_attributes(const charts::Mark& mark) {
    std::string attributes = std::string(" class=\"stroke-") + role_name(mark.colour) + "\"" +
                             " stroke-width=\"" + coordinate(mark.line_width) + "\"";
    if (mark.dashed) {
        attributes += " stroke-dasharray=\"3 2\"";
    }
    return attributes;
}

// A filled shape's colour: filled, outlined, or both.
std::string shape_attributes(const charts::Mark& mark) {
    if (!mark.filled) {
        return " fill=\"none\"" + stroke_attributes(mark);
    }
    std::string attributes = fill_class(mark.colour);
    if (mark.line_width > 0) {
        attributes += " stroke-width=\"" + coordinate(mark.line_width) + "\"";
    }
    return attributes;
}

const char* anchor_name(charts::TextAnchor anchor) {
    switch (anchor) {
    case charts::TextAnchor::Start:
        return "start";
    case charts::TextAnchor::Middle:
        return "middle";
    case charts::TextAnchor::End:
        return "end";
    }
    return "start";
}

std::string mark_svg(const charts::Mark& mark) {
    using charts::MarkShape;
    switch (mark.shape) {
    case MarkShape::Line:
        return "<line x1=\"" + coordinate(mark.x1) + "\" y1=\"" + coordinate(mark.y1) + "\" x2=\"" +
               coordinate(mark.x2) + "\" y2=\"" + coordinate(mark.y2) + "\"" +
               stroke_attributes(mark) + "/>\n";
    case MarkShape::Polyline: {
        std::string points;
        for (const charts::Point& point : mark.points) {
            points += (points.empty() ? "" : " ") + coordinate(point.x) + "," + coordinate(point.y);
        }
        return "<polyline points=\"" + points + "\" fill=\"none\"" + stroke_attributes(mark) +
               " stroke-linejoin=\"round\"/>\n";
    }
    case MarkShape::Circle:
        return "<circle cx=\"" + coordinate(mark.x1) + "\" cy=\"" + coordinate(mark.y1) +
               "\" r=\"" + coordinate(mark.size) + "\"" + shape_attributes(mark) + "/>\n";
    case MarkShape::Diamond: {
        const double x = mark.x1;
        const double y = mark.y1;
        const double size = mark.size;
        return "<polygon points=\"" + coordinate(x) + "," + coordinate(y - size) + " " +
               coordinate(x + size) + "," + coordinate(y) + " " + coordinate(x) + "," +
               coordinate(y + size) + " " + coordinate(x - size) + "," + coordinate(y) + "\"" +
               shape_attributes(mark) + "/>\n";
    }
    case MarkShape::Rectangle:
        return "<rect x=\"" + coordinate(mark.x1) + "\" y=\"" + coordinate(mark.y1) +
               "\" width=\"" + coordinate(mark.x2 - mark.x1) + "\" height=\"" +
               coordinate(mark.y2 - mark.y1) + "\"" + shape_attributes(mark) + "/>\n";
    case MarkShape::Text:
        return "<text x=\"" + coordinate(mark.x1) + "\" y=\"" + coordinate(mark.y1) +
               "\" font-size=\"" + coordinate(mark.size) + "\" text-anchor=\"" +
               anchor_name(mark.anchor) + "\"" + (mark.bold ? " font-weight=\"bold\"" : "") +
               fill_class(mark.colour) + ">" + escape_text(mark.text) + "</text>\n";
    }
    return "";
}

// The chart's data as a table: the first column heads its row.
std::string data_table(const charts::DataTable& table) {
    std::string html = "<details class=\"chart-data\">\n<summary>Daten zum Diagramm</summary>\n";
    html += "<table>\n<caption>" + escape_text(table.caption) + "</caption>\n<thead>\n<tr>";
    for (const std::string& title : table.header) {
        html += "<th scope=\"col\">" + escape_text(title) + "</th>";
    }
    html += "</tr>\n</thead>\n<tbody>\n";
    for (const auto& row : table.rows) {
        html += "<tr>";
        for (std::size_t index = 0; index < row.size(); ++index) {
            html += index == 0 ? "<th scope=\"row\">" + escape_text(row[index]) + "</th>"
                               : "<td>" + escape_text(row[index]) + "</td>";
        }
        html += "</tr>\n";
    }
    html += "</tbody>\n</table>\n</details>\n";
    return html;
}

} // namespace

std::string chart_figure(const charts::Chart& chart, const std::string& id,
                         const std::string& kind_class) {
    if (chart.marks.empty()) {
        return "";
    }
    const std::string title_id = id + "-titel";
    const std::string desc_id = id + "-beschreibung";
    std::string html =
        "<figure class=\"chart " + escape_attribute(kind_class) + "\"" + id_attribute(id) + ">\n";
    html += "<figcaption>" + escape_text(chart.title) + "</figcaption>\n";
    html += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"" +
            escape_attribute(title_id + " " + desc_id) + "\" viewBox=\"0 0 " +
            coordinate(chart.width) + " " + coordinate(chart.height) +
            "\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\n";
    html += "<title" + id_attribute(title_id) + ">" + escape_text(chart.title) + "</title>\n";
    html += "<desc" + id_attribute(desc_id) + ">" + escape_text(chart.summary) + "</desc>\n";
    for (const charts::Mark& mark : chart.marks) {
        html += mark_svg(mark);
    }
    html += "</svg>\n";
    html += data_table(chart.table);
    html += "</figure>\n";
    return html;
}

std::string indicator_chart_id(const std::string& measure_id, std::size_t indicator_index) {
    return "diagramm-" + measure_id + "-" + std::to_string(indicator_index + 1);
}

std::string indicator_chart_figures(const model::Measure& measure) {
    std::string html;
    for (std::size_t index = 0; index < measure.indicators.size(); ++index) {
        const model::Indicator& indicator = measure.indicators[index];
        if (!indicator.is_numeric()) {
            continue;
        }
        html += chart_figure(charts::indicator_chart(indicator, site_indicator_chart_width),
                             indicator_chart_id(measure.id, index), "chart-indicator");
    }
    return html;
}

std::string field_status_figure(const model::FieldOfAction& field) {
    return chart_figure(charts::field_status_chart(field, site_field_chart_width),
                        "diagramm-status-" + field.id, "chart-field-status");
}

std::string chart_block_figure(const model::Document& document,
                               const model::ChartReference& reference, const std::string& id_prefix,
                               model::Diagnostics& diagnostics) {
    const std::string prefix = id_prefix.empty() ? "" : id_prefix + "-";
    switch (reference.kind) {
    case model::ChartKind::Indicator: {
        const model::Measure* measure = model::find_measure(document, reference.measure_id);
        if (measure == nullptr || reference.indicator < 0 ||
            static_cast<std::size_t>(reference.indicator) >= measure->indicators.size()) {
            diagnostics.error(reference.position, "Diagramm: Maßnahme „" + reference.measure_id +
                                                      "“ oder ihr Indikator " +
                                                      std::to_string(reference.indicator + 1) +
                                                      " ist nicht vorhanden");
            return "";
        }
        const auto index = static_cast<std::size_t>(reference.indicator);
        return chart_figure(
            charts::indicator_chart(measure->indicators[index], site_indicator_chart_width),
            prefix + indicator_chart_id(measure->id, index), "chart-indicator");
    }
    case model::ChartKind::FieldStatus:
        for (const model::FieldOfAction* field : model::document_fields(document)) {
            if (field->id == reference.field_id) {
                return chart_figure(charts::field_status_chart(*field, site_field_chart_width),
                                    prefix + "diagramm-status-" + field->id, "chart-field-status");
            }
        }
        diagnostics.error(reference.position, "Diagramm: Handlungsfeld „" + reference.field_id +
                                                  "“ ist nicht vorhanden");
        return "";
    case model::ChartKind::Timeline:
        return chart_figure(
            charts::timeline_chart(model::document_fields(document), site_timeline_width),
            prefix + "diagramm-zeitplan", "chart-timeline");
    }
    return "";
}

} // namespace stadtsatz::html
