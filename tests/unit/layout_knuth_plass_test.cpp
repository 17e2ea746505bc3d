// Rules of the whole-paragraph breaker beyond the hyphen demerits (those are in
// layout_hyphen_demerits_test.cpp): fitness classes, the price of short fragments, a last
// line of one fragment, and the emergency pass. Each paragraph offers two ways to break
// where only the rule under test decides; the comments give the demerits of both.

#include "layout/line_breaking.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

constexpr double line_width = 100;

layout::ParagraphItem box(double width, const std::string& text = "xxxxxx") {
    layout::ParagraphItem item;
    item.kind = layout::ItemKind::Box;
    item.width = width;
    item.text = text; // the breaker reads letters only to find short fragments
    item.format = 0;
    return item;
}

layout::ParagraphItem glue(double width, double stretch, double shrink) {
    layout::ParagraphItem item;
    item.kind = layout::ItemKind::Glue;
    item.width = width;
    item.stretch = stretch;
    item.shrink = shrink;
    return item;
}

// A syllable break drawn as a hyphen 5 wide.
layout::ParagraphItem hyphenation_point() {
    layout::ParagraphItem item;
    item.kind = layout::ItemKind::Penalty;
    item.width = 5;
    item.penalty = layout::syllable_penalty;
    item.flagged = true;
    return item;
}

void finish(std::vector<layout::ParagraphItem>& items) {
    items.push_back(glue(0, 1e9, 0));
    layout::ParagraphItem end;
    end.kind = layout::ItemKind::Penalty;
    end.penalty = layout::forced_break;
    items.push_back(end);
}

// Every line that is not the last fits: its boxes and glue shrunk as far as they go.
bool no_overfull_line(const std::vector<layout::ParagraphItem>& items,
                      const std::vector<layout::BrokenLine>& lines, double width) {
    for (const auto& line : lines) {
        double shrink = 0;
        for (std::size_t index = line.start; index < line.end; ++index) {
            shrink += items[index].kind == layout::ItemKind::Glue ? items[index].shrink : 0;
        }
        if (line.natural_width - shrink > width + 1e-6) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("a tight line next to a loose one costs the fitness demerits", "[layout][linebreak]") {
    // Words 10 40 35 | 25 10 10 15 | 15 40 with spaces of 10 (stretch 6, shrink 4). Line 1 is
    // tight (ratio -0.625). Line 2 ending after the 7th word is loose (ratio 0.556, demerits
    // 27.1² = 735 + fitness demerits 10000); ending after the 8th it is tight too (ratio
    // -0.94, demerits 92.4² = 8538): without the fitness classes the loose line would win.
    std::vector<layout::ParagraphItem> items;
    const double words[] = {10, 40, 35, 25, 10, 10, 15, 15, 40};
    for (const double word : words) {
        if (!items.empty()) {
            items.push_back(glue(10, 6, 4));
        }
        items.push_back(box(word));
    }
    finish(items);
    layout::BreakOptions options;
    options.pretolerance = -1;
    options.tolerance = 1000;
    const auto lines = layout::break_lines(items, line_width, options);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].end == 5);  // the space after the 3rd word
    CHECK(lines[1].end == 15); // the space after the 8th word
    CHECK(lines[1].ratio < -0.5);
}

TEST_CASE("a hyphenation point that leaves two letters costs more than a tight line",
          "[layout][linebreak]") {
    // "ab-cdef-ghij" after a word of 60: breaking after "ab" fills line 1 exactly (demerits
    // 10² + 80² = 6500) but leaves a fragment of two letters, which adds
    // short_fragment_penalty to the penalty ((80 + 150)² = 52900); breaking after "abcdef"
    // makes a tight line (ratio -0.67, demerits 39.6² + 80² = 7968) and wins.
    std::vector<layout::ParagraphItem> items = {
        box(60),         glue(10, 30, 15),    box(25, "ab"),   hyphenation_point(),
        box(10, "cdef"), hyphenation_point(), box(20, "ghij"), glue(10, 30, 15),
        box(30)};
    finish(items);
    const auto lines = layout::break_lines(items, line_width);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].hyphenated);
    CHECK(lines[0].end == 5); // after "cdef"
}

TEST_CASE("a last line of one word fragment costs more than a loose line", "[layout][linebreak]") {
    // Line 1 can end at the space (ratio 1: demerits 110² = 12100) or at the hyphen, exact
    // (10² + 80² = 6500, + final_hyphen_demerits = 11500), which leaves "tet." alone on the
    // last line: last_line_fragment_demerits make the space win.
    std::vector<layout::ParagraphItem> items = {
        box(40), glue(10, 30, 0),     box(20),        glue(10, 30, 0),
        box(15), hyphenation_point(), box(10, "tet.")};
    finish(items);
    layout::BreakOptions options;
    options.pretolerance = -1; // ratio 1 is within TeX's pretolerance: the pass with hyphens
    const auto lines = layout::break_lines(items, line_width, options);
    REQUIRE(lines.size() == 2);
    CHECK_FALSE(lines[0].hyphenated);
    CHECK(lines[0].end == 3);
    CHECK(lines[0].ratio == Approx(1.0));
}

