#include "chart_test_data.hpp"
#include "charts/chart.hpp"
#include "charts/chart_text.hpp"
#include "charts/indicator_summary.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;
using namespace chart_test_data;

namespace {

// The marks of `chart` with `shape`.
std::vector<charts::Mark> marks_of(const charts::Chart& chart, charts::MarkShape shape) {
    std::vector<charts::Mark> found;
    for (const charts::Mark& mark : chart.marks) {
        if (mark.shape == shape) {
            found.push_back(mark);
        }
    }
    return found;
}

bool has_text(const charts::Chart& chart, const std::string& text) {
    for (const charts::Mark& mark : marks_of(chart, charts::MarkShape::Text)) {
        if (mark.text == text) {
            return true;
        }
    }
    return false;
}

// Every mark lies inside the chart (text anchored inside it).
void check_inside(const charts::Chart& chart) {
    for (const charts::Mark& mark : chart.marks) {
        INFO(mark.text);
        CHECK(mark.x1 >= -0.01);
        CHECK(mark.x1 <= chart.width + 0.01);
        CHECK(mark.y1 >= -0.01);
        CHECK(mark.y1 <= chart.height + 0.01);
        if (mark.shape == charts::MarkShape::Text) {
            CHECK(mark.size >= 7);
            // The label's estimated extent stays inside the chart too.
            const double extent = charts::estimated_text_width(mark.text, mark.size, mark.bold);
            const double left = mark.anchor == charts::TextAnchor::Start    ? mark.x1
                                : mark.anchor == charts::TextAnchor::Middle ? mark.x1 - extent / 2
                                                                            : mark.x1 - extent;
            CHECK(left >= -0.5);
            CHECK(left + extent <= chart.width + 0.5);
        }
    }
}

} // namespace

TEST_CASE("an indicator chart draws baseline, measured values and target", "[charts]") {
    model::Indicator indicator = percent_indicator();
    indicator.measurements.push_back(value(2026, "70"));
    const charts::Chart chart = charts::indicator_chart(indicator, 400);
    CHECK(chart.width == 400);
    CHECK(chart.height == Approx(180));
    CHECK(chart.title == "Anteil der Kinder im Vorkurs Deutsch");
    CHECK(chart.summary == "Ausgangswert 62 Prozent (2025), gemessen 70 Prozent (2026), Ziel 90 "
                           "Prozent bis 2029: 29 Prozent des Wegs zum Ziel sind zurückgelegt.");
    CHECK(has_text(chart, "62 (2025)"));
    CHECK(has_text(chart, "Ziel 90 (2029)"));
    CHECK(has_text(chart, "70"));
    CHECK(has_text(chart, "Prozent"));
    CHECK(has_text(chart, "2025"));
    CHECK(has_text(chart, "2029"));
    CHECK(has_text(chart, "100"));
    CHECK(marks_of(chart, charts::MarkShape::Diamond).size() == 1);
    const auto circles = marks_of(chart, charts::MarkShape::Circle);
    REQUIRE(circles.size() == 2);
    CHECK(circles[0].colour == charts::ColourRole::Baseline);
    CHECK(circles[1].colour == charts::ColourRole::Accent);
    const auto polylines = marks_of(chart, charts::MarkShape::Polyline);
    REQUIRE(polylines.size() == 1);
    CHECK_FALSE(polylines[0].dashed);
    CHECK(polylines[0].points.size() == 2);
    bool dashed_to_target = false;
    const charts::Mark target = marks_of(chart, charts::MarkShape::Diamond).front();
    for (const charts::Mark& line : marks_of(chart, charts::MarkShape::Line)) {
        if (line.dashed && line.x1 == circles[1].x1 && line.x2 == target.x1 &&
            line.y2 == target.y1) {
            dashed_to_target = true;
        }
    }
    CHECK(dashed_to_target);
    check_inside(chart);
    REQUIRE(chart.table.rows.size() == 3);
    CHECK(chart.table.header == std::vector<std::string>{"Jahr", "Wert (Prozent)", "Art"});
    CHECK(chart.table.rows[0] == std::vector<std::string>{"2025", "62", "Ausgangswert"});
    CHECK(chart.table.rows[1] == std::vector<std::string>{"2026", "70", "Messwert"});
    CHECK(chart.table.rows[2] == std::vector<std::string>{"2029", "90", "Ziel"});
}

