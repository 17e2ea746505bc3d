#include "layout/column_widths.hpp"
#include "layout/table_cell_measure.hpp"

#include <catch2/catch.hpp>
#include <numeric>

using namespace stadtsatz;
using layout::ColumnNeeds;

namespace {

double total(const std::vector<double>& widths) {
    return std::accumulate(widths.begin(), widths.end(), 0.0);
}

ColumnNeeds needs(double minimum, double whole_header, double whole_words, double maximum) {
    return {minimum, minimum, whole_header, minimum, whole_words, maximum};
}

// A cell paragraph of boxes (widths) and break items, as inline collection builds it.
layout::ParagraphItem box(double width, const std::string& text = "x") {
    layout::ParagraphItem item;
    item.width = width;
    item.text = text;
    return item;
}

layout::ParagraphItem glue(double width) {
    layout::ParagraphItem item;
    item.kind = layout::ItemKind::Glue;
    item.width = width;
    return item;
}

layout::ParagraphItem penalty(bool flagged, double width = 0, double cost = 20) {
    layout::ParagraphItem item;
    item.kind = layout::ItemKind::Penalty;
    item.flagged = flagged;
    item.width = width;
    item.penalty = cost;
    return item;
}

} // namespace

TEST_CASE("maximum widths that fit are widened in proportion to themselves", "[layout][table]") {
    const auto widths = layout::column_widths({needs(20, 20, 20, 50), needs(20, 20, 20, 150)}, 400);
    CHECK(total(widths) == Approx(400));
    CHECK(widths[0] == Approx(100));
    CHECK(widths[1] == Approx(300));
}

TEST_CASE("between minimum and maximum the room goes by how much more a column needs",
          "[layout][table]") {
    // A URL column (small pieces, a long line) next to a text column: the text column keeps
    // its whole words, the URL column gets its share of what is left, not all of it.
    const std::vector<ColumnNeeds> columns = {needs(40, 60, 80, 100), needs(30, 30, 30, 330)};
    const auto widths = layout::column_widths(columns, 250);
    CHECK(total(widths) == Approx(250));
    CHECK(widths[0] >= 80);
    // Σ whole words = 110; the 140 of room beyond goes (100−80) : (330−30) = 1 : 15.
    CHECK(widths[0] == Approx(80 + 140.0 / 16));
    CHECK(widths[1] == Approx(30 + 140.0 * 15 / 16));
}

TEST_CASE("header words stay whole when the table could be laid out with them whole",
          "[layout][table]") {
    // Σ whole headers = 60 + 50 + 40 = 150 ≤ 160 < Σ whole words (180): every column keeps
    // its header word; only body words may be hyphenated.
    const std::vector<ColumnNeeds> columns = {needs(20, 60, 70, 120), needs(20, 50, 60, 90),
                                              needs(20, 40, 50, 60)};
    const auto widths = layout::column_widths(columns, 160);
    CHECK(total(widths) == Approx(160));
    CHECK(widths[0] >= 60);
    CHECK(widths[1] >= 50);
    CHECK(widths[2] >= 40);
    // Below the whole header words, every column still gets its minimum.
    const auto narrow = layout::column_widths(columns, 100);
    CHECK(total(narrow) == Approx(100));
    for (std::size_t column = 0; column < columns.size(); ++column) {
        CHECK(narrow[column] >= columns[column].minimum);
        CHECK(narrow[column] <= columns[column].whole_header);
    }
    CHECK(layout::total_minimum(columns) == Approx(60));
}

TEST_CASE("when not every header word fits whole, as many as possible stay whole",
          "[layout][table]") {
    // Room beyond the minima: 50. Keeping the headers of columns 1 and 2 whole costs 10 + 30;
    // column 0 would cost 60 alone: it is the one to hyphenate.
    const std::vector<ColumnNeeds> columns = {needs(20, 80, 80, 90), needs(20, 30, 30, 40),
                                              needs(20, 50, 50, 60)};
    const auto widths = layout::column_widths(columns, 110);
    CHECK(total(widths) == Approx(110));
    CHECK(widths[1] >= 30);
    CHECK(widths[2] >= 50);
    CHECK(widths[0] == Approx(30));
}

