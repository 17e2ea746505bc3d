// The line breaker's extra demerits for hyphens: a hyphen at the end of two lines in a row
// (consecutive_hyphens_demerits) and a hyphen that leaves a fragment alone on the last line
// (final_hyphen_demerits). Each test builds a paragraph where one line has two fitting
// breaks, a hyphen that makes a tight line and a space that makes a loose one, so that only
// the demerit decides between them.

#include "layout/line_breaking.hpp"

#include <catch2/catch.hpp>
#include <cmath>

using namespace stadtsatz;

namespace {

constexpr double line_width = 100;

layout::ParagraphItem box(double width) {
    layout::ParagraphItem item;
    item.kind = layout::ItemKind::Box;
    item.width = width;
    // Six letters: no hyphenation point next to it leaves a short fragment, which the breaker
    // prices extra (see short_fragment_penalty); otherwise it reads only widths.
    item.text = "xxxxxx";
    item.format = 0;
    return item;
}

// An interword space that stretches by 30, so a line 30 short of the width has ratio 1. It
// does not shrink: a line that is exactly full then has ratio 0 however the breaker measures
// its hyphen (see the last test of this file).
layout::ParagraphItem space() {
    layout::ParagraphItem item;
    item.kind = layout::ItemKind::Glue;
    item.width = 10;
    item.stretch = 30;
    return item;
}

// A syllable break: drawn as a hyphen 5 wide.
layout::ParagraphItem hyphenation_point() {
    layout::ParagraphItem item;
    item.kind = layout::ItemKind::Penalty;
    item.width = 5;
    item.penalty = layout::syllable_penalty;
    item.flagged = true;
    return item;
}

// A space that neither stretches nor shrinks: ends the first line without a hyphen.
layout::ParagraphItem plain_space() {
    layout::ParagraphItem item = space();
    item.stretch = 0;
    return item;
}

// The end of a paragraph: glue that fills the last line, then a forced break.
void finish(std::vector<layout::ParagraphItem>& items) {
    layout::ParagraphItem fill;
    fill.kind = layout::ItemKind::Glue;
    fill.stretch = 1e9;
    items.push_back(fill);
    layout::ParagraphItem end;
    end.kind = layout::ItemKind::Penalty;
    end.penalty = layout::forced_break;
    items.push_back(end);
}

// Line 1 is 95 + a hyphen (it ends hyphenated) when `first_line_hyphenated`, otherwise 100
// of boxes ending at a space. Line 2 can end at a space with ratio 1 (demerits 110² = 12100)
// or at a hyphen with ratio 0 (demerits 10² + 80² = 6500). Line 3 then is "15-40 35", exact
// (demerits 100), or "40 35" at ratio 0.5 (22.5² = 506), and "60" is the last line. So the
// hyphen wins (7006 against 12200) unless line 1 is hyphenated too, since
// consecutive_hyphens_demerits make it 17006; the final-hyphen demerit plays no part.
std::vector<layout::ParagraphItem> two_hyphen_candidates(bool first_line_hyphenated) {
    std::vector<layout::ParagraphItem> items;
    if (first_line_hyphenated) {
        items.push_back(box(95));
        items.push_back(hyphenation_point());
        items.push_back(box(20)); // the rest of the hyphenated word starts line 2
    } else {
        items.push_back(box(100));
        items.push_back(plain_space());
        items.push_back(box(20));
    }
    items.push_back(space());
    items.push_back(box(40));
    items.push_back(space()); // break here: line 2 is 70 wide, ratio (100 - 70) / 30 = 1
    items.push_back(box(15));
    items.push_back(hyphenation_point()); // break here: line 2 is 95 + 5, ratio 0
    items.push_back(box(40));
    items.push_back(space());
    items.push_back(box(35));
    items.push_back(space());
    items.push_back(box(60));
    finish(items);
    return items;
}

// The pass without hyphenation would take the space (ratio 1 is within TeX's pretolerance):
// these tests are about the pass with hyphenation.
layout::BreakOptions with_hyphenation() {
    layout::BreakOptions options;
    options.pretolerance = -1;
    return options;
}

} // namespace

