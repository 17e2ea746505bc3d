#include "charts/chart.hpp"
#include "charts/chart_marks.hpp"
#include "charts/chart_text.hpp"
#include "charts/field_label.hpp"
#include "charts/year_axis.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace stadtsatz::charts {

namespace {

// Heights and widths in points.
constexpr double axis_height = 16;    // year labels and ticks above the rows
constexpr double heading_height = 13; // a field of action's title line
constexpr double row_height = 11;     // one measure
constexpr double bar_height = 7;
constexpr double legend_gap = 8; // between the last row and the legend
constexpr double legend_row = 12;
constexpr double swatch_width = 9;
constexpr double open_end = 3.5; // the pointed end of an ongoing measure's bar

// The last year a measure's bar covers, before ongoing measures are extended.
int covered_end(const model::Measure& measure) {
    if (measure.ongoing) {
        return measure.start_year;
    }
    return std::max(measure.start_year, measure.end_year);
}

// The measure's bar from its start to its end year (ongoing: to the last year shown, pointed).
void draw_bar(Chart& chart, const model::Measure& measure, const YearScale& years, double top) {
    const ColourRole colour = status_colour(measure.status);
    const int start = std::clamp(measure.start_year, years.first, years.last);
    const double left = years.band_start(start) + 1;
    const double bar_top = top + (row_height - bar_height) / 2;
    const double bar_bottom = bar_top + bar_height;
    if (measure.ongoing) {
        const double right = years.band_end(years.last) - open_end - 1;
        chart.marks.push_back(
            rectangle_mark(left, bar_top, std::max(left, right), bar_bottom, colour));
        chart.marks.push_back(diamond_mark(std::max(left, right), (bar_top + bar_bottom) / 2,
                                           bar_height / 2, colour));
        return;
    }
    const int end = std::clamp(covered_end(measure), years.first, years.last);
    chart.marks.push_back(
        rectangle_mark(left, bar_top, years.band_end(end) - 1, bar_bottom, colour));
}

// The legend: one swatch per status, then the open end's meaning; wraps at `width`.
double draw_legend(Chart& chart, double top, double width) {
    double x = 0;
    double row_top = top;
    const auto place = [&](double item_width) {
        if (x > 0 && x + item_width > width) {
            x = 0;
            row_top += legend_row;
        }
    };
    for (model::MeasureStatus status : all_statuses) {
        const std::string label = model::status_label(status);
        const double item = swatch_width + 3 + estimated_text_width(label, label_size) + 10;
        place(item);
        chart.marks.push_back(rectangle_mark(x, row_top + 2, x + swatch_width,
                                             row_top + 2 + bar_height, status_colour(status)));
        chart.marks.push_back(
            text_mark(x + swatch_width + 3, row_top + 8, label, TextAnchor::Start));
        x += item;
    }
    const std::string open_label = "ohne Enddatum (dauerhaft)";
    const double item = swatch_width + open_end + 3 + estimated_text_width(open_label, label_size);
    place(item);
    chart.marks.push_back(rectangle_mark(x, row_top + 2, x + swatch_width, row_top + 2 + bar_height,
                                         ColourRole::Axis));
    chart.marks.push_back(diamond_mark(x + swatch_width, row_top + 2 + bar_height / 2,
                                       bar_height / 2, ColourRole::Axis));
    chart.marks.push_back(
        text_mark(x + swatch_width + open_end + 3, row_top + 8, open_label, TextAnchor::Start));
    return row_top + legend_row;
}

// The timeline of `fields` over `range`, titled `title`.
Chart build_timeline(const std::vector<const model::FieldOfAction*>& fields, double width,
                     YearRange range, std::string title) {
    Chart chart;
    chart.title = std::move(title);
    std::size_t measures = 0;
    std::size_t open_ended = 0;
    std::array<std::size_t, 4> statuses{};
    double id_width = 0;
    for (const model::FieldOfAction* field : fields) {
        for (const model::Goal& goal : field->goals) {
            for (const model::Measure& measure : goal.measures) {
                ++measures;
                open_ended += measure.ongoing ? 1 : 0;
                ++statuses[static_cast<std::size_t>(measure.status)];
                id_width = std::max(id_width, estimated_text_width(measure.id, label_size));
            }
        }
    }
    chart.table.caption = chart.title;
    chart.table.header = {"Maßnahme", "Titel", "Beginn", "Ende", "Status"};
    if (measures == 0) {
        chart.summary = "Es sind keine Maßnahmen erfasst.";
        return chart;
    }
    chart.width = width;

    // Summary: how many, over which years, and by status.
    std::string summary = measure_count_text(measures);
    if (fields.size() > 1) {
        summary += " in " + std::to_string(fields.size()) + " Handlungsfeldern";
    } else {
        summary += " im Handlungsfeld " + field_label(*fields.front());
    }
    summary += ", von " + std::to_string(range.first) + " bis " + std::to_string(range.last);
    if (open_ended > 0) {
        summary += "; " + std::to_string(open_ended) + (open_ended == 1 ? " läuft" : " laufen") +
                   " ohne Enddatum";
    }
    summary += ". Nach Status:";
    for (model::MeasureStatus status : all_statuses) {
        summary += std::string(status == all_statuses.front() ? " " : ", ") +
                   model::status_label(status) + " " +
                   std::to_string(statuses[static_cast<std::size_t>(status)]);
    }
    chart.summary = summary + ".";

    // Year axis on top: one band per year, a label in each (or every few when narrow).
    const double bars_left = std::min(std::max(id_width + 8, 30.0), width / 3);
    const YearScale years{range.first, range.last, bars_left, width - 1};
    const int year_count = range.last - range.first + 1;
    const int label_step = year_label_step(year_count, years.end - years.start, label_size);
    // Rows: a heading per field of action, a row per measure.
    double top = axis_height;
    std::vector<std::pair<double, double>> row_spans; // per field: top and bottom of its rows
    std::vector<Mark> rows;
    std::swap(chart.marks, rows);
    for (const model::FieldOfAction* field : fields) {
        chart.marks.push_back(text_mark(0, top + 9,
                                        fitted_text(field_label(*field), label_size, width, true),
                                        TextAnchor::Start, ColourRole::Text, true));
        top += heading_height;
        row_spans.push_back({top, top});
        for (const model::Goal& goal : field->goals) {
            for (const model::Measure& measure : goal.measures) {
                chart.marks.push_back(text_mark(0, top + 8,
                                                fitted_text(measure.id, label_size, bars_left - 4),
                                                TextAnchor::Start));
                draw_bar(chart, measure, years, top);
                top += row_height;
                row_spans.back().second = top;
                chart.table.rows.push_back(
                    {measure.id, measure.title, std::to_string(measure.start_year),
                     measure.ongoing ? "dauerhaft" : std::to_string(covered_end(measure)),
                     model::status_label(measure.status)});
            }
        }
    }
    const double rows_bottom = top;
    std::swap(chart.marks, rows);
    // Grid first, so bars and labels lie on top of it; it leaves the field headings free.
    for (int year = range.first; year <= range.last + 1; ++year) {
        const double x = years.band_start(year);
        chart.marks.push_back(line_mark(x, axis_height - 4, x, axis_height, 0.4, ColourRole::Axis));
        for (const auto& [span_top, span_bottom] : row_spans) {
            if (span_bottom > span_top) {
                chart.marks.push_back(
                    line_mark(x, span_top, x, span_bottom, 0.4, ColourRole::Axis));
            }
        }
    }
    chart.marks.push_back(
        line_mark(bars_left, axis_height, years.end, axis_height, 0.8, ColourRole::Axis));
    for (int year = range.first; year <= range.last; ++year) {
        if ((year - range.first) % label_step == 0) {
            chart.marks.push_back(text_mark((years.band_start(year) + years.band_end(year)) / 2, 9,
                                            std::to_string(year), TextAnchor::Middle));
        }
    }
    chart.marks.insert(chart.marks.end(), rows.begin(), rows.end());
    chart.height = draw_legend(chart, rows_bottom + legend_gap, width);
    return chart;
}

} // namespace

YearRange timeline_years(const std::vector<const model::FieldOfAction*>& fields) {
    YearRange range;
    bool any = false;
    for (const model::FieldOfAction* field : fields) {
        for (const model::Goal& goal : field->goals) {
            for (const model::Measure& measure : goal.measures) {
                const int end = covered_end(measure);
                range.first = any ? std::min(range.first, measure.start_year) : measure.start_year;
                range.last = any ? std::max(range.last, end) : end;
                any = true;
            }
        }
    }
    return range;
}

Chart timeline_chart(const std::vector<const model::FieldOfAction*>& fields, double width) {
    return build_timeline(fields, width, timeline_years(fields),
                          "Zeitplan der Maßnahmen nach Handlungsfeldern");
}

Chart timeline_chart(const model::FieldOfAction& field, double width, YearRange years) {
    const std::vector<const model::FieldOfAction*> fields{&field};
    if (years.last < years.first || years.first == 0) {
        years = timeline_years(fields);
    }
    return build_timeline(fields, width, years,
                          "Zeitplan der Maßnahmen im Handlungsfeld " + field_label(field));
}

} // namespace stadtsatz::charts