TEST_CASE("without a tolerable break, the emergency pass sets a loose line, not an overfull one",
          "[layout][linebreak]") {
    // "30" alone cannot stretch (its only space is the break), "30 90" is 130 wide: no break
    // within the tolerance. The emergency pass takes the loose line.
    std::vector<layout::ParagraphItem> items = {box(30), glue(10, 3, 1), box(90)};
    finish(items);
    const auto lines = layout::break_lines(items, line_width);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].end == 1);
    CHECK(lines[1].last);
    CHECK(no_overfull_line(items, lines, line_width));
}

TEST_CASE("a box wider than the line is set overfull on a line of its own", "[layout][linebreak]") {
    std::vector<layout::ParagraphItem> items = {box(30), glue(10, 5, 3), box(150), glue(10, 5, 3),
                                                box(30)};
    finish(items);
    const auto lines = layout::break_lines(items, line_width);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].end == 1);
    CHECK(lines[1].start == 2);
    CHECK(lines[1].end == 3);
    CHECK(lines[2].last);
}

TEST_CASE("the breaker's time grows linearly with the paragraph", "[layout][linebreak]") {
    // 20000 words in one paragraph: the active breaks stay within a line's reach, so this
    // takes milliseconds; a quadratic breaker would take minutes.
    std::vector<layout::ParagraphItem> items;
    for (int word = 0; word < 20000; ++word) {
        if (word > 0) {
            items.push_back(glue(4, 2, 1.3));
        }
        items.push_back(box(10 + word % 7 * 3));
        items.push_back(hyphenation_point());
        items.push_back(box(8 + word % 5 * 2));
    }
    finish(items);
    const auto lines = layout::break_lines(items, line_width);
    CHECK(lines.size() > 4000);
    CHECK(no_overfull_line(items, lines, line_width));
    CHECK(lines.back().end == items.size() - 1);
}

TEST_CASE("a compound breaks at its joint before a syllable break inside it",
          "[layout][linebreak]") {
    // "Quartiers|manage-ment" after a word of 40: the joint makes a loose line (ratio 1:
    // demerits 110² + 20² = 12500), the syllable break an exact one (10² + 80² = 6500), but a
    // syllable break inside a compound costs compound_syllable_penalty more
    // ((80 + 150)² = 52900), so the joint wins.
    layout::ParagraphItem joint = hyphenation_point();
    joint.penalty = layout::compound_joint_penalty;
    joint.joint = true;
    std::vector<layout::ParagraphItem> items = {
        box(40),         glue(10, 20, 5),   box(25, "Quartiers"),
        joint,           box(20, "manage"), hyphenation_point(),
        box(15, "ment"), glue(10, 20, 5),   box(30)};
    finish(items);
    const auto lines = layout::break_lines(items, line_width);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].hyphenated);
    CHECK(lines[0].end == 3); // at the joint
}

TEST_CASE("a word with a hard hyphen breaks there before it breaks inside a part",
          "[layout][linebreak]") {
    // "Baden-|Würt-temberg" after a word of 50, in the pass with hyphenation: the hard hyphen
    // makes a line at ratio 0.5 (demerits 22.5² + 15² = 731), the syllable break an exact one
    // (10² + 80² = 6500); either way the line ends in a hyphen before the last line
    // (+ final_hyphen_demerits). At the price of an ordinary penalty (100: 100² = 10000) the
    // hard hyphen would lose.
    layout::ParagraphItem hard;
    hard.kind = layout::ItemKind::Penalty;
    hard.penalty = layout::hard_hyphen_penalty;
    std::vector<layout::ParagraphItem> items = {
        box(50),        glue(10, 20, 5),     box(30, "Baden-"),  hard,
        box(5, "Würt"), hyphenation_point(), box(40, "temberg"), glue(10, 20, 5),
        box(30)};
    finish(items);
    layout::BreakOptions options;
    options.pretolerance = -1; // the pass without hyphenation takes the hard hyphen anyway
    const auto lines = layout::break_lines(items, line_width, options);
    REQUIRE(lines.size() == 2);
    CHECK_FALSE(lines[0].hyphenated); // no hyphen is added: the word has its own
    CHECK(lines[0].end == 3);
}
