#include "chart_test_data.hpp"
#include "charts/chart.hpp"
#include "charts/chart_text.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;
using namespace chart_test_data;

namespace {

std::vector<charts::Mark> marks_of(const charts::Chart& chart, charts::MarkShape shape) {
    std::vector<charts::Mark> found;
    for (const charts::Mark& mark : chart.marks) {
        if (mark.shape == shape) {
            found.push_back(mark);
        }
    }
    return found;
}

// The text mark that reads `text`; fails the test when there is none.
charts::Mark text_named(const charts::Chart& chart, const std::string& text) {
    for (const charts::Mark& mark : marks_of(chart, charts::MarkShape::Text)) {
        if (mark.text == text) {
            return mark;
        }
    }
    FAIL("no text mark " << text);
    return {};
}

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
        if (mark.shape == charts::MarkShape::Rectangle || mark.shape == charts::MarkShape::Line) {
            CHECK(mark.x2 <= chart.width + 0.01);
            CHECK(mark.y2 <= chart.height + 0.01);
        }
    }
}

} // namespace

TEST_CASE("a field of action's measures are counted by status and priority", "[charts]") {
    const model::FieldOfAction field = language_field();
    const charts::Chart chart = charts::field_status_chart(field, 300);
    CHECK(chart.title == "Maßnahmen im Handlungsfeld 1 Sprache und Bildung nach Status und "
                         "Priorität");
    CHECK(chart.summary ==
          "Handlungsfeld 1 Sprache und Bildung: 4 Maßnahmen. Nach Status: geplant 1, in "
          "Umsetzung 1, abgeschlossen 1, Daueraufgabe 1. Nach Priorität: hoch 2, mittel 1, "
          "niedrig 1.");
    text_named(chart, "nach Status");
    text_named(chart, "nach Priorität");
    text_named(chart, "in Umsetzung");
    text_named(chart, "Daueraufgabe");
    text_named(chart, "niedrig");
    const auto bars = marks_of(chart, charts::MarkShape::Rectangle);
    REQUIRE(bars.size() == 7);
    // "hoch" (2) is twice as long as "mittel" (1).
    const double high = bars[4].x2 - bars[4].x1;
    const double medium = bars[5].x2 - bars[5].x1;
    CHECK(high == Approx(2 * medium));
    CHECK(bars[0].colour == charts::ColourRole::StatusPlanned);
    CHECK(bars[3].colour == charts::ColourRole::StatusOngoing);
    CHECK(chart.height > 100);
    check_inside(chart);
    REQUIRE(chart.table.rows.size() == 7);
    CHECK(chart.table.header == std::vector<std::string>{"Kategorie", "Anzahl"});
    CHECK(chart.table.rows[1] == std::vector<std::string>{"Status: in Umsetzung", "1"});
    CHECK(chart.table.rows[4] == std::vector<std::string>{"Priorität: hoch", "2"});
}

TEST_CASE("a field without measures shows empty bars labelled 0", "[charts]") {
    model::FieldOfAction field = language_field();
    field.goals.clear();
    const charts::Chart chart = charts::field_status_chart(field, 300);
    CHECK(marks_of(chart, charts::MarkShape::Rectangle).empty());
    CHECK(chart.summary.find(": 0 Maßnahmen.") != std::string::npos);
    CHECK(chart.table.rows.size() == 7);
    check_inside(chart);
}

