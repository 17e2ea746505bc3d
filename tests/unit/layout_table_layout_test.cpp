// Laid-out tables: what happens when the hyphenated words do not fit, and how addresses break.

#include "layout/inline_collection.hpp"
#include "layout/layout_context.hpp"
#include "layout/table_layout.hpp"
#include "layout_test_document.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

using namespace stadtsatz;

namespace {

// A table of `columns` columns whose cells are one word each, without hyphenation points
// (generated tables are not hyphenated): the minimum of every column is its word.
model::Table unbreakable_table(std::size_t columns) {
    model::Table table;
    for (std::size_t column = 0; column < columns; ++column) {
        table.header.push_back({{model::make_text("K" + std::to_string(column))}});
    }
    table.rows.push_back({});
    for (std::size_t column = 0; column < columns; ++column) {
        table.rows.back().push_back({{model::make_text("Haushaltsstelle")}});
    }
    return table;
}

struct LaidOutTable {
    std::vector<const layout::TextRun*> runs;
    std::vector<model::Diagnostic> diagnostics;
};

// The runs of `table` laid out `width` wide.
LaidOutTable lay_out(const model::Table& table, double width, std::vector<layout::Slice>& out,
                     model::Document& document, model::Diagnostics& diagnostics) {
    layout::LayoutContext context(document, diagnostics);
    model::Block block;
    block.kind = model::BlockKind::Table;
    layout::Frame frame{0, width, &document.style.body, false, 0};
    layout::lay_out_table(table, layout::SourceNode{&block}, true, frame, context, out);
    LaidOutTable result;
    for (const auto& slice : out) {
        for (const auto& item : slice.items) {
            if (const auto* run = std::get_if<layout::TextRun>(&item)) {
                result.runs.push_back(run);
            }
        }
    }
    result.diagnostics = diagnostics.all();
    return result;
}

double word_width(model::Document& document, bool bold) {
    model::Diagnostics diagnostics;
    layout::LayoutContext context(document, diagnostics);
    const auto format = context.format(document.style.table, bold);
    return context.metrics.width(context.font_file(format.family, bold, false), "Haushaltsstelle",
                                 format.size);
}

} // namespace

TEST_CASE("a table too wide for its words gets narrower gaps and smaller type, not cut words",
          "[layout][table]") {
    model::Document document;
    document.style = test::test_style();
    const double word = word_width(document, false);
    const std::size_t columns = 6;
    // With gaps of 2 × 2 pt the words need 6 × (word + 4); give 92 % of that.
    const double width = 0.92 * static_cast<double>(columns) * (word + 4);
    std::vector<layout::Slice> out;
    model::Diagnostics diagnostics;
    const auto laid_out = lay_out(unbreakable_table(columns), width, out, document, diagnostics);
    std::size_t whole = 0;
    for (const auto* run : laid_out.runs) {
        if (run->text.find("Haushalts") != std::string::npos) {
            CHECK(run->text == "Haushaltsstelle"); // never cut
            CHECK(run->size < document.style.table.size);
            CHECK(run->size >= document.style.table.size * 0.85 - 1e-9);
            CHECK(run->x + run->width <= width + 0.01);
            ++whole;
        }
    }
    CHECK(whole == columns);
    CHECK(laid_out.diagnostics.empty());
}

TEST_CASE("a table that does not fit even with smaller type is a warning", "[layout][table]") {
    model::Document document;
    document.style = test::test_style();
    const double word = word_width(document, false);
    const std::size_t columns = 6;
    const double width = 0.7 * static_cast<double>(columns) * (word + 4);
    std::vector<layout::Slice> out;
    model::Diagnostics diagnostics;
    const auto laid_out = lay_out(unbreakable_table(columns), width, out, document, diagnostics);
    REQUIRE(laid_out.diagnostics.size() == 1);
    CHECK(laid_out.diagnostics[0].severity == model::Severity::Warning);
    CHECK(laid_out.diagnostics[0].message.find("Tabelle") == 0);
}

TEST_CASE("URLs and e-mail addresses break after / . @ and before ? # without a hyphen",
          "[layout][table]") {
    model::Document document;
    document.style = test::test_style();
    model::Diagnostics diagnostics;
    layout::LayoutContext context(document, diagnostics);
    model::Block block = test::paragraph("Siehe https://www.stadt.example/amt/seite?x=1#teil oder "
                                         "amt@stadt-ulm.example (www.stadt.example/amt/).");
    const auto paragraph = layout::collect_inlines(
        block.inlines, context.format(document.style.body), layout::SourceNode{&block}, context);
    std::vector<std::string> pieces{""};
    for (const auto& item : paragraph.items) {
        if (item.kind == layout::ItemKind::Box) {
            pieces.back() += item.text;
        } else if (item.kind == layout::ItemKind::Penalty && item.penalty < 1000) {
            CHECK_FALSE(item.flagged); // no hyphen is added inside an address
            pieces.emplace_back();
        } else {
            pieces.emplace_back();
        }
    }
    std::vector<std::string> expected = {"Siehe",    "https://",   "www.",    "stadt.", "example/",
                                         "amt/",     "seite",      "?x=1",    "#teil",  "oder",
                                         "amt@",     "stadt-ulm.", "example", "(www.",  "stadt.",
                                         "example/", "amt/).",     "",        ""};
    pieces.erase(std::remove(pieces.begin(), pieces.end(), std::string{}), pieces.end());
    expected.erase(std::remove(expected.begin(), expected.end(), std::string{}), expected.end());
    CHECK(pieces == expected);
}
