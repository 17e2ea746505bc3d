#include "layout/table_layout.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

TEST_CASE("column widths follow content and fill the width", "[layout][table]") {
    const auto fitting = layout::column_widths({20, 20}, {50, 150}, 400);
    CHECK(fitting[0] + fitting[1] == Approx(400));
    CHECK(fitting[1] > fitting[0] * 2);
    const auto squeezed = layout::column_widths({30, 60}, {300, 600}, 300);
    CHECK(squeezed[0] + squeezed[1] == Approx(300));
    CHECK(squeezed[0] >= 30);
    CHECK(squeezed[1] >= 60);
}