TEST_CASE("a value's height on the chart is proportional to the value", "[charts]") {
    const charts::Chart chart = charts::indicator_chart(percent_indicator(), 400);
    const charts::Mark baseline = marks_of(chart, charts::MarkShape::Circle).front();
    const charts::Mark target = marks_of(chart, charts::MarkShape::Diamond).front();
    // The axis runs 0…100: find the grid lines of 0 and 100 by their labels' heights.
    double zero_y = -1;
    double hundred_y = -1;
    for (const charts::Mark& line : marks_of(chart, charts::MarkShape::Line)) {
        if (line.y1 == line.y2) {
            zero_y = std::max(zero_y, line.y1);
            hundred_y = hundred_y < 0 ? line.y1 : std::min(hundred_y, line.y1);
        }
    }
    REQUIRE(zero_y > hundred_y);
    // The axis uses the plot's height: its top tick near the chart's top, 0 near the bottom.
    CHECK(hundred_y <= 25);
    CHECK(zero_y >= chart.height - 15);
    const double per_unit = (zero_y - hundred_y) / 100;
    CHECK(baseline.y1 == Approx(zero_y - 62 * per_unit));
    CHECK(target.y1 == Approx(zero_y - 90 * per_unit));
    CHECK(target.x1 > baseline.x1);
}

TEST_CASE("decimals as written stay in the labels and the table", "[charts]") {
    model::Indicator indicator = percent_indicator();
    indicator.unit = "Index";
    indicator.baseline = value(2025, "1.0");
    indicator.target = value(2029, "3400");
    indicator.measurements.push_back(value(2027, "12.50"));
    const charts::Chart chart = charts::indicator_chart(indicator, 300);
    CHECK(has_text(chart, "1,0 (2025)"));
    CHECK(has_text(chart, "Ziel 3.400 (2029)"));
    CHECK(has_text(chart, "12,50"));
    CHECK(chart.table.rows[0][1] == "1,0");
    CHECK(chart.table.rows[2][1] == "3.400");
    CHECK(chart.summary.find("Ziel 3.400 Index bis 2029") != std::string::npos);
}

TEST_CASE("an indicator without baseline draws measured values and target", "[charts]") {
    model::Indicator indicator = percent_indicator();
    indicator.baseline.reset();
    indicator.measurements.push_back(value(2026, "40"));
    indicator.measurements.push_back(value(2027, "55"));
    const charts::Chart chart = charts::indicator_chart(indicator, 300);
    CHECK(chart.height == Approx(135));
    const auto circles = marks_of(chart, charts::MarkShape::Circle);
    REQUIRE(circles.size() == 2);
    CHECK(circles[0].colour == charts::ColourRole::Accent);
    CHECK(chart.table.rows.size() == 3);
    CHECK(chart.table.rows[0][2] == "Messwert");
    CHECK(chart.summary == "Gemessen 40 Prozent (2026) und 55 Prozent (2027), Ziel 90 Prozent bis "
                           "2029. Ein Ausgangswert ist nicht angegeben.");
    check_inside(chart);
}

TEST_CASE("an indicator with only a target still draws its axes and target", "[charts]") {
    model::Indicator indicator = percent_indicator();
    indicator.baseline.reset();
    const charts::Chart chart = charts::indicator_chart(indicator, 200);
    CHECK(chart.height == Approx(110));
    CHECK(marks_of(chart, charts::MarkShape::Diamond).size() == 1);
    CHECK(marks_of(chart, charts::MarkShape::Circle).empty());
    CHECK(has_text(chart, "Ziel 90 (2029)"));
    CHECK(chart.summary == "Ziel 90 Prozent bis 2029. Es ist noch kein Wert gemessen.");
    CHECK(chart.table.rows.size() == 1);
    check_inside(chart);
}

