#include "layout/layout_context.hpp"
#include "layout/page_builder.hpp"
#include "layout/page_keeps.hpp"
#include "layout/slice.hpp"
#include "layout_test_document.hpp"

#include <catch2/catch.hpp>
#include <chrono>

using namespace stadtsatz;
using layout::PageEnd;
using layout::Slice;

namespace {

constexpr double leading = 14; // of the test style's body text

// A slice of one line of text reading `text`.
Slice line(const std::string& text, bool keep = false) {
    Slice slice;
    slice.height = leading;
    layout::TextRun run;
    run.text = text;
    run.baseline = 10;
    slice.items.emplace_back(run);
    slice.keep_with_next = keep;
    return slice;
}

// The lines of a paragraph called `name` ("name 0", "name 1", …) with the keeps add_lines gives.
void paragraph(std::vector<Slice>& flow, const std::string& name, std::size_t count,
               double space = 6) {
    std::vector<layout::SetLine> lines(count);
    for (std::size_t index = 0; index < count; ++index) {
        layout::TextRun run;
        run.text = name + " " + std::to_string(index);
        lines[index].items.emplace_back(run);
    }
    layout::add_lines(flow, lines, 0, 10, leading, space, space);
}

Slice heading_line(const std::string& text) {
    Slice slice = line(text, true);
    slice.keep_lines_after = 2;
    slice.space_before = 14;
    slice.space_after = 6;
    return slice;
}

// Lays out `flow` as body pages of the test style.
struct Built {
    model::Document document;
    model::Diagnostics diagnostics;
    std::vector<layout::Page> pages;
    std::map<std::string, layout::AnchorPosition> anchors;
    double text_top = 0;

    explicit Built(const std::vector<Slice>& flow, double page_height = 0) {
        document.style = test::test_style();
        if (page_height > 0) {
            document.style.page_height = page_height;
        }
        layout::LayoutContext context(document, diagnostics);
        text_top = context.text_top();
        layout::PageBuilder builder(context, pages, anchors, 1, layout::PageRole::Body);
        builder.add(flow);
        builder.finish();
    }

    // The index of the page that shows the run `text`, or -1.
    int page_of(const std::string& text) const {
        for (std::size_t index = 0; index < pages.size(); ++index) {
            for (const auto& item : pages[index].items) {
                if (const auto* run = std::get_if<layout::TextRun>(&item);
                    run != nullptr && run->text == text) {
                    return static_cast<int>(index);
                }
            }
        }
        return -1;
    }

    // The baseline of the run `text`.
    double baseline_of(const std::string& text) const {
        for (const auto& page : pages) {
            for (const auto& item : page.items) {
                if (const auto* run = std::get_if<layout::TextRun>(&item);
                    run != nullptr && run->text == text) {
                    return run->baseline;
                }
            }
        }
        return -1;
    }
};

// The full type area of the test style holds 50 lines of 14 pt.
constexpr std::size_t page_lines = 50;

} // namespace

TEST_CASE("add_lines keeps two lines of a paragraph on each page and a hyphen with its word",
          "[layout][makeup]") {
    std::vector<Slice> flow;
    paragraph(flow, "p", 6);
    paragraph(flow, "after", 3); // the flow's end keeps its own last lines
    std::vector<bool> keeps = layout::page_break_keeps(flow);
    keeps.resize(6);
    // Breaks are allowed after lines 2, 3, 4 (1-based): never one line alone.
    CHECK(keeps == std::vector<bool>{true, false, false, false, true, false});

    std::vector<layout::SetLine> lines(4);
    for (std::size_t index = 0; index < lines.size(); ++index) {
        layout::TextRun run;
        run.text = "Wort";
        lines[index].items.emplace_back(run);
    }
    layout::TextRun hyphen;
    hyphen.x = 100;
    hyphen.text = "\u00AD"; // a hyphen added by line breaking, drawn after the word
    lines[1].items.emplace_back(hyphen);
    CHECK(layout::ends_in_hyphen(lines[1]));
    CHECK_FALSE(layout::ends_in_hyphen(lines[2]));
    std::vector<Slice> hyphenated;
    layout::add_lines(hyphenated, lines, 0, 10, leading, 0, 0);
    CHECK(hyphenated[1].keep_with_next);

    std::vector<layout::SetLine> hard(3);
    layout::TextRun compound;
    compound.text = "Baden-";
    hard[0].items.emplace_back(compound);
    CHECK(layout::ends_in_hyphen(hard[0]));
}