TEST_CASE("column widths never shrink a column below its minimum while the minima fit",
          "[layout][table]") {
    const std::vector<ColumnNeeds> columns = {needs(30, 30, 40, 300), needs(60, 60, 60, 600),
                                              needs(10, 50, 50, 50)};
    for (double available : {100.0, 120.0, 150.0, 200.0, 400.0, 900.0, 1200.0}) {
        const auto widths = layout::column_widths(columns, available);
        CHECK(total(widths) == Approx(available));
        for (std::size_t column = 0; column < columns.size(); ++column) {
            CHECK(widths[column] >= columns[column].minimum - 1e-9);
        }
    }
}

TEST_CASE("a cell's minimum is its widest piece between breaks, a hyphen included",
          "[layout][table]") {
    layout::Paragraph paragraph;
    // "Barriere-frei-heit und" with hyphenation points (hyphen 3 wide), then a URL piece
    // "www." | "stadt.de" joined by an unflagged break.
    paragraph.items = {box(20), penalty(true, 3), box(12), penalty(true, 3), box(14), glue(3),
                       box(10), glue(3),          box(15), penalty(false),   box(25)};
    const auto measure = layout::measure_cell(paragraph);
    CHECK(measure.minimum == Approx(25)); // "stadt.de"; "Barriere-" is 23
    CHECK(measure.whole_words == Approx(46));
    // In two lines at most: "Barriere-" | "freiheit" (23, 26) beats "Barrierefrei-" | "heit".
    CHECK(measure.two_lines == Approx(26));
    CHECK(measure.maximum == Approx(20 + 12 + 14 + 3 + 10 + 3 + 15 + 25));
    paragraph.items.resize(5);
    CHECK(layout::measure_cell(paragraph).minimum == Approx(23));
}

TEST_CASE("number cells are recognised with their units and split at the decimal comma",
          "[layout][table]") {
    CHECK(layout::decimal_split_offset("1.250,50 €") == std::size_t{5});
    CHECK(layout::decimal_split_offset("1.250,50\u202F€") == std::size_t{5});
    CHECK(layout::decimal_split_offset("12\u202F%") == std::size_t{2});
    CHECK(layout::decimal_split_offset("\u22123,5") == std::size_t{4});
    CHECK(layout::decimal_split_offset("62 (2025)") == std::size_t{2});
    CHECK(layout::decimal_split_offset("41,6 °C") == std::size_t{2});
    CHECK(layout::decimal_split_offset("1.000.000 €") == std::size_t{9});
    CHECK_FALSE(layout::decimal_split_offset("1961–1990"));
    CHECK_FALSE(layout::decimal_split_offset("4.3100.5400"));
    CHECK_FALSE(layout::decimal_split_offset("12.8.2025"));
    CHECK_FALSE(layout::decimal_split_offset("50 % bis 60 %"));
    CHECK_FALSE(layout::decimal_split_offset("M-2.1.1"));
    CHECK_FALSE(layout::decimal_split_offset("Prozent"));
    CHECK(layout::is_placeholder("\u2013"));
    CHECK_FALSE(layout::is_placeholder("0"));
}

TEST_CASE("at each level's total the widths are that level, and they grow with the room",
          "[layout][table]") {
    const std::vector<ColumnNeeds> columns = {
        {10, 30, 60, 70, 90, 200}, {20, 20, 20, 40, 40, 300}, {15, 25, 45, 45, 80, 90}};
    const std::vector<double ColumnNeeds::*> levels = {
        &ColumnNeeds::minimum,     &ColumnNeeds::split_header, &ColumnNeeds::whole_header,
        &ColumnNeeds::split_words, &ColumnNeeds::whole_words,  &ColumnNeeds::maximum};
    for (auto level : levels) {
        double available = 0;
        for (const auto& column : columns) {
            available += column.*level;
        }
        const auto widths = layout::column_widths(columns, available);
        for (std::size_t column = 0; column < columns.size(); ++column) {
            CHECK(widths[column] == Approx(columns[column].*level));
        }
    }
    std::vector<double> previous(columns.size(), 0);
    for (double available = 45; available <= 800; available += 5) {
        const auto widths = layout::column_widths(columns, available);
        CHECK(total(widths) == Approx(available));
        for (std::size_t column = 0; column < columns.size(); ++column) {
            // Σ split headers = 75, Σ whole headers = 125: in between, whole header words are
            // granted one by one, so one column may lose what another gains.
            if (available <= 75 || available > 125) {
                CHECK(widths[column] >= previous[column] - 1e-9);
            }
        }
        previous = widths;
    }
}
