#include "layout/inline_collection.hpp"
#include "layout/layout_context.hpp"
#include "layout/line_breaking.hpp"
#include "layout/line_setting.hpp"
#include "layout/margin_protrusion.hpp"
#include "layout_test_document.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

// The right edge of the last text run on a line.
double line_end(const layout::SetLine& line) {
    double end = 0;
    for (const auto& item : line.items) {
        if (const auto* run = std::get_if<layout::TextRun>(&item)) {
            end = std::max(end, run->x + run->width);
        }
    }
    return end;
}

layout::ParagraphItem box(double width) {
    layout::ParagraphItem item;
    item.kind = layout::ItemKind::Box;
    item.width = width;
    item.text = "xxxxxx"; // no hyphenation point next to it leaves a short fragment
    item.format = 0;
    return item;
}

layout::ParagraphItem glue(double width) {
    layout::ParagraphItem item;
    item.kind = layout::ItemKind::Glue;
    item.width = width;
    item.stretch = width / 2;
    item.shrink = width / 3;
    return item;
}

} // namespace

TEST_CASE("first-fit breaking keeps every line within the width", "[layout][linebreak]") {
    std::vector<layout::ParagraphItem> items;
    for (int word = 0; word < 40; ++word) {
        items.push_back(box(20 + word % 5 * 7));
        items.push_back(glue(4));
    }
    layout::Paragraph paragraph;
    paragraph.items = items;
    layout::finish_paragraph(paragraph);
    const auto lines = layout::break_lines(paragraph.items, 150);
    REQUIRE(lines.size() > 5);
    for (const auto& line : lines) {
        if (!line.last) {
            CHECK(line.ratio >= -1.0);
            // Every box of the line fits: natural width minus the glue's shrink.
            double shrink = 0;
            for (std::size_t index = line.start; index < line.end; ++index) {
                shrink += paragraph.items[index].shrink;
            }
            CHECK(line.natural_width - shrink <= 150.001);
        }
    }
    CHECK(lines.back().last);
}

