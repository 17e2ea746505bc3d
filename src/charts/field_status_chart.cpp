#include "charts/chart.hpp"
#include "charts/chart_marks.hpp"
#include "charts/chart_text.hpp"
#include "charts/field_label.hpp"

#include <algorithm>
#include <string>

namespace stadtsatz::charts {

namespace {

// One bar: a category of a group and how many measures fall in it.
struct CategoryBar {
    std::string label;
    std::size_t count = 0;
    ColourRole colour = ColourRole::Accent;
};

// Heights in points.
constexpr double heading_height = 13; // a group's heading line
constexpr double row_height = 12;     // one bar and its label
constexpr double bar_height = 8;
constexpr double group_gap = 6;
constexpr double count_room = 18; // right of the longest bar: its count

} // namespace

Chart field_status_chart(const model::FieldOfAction& field, double width) {
    Chart chart;
    chart.width = width;
    const std::string name = field_label(field);
    chart.title = "Maßnahmen im Handlungsfeld " + name + " nach Status und Priorität";

    const auto statuses = count_by_status(field);
    const auto priorities = count_by_priority(field);
    std::vector<CategoryBar> status_bars;
    for (model::MeasureStatus status : all_statuses) {
        status_bars.push_back({model::status_label(status),
                               statuses[static_cast<std::size_t>(status)], status_colour(status)});
    }
    std::vector<CategoryBar> priority_bars;
    for (model::Priority priority : all_priorities) {
        priority_bars.push_back({model::priority_label(priority),
                                 priorities[static_cast<std::size_t>(priority)],
                                 ColourRole::Accent});
    }
    std::size_t total = 0;
    for (std::size_t count : statuses) {
        total += count;
    }

    // Summary and table.
    std::string summary = "Handlungsfeld " + name + ": " + measure_count_text(total) + ".";
    const auto list = [](const std::vector<CategoryBar>& bars) {
        std::string text;
        for (const CategoryBar& bar : bars) {
            text += (text.empty() ? "" : ", ") + bar.label + " " + std::to_string(bar.count);
        }
        return text;
    };
    summary += " Nach Status: " + list(status_bars) + ".";
    summary += " Nach Priorität: " + list(priority_bars) + ".";
    chart.summary = summary;
    chart.table.caption = "Maßnahmen im Handlungsfeld " + name + " nach Status und Priorität";
    chart.table.header = {"Kategorie", "Anzahl"};
    for (const CategoryBar& bar : status_bars) {
        chart.table.rows.push_back({"Status: " + bar.label, std::to_string(bar.count)});
    }
    for (const CategoryBar& bar : priority_bars) {
        chart.table.rows.push_back({"Priorität: " + bar.label, std::to_string(bar.count)});
    }

    // Bars, scaled to the largest count (at least 1, so empty fields draw no division by 0).
    double label_width = 0;
    std::size_t largest = 1;
    for (const auto* bars : {&status_bars, &priority_bars}) {
        for (const CategoryBar& bar : *bars) {
            label_width = std::max(label_width, estimated_text_width(bar.label, label_size));
            largest = std::max(largest, bar.count);
        }
    }
    const double bar_left = std::min(label_width + 16, width / 2);
    const double bar_room = std::max(10.0, width - bar_left - count_room);
    double top = 0;
    const auto draw_group = [&](const char* heading, const std::vector<CategoryBar>& bars) {
        chart.marks.push_back(
            text_mark(0, top + 9, heading, TextAnchor::Start, ColourRole::Text, true));
        top += heading_height;
        for (const CategoryBar& bar : bars) {
            const double bar_top = top + (row_height - bar_height) / 2;
            const double length = bar_room * static_cast<double>(bar.count) / largest;
            chart.marks.push_back(text_mark(8, bar_top + bar_height - 1.2,
                                            fitted_text(bar.label, label_size, bar_left - 12),
                                            TextAnchor::Start));
            chart.marks.push_back(
                line_mark(bar_left, top, bar_left, top + row_height, 0.8, ColourRole::Axis));
            if (bar.count > 0) {
                chart.marks.push_back(rectangle_mark(bar_left, bar_top, bar_left + length,
                                                     bar_top + bar_height, bar.colour));
            }
            chart.marks.push_back(text_mark(bar_left + length + 3, bar_top + bar_height - 1.2,
                                            std::to_string(bar.count), TextAnchor::Start));
            top += row_height;
        }
    };
    draw_group("nach Status", status_bars);
    top += group_gap;
    draw_group("nach Priorität", priority_bars);
    chart.height = top + 2;
    return chart;
}

} // namespace stadtsatz::charts