TEST_CASE("a qualitative target gets no chart", "[charts]") {
    model::Indicator indicator = percent_indicator();
    indicator.target.number.reset();
    indicator.target.description = {model::make_text("alle Grundschulen")};
    const charts::Chart chart = charts::indicator_chart(indicator, 300);
    CHECK(chart.marks.empty());
    CHECK(chart.width == 0);
    CHECK(chart.summary.empty());
    CHECK(chart.table.rows.empty());
}

TEST_CASE("negative values reach below the zero line", "[charts]") {
    model::Indicator indicator = percent_indicator();
    indicator.unit = "Prozentpunkte";
    indicator.baseline = value(2025, "-12");
    indicator.target = value(2029, "5");
    const charts::Chart chart = charts::indicator_chart(indicator, 300);
    CHECK(has_text(chart, "\u221212 (2025)"));
    const charts::Mark baseline = marks_of(chart, charts::MarkShape::Circle).front();
    const charts::Mark target = marks_of(chart, charts::MarkShape::Diamond).front();
    CHECK(baseline.y1 > target.y1);
    bool below_zero_label = false;
    for (const charts::Mark& mark : marks_of(chart, charts::MarkShape::Text)) {
        below_zero_label = below_zero_label || mark.text.rfind("\u2212", 0) == 0;
    }
    CHECK(below_zero_label);
    check_inside(chart);
}

TEST_CASE("a baseline in the target year draws both in one column", "[charts]") {
    model::Indicator indicator = percent_indicator();
    indicator.baseline = value(2027, "20");
    indicator.target = value(2027, "30");
    const charts::Chart chart = charts::indicator_chart(indicator, 250);
    const charts::Mark baseline = marks_of(chart, charts::MarkShape::Circle).front();
    const charts::Mark target = marks_of(chart, charts::MarkShape::Diamond).front();
    CHECK(baseline.x1 == Approx(target.x1));
    CHECK(has_text(chart, "2027"));
    CHECK(chart.summary.find("Ausgangswert 20 Prozent (2027), Ziel 30 Prozent bis 2027") == 0);
    check_inside(chart);
}

TEST_CASE("progress wording covers reached and receding values", "[charts]") {
    model::Indicator indicator = percent_indicator();
    indicator.measurements.push_back(value(2027, "95"));
    CHECK(charts::progress_percent(indicator) == 118);
    CHECK(charts::indicator_summary(indicator).find("Der Zielwert ist erreicht.") !=
          std::string::npos);
    indicator.measurements.back() = value(2027, "50");
    CHECK(charts::progress_percent(indicator) == -43);
    CHECK(charts::indicator_summary(indicator).find("weiter vom Ziel entfernt") !=
          std::string::npos);
    indicator.unit = "Anzahl";
    CHECK(charts::indicator_summary(indicator).find("Ausgangswert 62 (2025)") == 0);
}

TEST_CASE("a very long indicator name and unit do not break the chart", "[charts]") {
    model::Indicator indicator = percent_indicator();
    indicator.name = {model::make_text(std::string(600, 'x'))};
    indicator.unit = std::string(300, 'E');
    const charts::Chart chart = charts::indicator_chart(indicator, 150);
    CHECK(chart.title.size() == 600);
    check_inside(chart);
}

TEST_CASE("the same indicator gives the same chart", "[charts]") {
    model::Indicator indicator = percent_indicator();
    indicator.measurements.push_back(value(2026, "70.5"));
    const charts::Chart first = charts::indicator_chart(indicator, 320);
    const charts::Chart second = charts::indicator_chart(indicator, 320);
    REQUIRE(first.marks.size() == second.marks.size());
    for (std::size_t index = 0; index < first.marks.size(); ++index) {
        CHECK(first.marks[index].x1 == second.marks[index].x1);
        CHECK(first.marks[index].y1 == second.marks[index].y1);
        CHECK(first.marks[index].text == second.marks[index].text);
    }
    CHECK(first.summary == second.summary);
}