TEST_CASE("set lines are justified except the last one", "[layout][linebreak]") {
    model::Document document;
    document.style = test::test_style();
    model::Diagnostics diagnostics;
    layout::LayoutContext context(document, diagnostics);
    const auto format = context.format(document.style.body);
    const model::Inlines inlines = {
        model::make_text(std::string(test::lorem()) + " " + test::lorem())};
    auto paragraph = layout::collect_inlines(inlines, format, {}, context);
    const double width = 250;
    const auto lines =
        layout::typeset(paragraph, width, layout::LineAlignment::Justify, context.metrics);
    REQUIRE(lines.size() > 4);
    for (std::size_t index = 0; index + 1 < lines.size(); ++index) {
        CHECK(line_end(lines[index]) == Approx(width).margin(0.01));
    }
    CHECK(line_end(lines.back()) < width - 1);
    CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("an overlong word is broken by force instead of running past the margin",
          "[layout][linebreak]") {
    model::Document document;
    document.style = test::test_style();
    model::Diagnostics diagnostics;
    layout::LayoutContext context(document, diagnostics);
    const auto format = context.format(document.style.body);
    const model::Inlines inlines = {
        model::make_text("Siehe https://www.neu-ulm.de/" + std::string(200, 'x') + " danach")};
    auto paragraph = layout::collect_inlines(inlines, format, {}, context);
    const auto lines =
        layout::typeset(paragraph, 120, layout::LineAlignment::Justify, context.metrics);
    REQUIRE(lines.size() >= 5);
    // A line may end in a hyphen that hangs into the margin (optical margin alignment): by
    // at most its protrusion, a share of one em.
    const double hanging = layout::right_protrusion_factor(U'-') * format.size;
    std::string joined;
    for (const auto& line : lines) {
        CHECK(line_end(line) <= 120.01 + hanging);
        for (const auto& item : line.items) {
            if (const auto* run = std::get_if<layout::TextRun>(&item)) {
                joined += run->text;
            }
        }
    }
    CHECK(joined.find(std::string(200, 'x').substr(0, 10)) != std::string::npos);
}

TEST_CASE("bold, italic and code runs use their own font files", "[layout][linebreak]") {
    model::Document document;
    document.style = test::test_style();
    document.style.fonts["code"] = document.style.fonts.at("auszeichnung");
    model::Diagnostics diagnostics;
    layout::LayoutContext context(document, diagnostics);
    model::Inline strong;
    strong.kind = model::InlineKind::Strong;
    strong.children = {model::make_text("fett")};
    model::Inline emphasis;
    emphasis.kind = model::InlineKind::Emphasis;
    emphasis.children = {model::make_text("kursiv")};
    model::Inline code;
    code.kind = model::InlineKind::Code;
    code.text = "code";
    const model::Inlines inlines = {model::make_text("normal "), strong,
                                    model::make_text(" "),       emphasis,
                                    model::make_text(" "),       code};
    auto paragraph =
        layout::collect_inlines(inlines, context.format(document.style.body), {}, context);
    const auto lines =
        layout::typeset(paragraph, 400, layout::LineAlignment::Justify, context.metrics);
    REQUIRE(lines.size() == 1);
    std::map<std::string, std::string> font_of;
    for (const auto& item : lines[0].items) {
        if (const auto* run = std::get_if<layout::TextRun>(&item)) {
            std::string word = run->text;
            while (!word.empty() && word.back() == ' ') {
                word.pop_back(); // the space after a word belongs to its run
            }
            font_of[word] = run->font_file;
            CHECK(run->source.inline_node != nullptr);
        }
    }
    CHECK(font_of.at("normal") == test::font_path("NotoSerif-Regular.ttf"));
    CHECK(font_of.at("fett") == test::font_path("NotoSerif-Bold.ttf"));
    CHECK(font_of.at("kursiv") == test::font_path("NotoSerif-Italic.ttf"));
    CHECK(font_of.at("code") == test::font_path("NotoSans-Regular.ttf"));
}

TEST_CASE("a missing glyph is a warning at the node's position", "[layout][fonts]") {
    model::Document document;
    document.style = test::test_style();
    model::Diagnostics diagnostics;
    layout::LayoutContext context(document, diagnostics);
    const model::Inlines inlines = {
        model::make_text("Schriftzeichen \u4E2D", {"kapitel/x.md", 7, 3})};
    layout::collect_inlines(inlines, context.format(document.style.body), {}, context);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].severity == model::Severity::Warning);
    CHECK(diagnostics.all()[0].position.line == 7);
    CHECK(diagnostics.all()[0].message.find("U+4E2D") != std::string::npos);
}

TEST_CASE("an unreadable font file is an error, not a crash", "[layout][fonts]") {
    model::Document document;
    document.style = test::test_style();
    document.style.fonts["text"].regular = "/nonexistent/Missing.ttf";
    model::Diagnostics diagnostics;
    layout::LayoutContext context(document, diagnostics);
    const model::Inlines inlines = {model::make_text("Text")};
    auto paragraph =
        layout::collect_inlines(inlines, context.format(document.style.body), {}, context);
    CHECK(diagnostics.has_errors());
    CHECK_FALSE(paragraph.items.empty());
}

TEST_CASE("a compound joint wins over a later syllable break that also fits",
          "[layout][linebreak]") {
    // Three words, the last with a joint and, 6 pt later, a syllable break. On a line of 90 pt
    // both fit (83 and 89 pt with the hyphen); the joint costs less, so it wins although the
    // syllable break would fill the line better.
    layout::ParagraphItem joint;
    joint.kind = layout::ItemKind::Penalty;
    joint.penalty = layout::compound_joint_penalty;
    joint.flagged = true;
    joint.width = 3;
    layout::ParagraphItem syllable = joint;
    syllable.penalty = layout::syllable_penalty;
    layout::ParagraphItem end;
    end.kind = layout::ItemKind::Penalty;
    end.penalty = layout::forced_break;
    const std::vector<layout::ParagraphItem> items = {
        box(20), glue(10), box(20), glue(10), box(20), joint, box(6), syllable, box(30), end};
    const auto lines = layout::break_lines(items, 90);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].end == 5); // at the joint
    CHECK(lines[0].hyphenated);

    // With the kinds swapped, the cheaper break is the later one, and it is taken.
    std::vector<layout::ParagraphItem> swapped = items;
    std::swap(swapped[5].penalty, swapped[7].penalty);
    CHECK(layout::break_lines(swapped, 90)[0].end == 7);
}