TEST_CASE("the timeline draws one bar per measure over its years", "[charts]") {
    const model::FieldOfAction field = language_field();
    const charts::Chart chart = charts::timeline_chart({&field}, 400);
    CHECK(charts::timeline_years({&field}).first == 2025);
    CHECK(charts::timeline_years({&field}).last == 2029);
    text_named(chart, "1 Sprache und Bildung");
    for (int year = 2025; year <= 2029; ++year) {
        text_named(chart, std::to_string(year));
    }
    const charts::Mark axis_2026 = text_named(chart, "2026");
    const charts::Mark axis_2028 = text_named(chart, "2028");
    const charts::Mark first_row = text_named(chart, "M-1.1.1");
    const charts::Mark second_row = text_named(chart, "M-1.1.2");
    CHECK(second_row.y1 - first_row.y1 == Approx(11));
    CHECK(axis_2026.y1 < first_row.y1); // the year axis is on top
    // M-1.1.1 runs 2026–2028: its bar covers the bands of those years.
    const auto bars = marks_of(chart, charts::MarkShape::Rectangle);
    REQUIRE(bars.size() >= 4);
    const double band = axis_2028.x1 - axis_2026.x1;
    CHECK(bars[0].x1 < axis_2026.x1);
    CHECK(bars[0].x2 > axis_2028.x1);
    CHECK(bars[0].x2 - bars[0].x1 == Approx(1.5 * band).margin(band / 2));
    CHECK(bars[0].colour == charts::ColourRole::StatusInProgress);
    CHECK(bars[1].colour == charts::ColourRole::StatusCompleted);
    // M-1.1.4 is ongoing: it reaches the last year and ends in a point.
    CHECK(bars[3].x2 > text_named(chart, "2029").x1);
    CHECK(marks_of(chart, charts::MarkShape::Diamond).size() >= 1);
    text_named(chart, "ohne Enddatum (dauerhaft)");
    text_named(chart, "abgeschlossen");
    check_inside(chart);
    REQUIRE(chart.table.rows.size() == 4);
    CHECK(chart.table.header ==
          std::vector<std::string>{"Maßnahme", "Titel", "Beginn", "Ende", "Status"});
    CHECK(chart.table.rows[0] ==
          std::vector<std::string>{"M-1.1.1", "Maßnahme M-1.1.1", "2026", "2028", "in Umsetzung"});
    CHECK(chart.table.rows[3][3] == "dauerhaft");
    CHECK(chart.summary == "4 Maßnahmen im Handlungsfeld 1 Sprache und Bildung, von 2025 bis "
                           "2029; 1 läuft ohne Enddatum. Nach Status: geplant 1, in Umsetzung 1, "
                           "abgeschlossen 1, Daueraufgabe 1.");
}

TEST_CASE("the timeline grows with its rows and can be split by field", "[charts]") {
    model::FieldOfAction first = language_field();
    model::FieldOfAction second = language_field();
    second.number = 2;
    second.title = std::string(400, 'W'); // a very long title is shortened, not overflowing
    for (auto& measure : second.goals.front().measures) {
        measure.id[2] = '2';
        measure.start_year += 3;
        measure.end_year = measure.ongoing ? 0 : measure.end_year + 3;
    }
    const std::vector<const model::FieldOfAction*> fields{&first, &second};
    const charts::Chart whole = charts::timeline_chart(fields, 400);
    const charts::Chart one = charts::timeline_chart(first, 400, charts::timeline_years(fields));
    CHECK(whole.height > one.height);
    CHECK(whole.table.rows.size() == 8);
    CHECK(one.table.rows.size() == 4);
    CHECK(whole.summary.find("8 Maßnahmen in 2 Handlungsfeldern, von 2025 bis 2032") == 0);
    // The part shares the whole timeline's year axis.
    CHECK(text_named(one, "2032").x1 == Approx(text_named(whole, "2032").x1));
    check_inside(whole);
    check_inside(one);
    // Deterministic.
    const charts::Chart again = charts::timeline_chart(fields, 400);
    REQUIRE(again.marks.size() == whole.marks.size());
    for (std::size_t index = 0; index < whole.marks.size(); ++index) {
        CHECK(again.marks[index].x2 == whole.marks[index].x2);
        CHECK(again.marks[index].text == whole.marks[index].text);
    }
}

TEST_CASE("a timeline without measures is empty and says so", "[charts]") {
    model::FieldOfAction field = language_field();
    field.goals.clear();
    const charts::Chart chart = charts::timeline_chart({&field}, 400);
    CHECK(chart.marks.empty());
    CHECK(chart.summary == "Es sind keine Maßnahmen erfasst.");
    const charts::Chart none = charts::timeline_chart({}, 400);
    CHECK(none.marks.empty());
}