TEST_CASE("a heading keeps with two lines of content, padding and headings not counted",
          "[layout][makeup]") {
    std::vector<Slice> flow;
    flow.push_back(heading_line("h1"));
    flow.push_back(heading_line("h2")); // a subheading: it keeps with its own lines
    Slice padding;
    padding.height = 11;
    flow.push_back(padding);
    flow.push_back(line("one-line paragraph"));
    flow.push_back(line("next paragraph"));
    flow.push_back(line("more"));
    flow.push_back(line("last but one"));
    flow.push_back(line("last"));
    const std::vector<bool> keeps = layout::page_break_keeps(flow);
    CHECK(keeps[0]);
    CHECK(keeps[1]);
    CHECK(keeps[2]);
    CHECK(keeps[3]);       // the first line keeps with the second
    CHECK_FALSE(keeps[4]); // the break after the second line is free
    CHECK_FALSE(keeps[5]);
    CHECK(keeps[6]); // the flow's last two lines stay together: no single line at its end

    std::vector<Slice> chapter_break;
    chapter_break.push_back(heading_line("h"));
    Slice opening = line("next chapter");
    opening.page_break_before = true;
    chapter_break.push_back(opening);
    CHECK(layout::page_break_keeps(chapter_break)[0]); // nothing to keep with: no look past
}

TEST_CASE("the page builder moves a heading to the next page rather than leave it with one line",
          "[layout][makeup]") {
    std::vector<Slice> flow;
    for (std::size_t index = 0; index + 3 < page_lines; ++index) {
        flow.push_back(line("filler " + std::to_string(index)));
    }
    flow.push_back(heading_line("heading"));
    paragraph(flow, "text", 5);
    const Built built(flow);
    REQUIRE(built.pages.size() == 2);
    CHECK(built.page_of("heading") == 1);
    CHECK(built.page_of("text 1") == 1);
    CHECK(built.pages[0].makeup.end == PageEnd::KeptTogether);
    // The first page has no space between blocks to stretch: the shortfall is reported.
    CHECK(built.pages[0].makeup.missing > 0);
    CHECK(built.pages[1].makeup.end == PageEnd::DocumentEnd);
}

TEST_CASE("no widow and no orphan at a page break", "[layout][makeup]") {
    for (std::size_t room = 1; room <= 4; ++room) {
        std::vector<Slice> flow;
        for (std::size_t index = 0; index + room < page_lines; ++index) {
            flow.push_back(line("filler " + std::to_string(index)));
        }
        paragraph(flow, "p", 5, 0);
        paragraph(flow, "after", 3, 0);
        const Built built(flow);
        // Lines of p on each page: never exactly one.
        std::map<int, int> per_page;
        for (std::size_t index = 0; index < 5; ++index) {
            ++per_page[built.page_of("p " + std::to_string(index))];
        }
        for (const auto& [page, count] : per_page) {
            INFO("room for " << room << " lines, page " << page);
            CHECK(count >= 2);
        }
    }
}

TEST_CASE("a full page is stretched to the bottom line, at most one line per space",
          "[layout][makeup]") {
    std::vector<Slice> flow;
    // Paragraphs of 4 lines with 6 pt between them: 11 take 676 pt of 700; the first two
    // lines of the twelfth do not fit.
    for (int index = 0; index < 13; ++index) {
        paragraph(flow, "p" + std::to_string(index), 4);
    }
    const Built built(flow);
    REQUIRE(built.pages.size() >= 2);
    const layout::Page& first = built.pages[0];
    CHECK(first.makeup.end == PageEnd::KeptTogether);
    CHECK(first.makeup.stretch > 0);
    CHECK(first.makeup.missing == Approx(0).margin(0.01));
    // The page's last line ends on the last line of the grid: 50 lines below the top.
    CHECK(first.makeup.bottom == Approx(built.text_top + page_lines * leading));
    // Every space between paragraphs grew, none by more than a line.
    double previous = built.baseline_of("p0 3");
    for (int index = 1; built.page_of("p" + std::to_string(index) + " 3") == 0; ++index) {
        const double next = built.baseline_of("p" + std::to_string(index) + " 0");
        CHECK(next - previous <= leading + 6 + 6 + 0.01); // a space at most doubles
        CHECK(next - previous > leading + 6);
        previous = built.baseline_of("p" + std::to_string(index) + " 3");
    }
}

