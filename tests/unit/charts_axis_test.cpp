#include "charts/chart_text.hpp"
#include "charts/value_axis.hpp"
#include "charts/year_axis.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz::charts;

TEST_CASE("value axes start at 0 and end at a round value above the maximum", "[charts]") {
    const ValueTicks percent = nice_ticks(62, 90);
    CHECK(percent.low == 0);
    CHECK(percent.high == 100);
    CHECK(percent.step == 25);
    CHECK(percent.values == std::vector<double>{0, 25, 50, 75, 100});

    const ValueTicks people = nice_ticks(0, 180);
    CHECK(people.high == 200);
    CHECK(people.values.size() == 5);

    const ValueTicks large = nice_ticks(1200, 3400);
    CHECK(large.high >= 3400);
    CHECK(large.values.size() >= 3);
    CHECK(large.values.size() <= 5);
}

TEST_CASE("every axis has three to five ticks at a round step", "[charts]") {
    for (double maximum :
         {0.3, 0.9, 1.0, 1.7, 7.0, 11.0, 38.0, 99.0, 101.0, 999.0, 3400.0, 12345.0}) {
        const ValueTicks ticks = nice_ticks(0, maximum);
        INFO(maximum);
        CHECK(ticks.values.size() >= 3);
        CHECK(ticks.values.size() <= 5);
        CHECK(ticks.high >= maximum);
        CHECK(ticks.values.back() == ticks.high);
    }
}

TEST_CASE("negative values put the axis below the minimum", "[charts]") {
    const ValueTicks ticks = nice_ticks(-12, 30);
    CHECK(ticks.low <= -12);
    CHECK(ticks.low < 0);
    CHECK(ticks.high >= 30);
    CHECK(std::find(ticks.values.begin(), ticks.values.end(), 0.0) != ticks.values.end());
    const ValueTicks below = nice_ticks(-40, -5);
    CHECK(below.low <= -40);
    CHECK(below.high == 0);
}

TEST_CASE("an axis of equal values is still usable", "[charts]") {
    const ValueTicks zero = nice_ticks(0, 0);
    CHECK(zero.low == 0);
    CHECK(zero.high == 1);
    CHECK(zero.values.size() >= 3);
    const ValueTicks one = nice_ticks(1, 1);
    CHECK(one.step == 0.25);
    CHECK(one.decimals == 2);
    CHECK(tick_label(one.values.back(), one.decimals) == "1,00");
}

TEST_CASE("tick labels are German numbers with common decimals", "[charts]") {
    CHECK(tick_label(3400, 0) == "3.400");
    CHECK(tick_label(1, 1) == "1,0");
    CHECK(tick_label(0.25, 2) == "0,25");
    CHECK(tick_label(-5, 0) == "\u22125");
    CHECK(tick_label(-0.0, 1) == "0,0");
    CHECK(tick_label(12500, 0) == "12.500");
}

TEST_CASE("a linear scale puts larger values higher up", "[charts]") {
    const LinearScale y{0, 100, 200, 20}; // bottom 200, top 20
    CHECK(y.position(0) == Approx(200));
    CHECK(y.position(100) == Approx(20));
    CHECK(y.position(50) == Approx(110));
    CHECK(y.position(90) == Approx(38));
}

TEST_CASE("years lie along the axis as points or bands", "[charts]") {
    const YearScale years{2025, 2029, 100, 300};
    CHECK(years.point(2025) == Approx(100));
    CHECK(years.point(2029) == Approx(300));
    CHECK(years.point(2027) == Approx(200));
    CHECK(years.band_width() == Approx(40));
    CHECK(years.band_start(2026) == Approx(140));
    CHECK(years.band_end(2029) == Approx(300));
    const YearScale single{2027, 2027, 100, 300};
    CHECK(single.point(2027) == Approx(200));
    CHECK(year_label_step(6, 300, 7.5) == 1);
    CHECK(year_label_step(30, 100, 7.5) > 1);
}

TEST_CASE("long labels are shortened to their width with an ellipsis", "[charts]") {
    const std::string label = "Ein sehr langer Titel eines Handlungsfelds, der nicht passt";
    const std::string fitted = fitted_text(label, 7.5, 80);
    CHECK(fitted.size() < label.size());
    CHECK(fitted.substr(fitted.size() - 3) == "…");
    CHECK(estimated_text_width(fitted, 7.5) <= 80);
    CHECK(fitted_text("kurz", 7.5, 80) == "kurz");
    CHECK(fitted_text(label, 7.5, 0).size() <= std::string("…").size() + 1);
}
