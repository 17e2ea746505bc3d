#include "charts/chart.hpp"
#include "charts/chart_marks.hpp"
#include "charts/chart_text.hpp"
#include "charts/indicator_summary.hpp"
#include "charts/value_axis.hpp"
#include "charts/year_axis.hpp"

#include <algorithm>
#include <string>

namespace stadtsatz::charts {

namespace {

// One value the chart shows, in the order drawn.
struct PlottedValue {
    int year = 0;
    model::Decimal number;
    const char* kind = ""; // the data table's "Art": Ausgangswert, Messwert, Ziel
};

// Room around the plot, in points.
constexpr double unit_title_baseline = 8; // the unit above the value axis
constexpr double plot_top = 24;           // below the unit and a label above the top value
constexpr double year_label_room = 14;    // below the plot: tick marks and year labels
constexpr double end_room = 12;           // right of the last year: half a year label, marker
constexpr double point_inset = 12;        // from the value axis to the first year
constexpr double label_gap = 6;           // from a marker to its label
constexpr double baseline_radius = 3.5;
constexpr double measured_radius = 3;
constexpr double target_half_diagonal = 4.5;

std::string year_text(int year) {
    return std::to_string(year);
}

} // namespace

Chart indicator_chart(const model::Indicator& indicator, double width) {
    Chart chart;
    if (!indicator.is_numeric()) {
        return chart; // a qualitative target has nothing to draw: no marks, no size
    }
    chart.width = width;
    chart.height = std::max(110.0, 0.45 * width);
    chart.title = model::plain_text(indicator.name);
    chart.summary = indicator_summary(indicator);

    std::vector<PlottedValue> values;
    const bool has_baseline = indicator.baseline && indicator.baseline->number;
    if (has_baseline) {
        values.push_back({indicator.baseline->year, *indicator.baseline->number, "Ausgangswert"});
    }
    for (const model::IndicatorValue& measured : indicator.measurements) {
        if (measured.number) {
            values.push_back({measured.year, *measured.number, "Messwert"});
        }
    }
    const PlottedValue target{indicator.target.year, *indicator.target.number, "Ziel"};
    values.push_back(target);

    // Data table: the same values in the same order.
    const std::string name = chart.title;
    chart.table.caption = "Werte des Indikators „" + name + "“";
    chart.table.header = {"Jahr", indicator.unit.empty() ? "Wert" : "Wert (" + indicator.unit + ")",
                          "Art"};
    for (const PlottedValue& value : values) {
        chart.table.rows.push_back({year_text(value.year), decimal_text(value.number), value.kind});
    }

    // Axes.
    double minimum = values.front().number.value;
    double maximum = minimum;
    int first_year = values.front().year;
    int last_year = first_year;
    for (const PlottedValue& value : values) {
        minimum = std::min(minimum, value.number.value);
        maximum = std::max(maximum, value.number.value);
        first_year = std::min(first_year, value.year);
        last_year = std::max(last_year, value.year);
    }
    const ValueTicks ticks = nice_ticks(minimum, maximum);
    double label_width = 0;
    for (double tick : ticks.values) {
        label_width = std::max(label_width,
                               estimated_text_width(tick_label(tick, ticks.decimals), label_size));
    }
    const double plot_left = label_width + 5;
    const double plot_right = width - end_room;
    const double plot_bottom = chart.height - year_label_room;
    const LinearScale y{ticks.low, ticks.high, plot_bottom, plot_top};
    const YearScale x{first_year, last_year, plot_left + point_inset, plot_right};

    if (!indicator.unit.empty()) {
        chart.marks.push_back(text_mark(0, unit_title_baseline,
                                        fitted_text(indicator.unit, label_size, width),
                                        TextAnchor::Start));
    }
    for (double tick : ticks.values) {
        const double tick_y = y.position(tick);
        const bool zero = tick == 0;
        chart.marks.push_back(line_mark(plot_left, tick_y, plot_right + end_room / 2, tick_y,
                                        zero ? 0.8 : 0.4, ColourRole::Axis));
        chart.marks.push_back(text_mark(plot_left - 4, tick_y + 0.35 * label_size,
                                        tick_label(tick, ticks.decimals), TextAnchor::End));
    }
    chart.marks.push_back(
        line_mark(plot_left, plot_top, plot_left, plot_bottom, 0.8, ColourRole::Axis));
    const int year_step =
        year_label_step(last_year - first_year + 1, x.end - x.start + point_inset, label_size);
    for (int year = first_year; year <= last_year; ++year) {
        const double year_x = x.point(year);
        chart.marks.push_back(
            line_mark(year_x, plot_bottom, year_x, plot_bottom + 3, 0.8, ColourRole::Axis));
        if ((year - first_year) % year_step == 0 || year == last_year) {
            chart.marks.push_back(
                text_mark(year_x, chart.height - 2, year_text(year), TextAnchor::Middle));
        }
    }

    // The series: baseline and measured values joined by a solid line, then a dashed line
    // from the last known value to the target.
    std::vector<Point> known;
    for (std::size_t index = 0; index + 1 < values.size(); ++index) {
        known.push_back({x.point(values[index].year), y.position(values[index].number.value)});
    }
    const Point target_point{x.point(target.year), y.position(target.number.value)};
    if (!known.empty()) {
        chart.marks.push_back(line_mark(known.back().x, known.back().y, target_point.x,
                                        target_point.y, 1.2, ColourRole::Target, true));
    }
    if (known.size() > 1) {
        chart.marks.push_back(polyline_mark(known, 1.5, ColourRole::Accent));
    }
    const std::size_t measured_count = values.size() - 1 - (has_baseline ? 1 : 0);
    for (std::size_t index = 0; index + 1 < values.size(); ++index) {
        const PlottedValue& value = values[index];
        const Point point = known[index];
        // A rising line leaves the space below-right of its start and above-left of its
        // later points free for their labels.
        const Point next = index + 1 < known.size() ? known[index + 1] : target_point;
        const bool rises = next.y < point.y - 1 && next.x > point.x;
        if (index == 0 && has_baseline) {
            chart.marks.push_back(
                circle_mark(point.x, point.y, baseline_radius, ColourRole::Baseline));
            // Left-aligned at the marker: below it under a rising line, else above; left of
            // it when it shares the target's year.
            const std::string label =
                decimal_text(value.number) + " (" + year_text(value.year) + ")";
            const double below = point.y + label_gap + 0.7 * label_size;
            if (value.year == target.year) {
                chart.marks.push_back(text_mark(point.x - label_gap, point.y + 0.35 * label_size,
                                                label, TextAnchor::End));
            } else if (rises && below <= plot_bottom - 1) {
                chart.marks.push_back(text_mark(point.x + 2, below, label, TextAnchor::Start));
            } else {
                chart.marks.push_back(text_mark(point.x - baseline_radius, point.y - label_gap,
                                                label, TextAnchor::Start));
            }
            continue;
        }
        chart.marks.push_back(circle_mark(point.x, point.y, measured_radius, ColourRole::Accent));
        // Many measured values: only the last one is labelled (the table lists them all).
        const bool last_measured = index + 2 == values.size();
        if (measured_count <= 4 || last_measured) {
            const std::string label = decimal_text(value.number);
            const bool room_left =
                point.x - 4 - estimated_text_width(label, label_size) >= plot_left + 2;
            if (rises && index > 0 && room_left) {
                chart.marks.push_back(text_mark(point.x - 4, point.y - 4, label, TextAnchor::End));
            } else {
                chart.marks.push_back(
                    text_mark(point.x, point.y - label_gap, label, TextAnchor::Middle));
            }
        }
    }
    chart.marks.push_back(
        diamond_mark(target_point.x, target_point.y, target_half_diagonal, ColourRole::Target));
    chart.marks.push_back(
        text_mark(target_point.x + target_half_diagonal, target_point.y - label_gap - 1,
                  "Ziel " + decimal_text(target.number) + " (" + year_text(target.year) + ")",
                  TextAnchor::End, ColourRole::Text, true));
    return chart;
}

} // namespace stadtsatz::charts