TEST_CASE("the demerits of the test paragraph are what its comment says", "[layout][linebreak]") {
    // Guards the construction: if the breaker's prices change, the scenario below must be
    // rebuilt, or it would no longer test the demerit.
    const double loose = (10 + 100.0) * (10 + 100.0);
    const double tight_hyphen = 10 * 10 + layout::syllable_penalty * layout::syllable_penalty;
    CHECK(tight_hyphen < loose);
    CHECK(tight_hyphen + layout::consecutive_hyphens_demerits > loose);
}

TEST_CASE("without a hyphen on the line before, the tighter hyphenated line wins",
          "[layout][linebreak]") {
    const auto items = two_hyphen_candidates(false);
    const auto lines = layout::break_lines(items, line_width, with_hyphenation());
    REQUIRE(lines.size() >= 2);
    CHECK_FALSE(lines[0].hyphenated);
    CHECK(lines[1].hyphenated);
    CHECK(lines[1].end == 7); // the hyphenation point after box(15)
}

TEST_CASE("a second hyphen in a row costs more than a looser line", "[layout][linebreak]") {
    const auto items = two_hyphen_candidates(true);
    const auto lines = layout::break_lines(items, line_width, with_hyphenation());
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0].hyphenated);
    CHECK_FALSE(lines[1].hyphenated);
    CHECK(lines[1].end == 5); // the space after box(40)
    CHECK(lines[1].ratio == Approx(1.0));
}

TEST_CASE("a hyphen on the last line but one costs more than a looser line",
          "[layout][linebreak]") {
    // Line 2 can end at a space with ratio 0.95 (demerits (10 + 100 · 0.95³)² ≈ 9165) or at
    // a hyphen with ratio 0 (6500), after which the rest of the word and one more word are
    // left for the last line: the final-hyphen demerit (+ 5000) makes the space win. (The
    // last line is more than one fragment, so last_line_fragment_demerits play no part.)
    std::vector<layout::ParagraphItem> items;
    items.push_back(box(100));
    items.push_back(plain_space());
    items.push_back(box(20));
    items.push_back(space());
    items.push_back(box(41.5));
    items.push_back(space()); // break here: line 2 is 71.5 wide, ratio 28.5 / 30 = 0.95
    items.push_back(box(13.5));
    items.push_back(hyphenation_point()); // break here: line 2 is 95 + 5, ratio 0
    items.push_back(box(25));
    items.push_back(space());
    items.push_back(box(20));
    finish(items);
    const double loose = std::pow(10 + 100 * 0.95 * 0.95 * 0.95, 2);
    const double tight_hyphen = 10 * 10 + layout::syllable_penalty * layout::syllable_penalty;
    REQUIRE(tight_hyphen < loose);
    REQUIRE(tight_hyphen + layout::final_hyphen_demerits > loose);

    const auto lines = layout::break_lines(items, line_width, with_hyphenation());
    REQUIRE(lines.size() == 3);
    CHECK_FALSE(lines[1].hyphenated);
    CHECK(lines[1].end == 5);
    CHECK(lines[1].ratio == Approx(0.95));
    CHECK(lines[2].last);
}

// The line-by-line breaker added the hyphen's width to the candidate's line width and once
// more when it made the line, so every hyphenated line was priced one hyphen wider than it is.
TEST_CASE("a hyphenated line is measured with its hyphen once", "[layout][linebreak]") {
    std::vector<layout::ParagraphItem> items;
    layout::ParagraphItem shrinkable = space();
    shrinkable.shrink = 5;
    items.push_back(box(45));
    items.push_back(shrinkable);
    items.push_back(box(40));
    items.push_back(hyphenation_point());
    items.push_back(box(30));
    finish(items);
    const auto lines = layout::break_lines(items, line_width);
    REQUIRE(lines.size() == 2);
    REQUIRE(lines[0].hyphenated);
    CHECK(lines[0].natural_width == Approx(45 + 10 + 40 + 5));
    CHECK(lines[0].ratio == Approx(0.0));
}
