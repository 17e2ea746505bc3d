#include "layout/number_format.hpp"
#include "layout/table_layout.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

TEST_CASE("numbers are written the German way", "[layout][format]") {
    CHECK(layout::german_number(1250) == "1.250");
    CHECK(layout::german_number(12.5) == "12,5");
    CHECK(layout::german_number(0.75) == "0,75");
    CHECK(layout::german_number(1234567) == "1.234.567");
    CHECK(layout::german_number(40) == "40");
}

TEST_CASE("time frames and dates read as German text", "[layout][format]") {
    model::Measure measure;
    measure.start_year = 2026;
    measure.end_year = 2028;
    CHECK(layout::time_frame(measure) == "2026\u20132028");
    measure.ongoing = true;
    measure.end_year = 0;
    CHECK(layout::time_frame(measure) == "ab 2026, dauerhaft");
    CHECK(layout::german_date("2026-11-24") == "24. November 2026");
    CHECK(layout::german_date("Herbst 2026") == "Herbst 2026");
}

TEST_CASE("column widths follow content and fill the width", "[layout][table]") {
    const auto fitting = layout::column_widths({20, 20}, {50, 150}, 400);
    CHECK(fitting[0] + fitting[1] == Approx(400));
    CHECK(fitting[1] > fitting[0] * 2);
    const auto squeezed = layout::column_widths({30, 60}, {300, 600}, 300);
    CHECK(squeezed[0] + squeezed[1] == Approx(300));
    CHECK(squeezed[0] >= 30);
    CHECK(squeezed[1] >= 60);
}