TEST_CASE("pages not full name their reason", "[layout][makeup]") {
    std::vector<Slice> flow;
    paragraph(flow, "a", 10);
    Slice tall = line("picture");
    tall.height = 40 * leading;
    flow.push_back(tall);
    paragraph(flow, "b", 3);
    Slice chapter = line("new page");
    chapter.page_break_before = true;
    flow.push_back(chapter);
    const Built built(flow);
    REQUIRE(built.pages.size() == 3);
    CHECK(built.pages[0].makeup.end == PageEnd::NextTooTall);
    CHECK(built.pages[0].makeup.fill < 0.85);
    CHECK(built.pages[1].makeup.end == PageEnd::PageBreak);
    CHECK(built.pages[2].makeup.end == PageEnd::DocumentEnd);
}

TEST_CASE("a keep chain longer than a page is broken where it overflows, in linear time",
          "[layout][makeup]") {
    std::vector<Slice> flow;
    const std::size_t count = 20000;
    for (std::size_t index = 0; index < count; ++index) {
        Slice slice = index % 2 == 0 ? heading_line("h" + std::to_string(index))
                                     : line("l" + std::to_string(index), true);
        flow.push_back(std::move(slice));
    }
    const auto start = std::chrono::steady_clock::now();
    const Built built(flow);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 2.0);
    REQUIRE(built.pages.size() > 100);
    for (std::size_t index = 0; index + 1 < built.pages.size(); ++index) {
        CHECK(built.pages[index].makeup.end == PageEnd::KeepChainTooLong);
        CHECK(built.pages[index].makeup.fill > 0.9);
    }
}

TEST_CASE("vertical justification leaves a page alone when its spaces would have to more than "
          "double, and reports what is missing",
          "[layout][makeup]") {
    std::vector<Slice> flow;
    paragraph(flow, "a", 20); // 280 pt
    paragraph(flow, "b", 28); // 6 + 392 pt: 678 pt of 700, the heading no longer fits
    flow.push_back(heading_line("heading"));
    paragraph(flow, "c", 4);
    const Built built(flow);
    REQUIRE(built.pages.size() == 2);
    const layout::PageMakeup& makeup = built.pages[0].makeup;
    CHECK(makeup.end == PageEnd::Full);
    CHECK(makeup.stretch == 0); // the one space of 6 pt cannot take 22 pt
    CHECK(makeup.missing == Approx(700 - 678));
    CHECK(built.baseline_of("b 0") - built.baseline_of("a 19") == Approx(leading + 6));
}

TEST_CASE("a chapter's last lines shrink the spaces of its page rather than end on a page alone",
          "[layout][makeup]") {
    std::vector<Slice> flow;
    for (int index = 0; index < 10; ++index) {
        paragraph(flow, "p" + std::to_string(index), 4); // 10 × 56 pt + 9 × 6 pt = 614 pt
    }
    paragraph(flow, "q", 6); // ends at 704 pt of 700
    const Built built(flow);
    REQUIRE(built.pages.size() == 1);
    CHECK(built.page_of("q 5") == 0);
    CHECK(built.pages[0].makeup.stretch == Approx(-(704 - 700.15)).margin(0.01));
    CHECK(built.pages[0].makeup.end == PageEnd::DocumentEnd);

    // Four lines too many: the spaces do not shrink, the paragraph's last two lines move on.
    std::vector<Slice> longer;
    for (int index = 0; index < 10; ++index) {
        paragraph(longer, "p" + std::to_string(index), 4);
    }
    paragraph(longer, "q", 9);
    const Built moved(longer);
    REQUIRE(moved.pages.size() == 2);
    CHECK(moved.pages[0].makeup.stretch >= 0);
    CHECK(moved.page_of("q 8") == 1);
    CHECK(moved.page_of("q 7") == 1);
}

TEST_CASE("a full page ending past the last grid line shrinks its spaces onto it",
          "[layout][makeup]") {
    std::vector<Slice> flow;
    for (int index = 0; index < 10; ++index) {
        paragraph(flow, "p" + std::to_string(index), 4); // 614 pt
    }
    paragraph(flow, "q", 6);    // ends at 704 pt: past the grid's 50 lines (700 pt)
    paragraph(flow, "next", 4); // does not fit in the 706 pt of the type area
    const double margins = test::test_style().margin_top + test::test_style().margin_bottom;
    const Built built(flow, margins + 706);
    REQUIRE(built.pages.size() == 2);
    CHECK(built.page_of("q 5") == 0);
    CHECK(built.pages[0].makeup.end == PageEnd::Full);
    CHECK(built.pages[0].makeup.stretch == Approx(-4));
    CHECK(built.pages[0].makeup.bottom == Approx(built.text_top + page_lines * leading));
}
