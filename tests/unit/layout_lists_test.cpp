#include "layout/layout.hpp"
#include "layout_test_document.hpp"

#include <catch2/catch.hpp>
#include <memory>

using namespace stadtsatz;

namespace {

// A list of one-paragraph items "Punkt 1", "Punkt 2", …
model::Block list_of(int count, bool tight, const std::string& word = "Punkt") {
    model::Block list;
    list.kind = model::BlockKind::List;
    list.tight = tight;
    for (int index = 1; index <= count; ++index) {
        list.items.push_back({test::paragraph(word + " " + std::to_string(index))});
    }
    return list;
}

// Lays out one chapter holding `blocks`; the document is kept alive for the pointers into it.
layout::LaidOutDocument lay_out_blocks(model::Blocks blocks, model::Diagnostics& diagnostics) {
    static std::vector<std::unique_ptr<model::Document>> documents;
    auto& document = *documents.emplace_back(std::make_unique<model::Document>());
    auto chapter = test::chapter("listen", "1", "Listen");
    chapter.blocks = std::move(blocks);
    document.chapters = {chapter};
    test::finish_document(document);
    return layout::lay_out(document, diagnostics);
}

// The text runs of all pages whose text starts with `prefix`, in page order.
std::vector<layout::TextRun> runs_starting(const layout::LaidOutDocument& result,
                                           const std::string& prefix) {
    std::vector<layout::TextRun> runs;
    for (const auto& page : result.pages) {
        for (const auto& item : page.items) {
            if (const auto* run = std::get_if<layout::TextRun>(&item);
                run != nullptr && run->text.rfind(prefix, 0) == 0) {
                runs.push_back(*run);
            }
        }
    }
    return runs;
}

double item_distance(const layout::LaidOutDocument& result, const std::string& word) {
    const auto runs = runs_starting(result, word + "\u00A0"); // "Punkt 1": a no-break space
    const auto spaced = runs.empty() ? runs_starting(result, word + " ") : runs;
    REQUIRE(spaced.size() >= 2);
    return spaced[1].baseline - spaced[0].baseline;
}

} // namespace

TEST_CASE("a tight list sets its items closer than a loose one", "[layout][lists][gfm]") {
    model::Diagnostics diagnostics;
    const auto tight = lay_out_blocks({list_of(3, true)}, diagnostics);
    const auto loose = lay_out_blocks({list_of(3, false)}, diagnostics);
    const double body_leading = test::test_style().body.leading;
    const double tight_distance = item_distance(tight, "Punkt");
    const double loose_distance = item_distance(loose, "Punkt");
    CHECK(tight_distance < body_leading * 1.3);
    // A loose list's items are spaced like paragraphs (space after: 6 pt).
    CHECK(loose_distance >= body_leading + 6 - 0.01);
}

TEST_CASE("a list nested in a tight item follows its text closely", "[layout][lists][gfm]") {
    model::Block outer = list_of(2, true);
    outer.items[0].push_back(list_of(2, true, "Innen"));
    model::Diagnostics diagnostics;
    const auto result = lay_out_blocks({outer}, diagnostics);
    const auto first = runs_starting(result, "Punkt");
    const auto inner = runs_starting(result, "Innen");
    REQUIRE(!first.empty());
    REQUIRE(!inner.empty());
    const double leading = test::test_style().body.leading;
    CHECK(inner[0].baseline - first[0].baseline < leading * 1.3);
}

TEST_CASE("task items get a drawn box and read as ☐ or ☑", "[layout][lists][gfm]") {
    model::Block list = list_of(2, true);
    list.tasks = {model::TaskState::Open, model::TaskState::Done};
    model::Diagnostics diagnostics;
    const auto result = lay_out_blocks({list}, diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    const auto open = runs_starting(result, "\u2610");
    const auto done = runs_starting(result, "\u2611");
    REQUIRE(open.size() == 1);
    REQUIRE(done.size() == 1);
    CHECK(open[0].source.part == layout::NodePart::Label);
    CHECK(runs_starting(result, "\u2022").empty()); // no bullet beside the box
    int boxes = 0;
    int ticks = 0;
    for (const auto& page : result.pages) {
        for (const auto& item : page.items) {
            if (const auto* box = std::get_if<layout::Rectangle>(&item);
                box != nullptr && box->stroked && !box->filled) {
                ++boxes;
                CHECK(box->source.part == layout::NodePart::Decoration);
                CHECK(box->y + box->height == Approx(open[0].baseline).margin(30));
            }
            if (const auto* rule = std::get_if<layout::Rule>(&item);
                rule != nullptr && rule->source.block != nullptr &&
                rule->source.block->kind == model::BlockKind::List) {
                ++ticks;
            }
        }
    }
    CHECK(boxes == 2);
    CHECK(ticks == 2); // the tick of the done item: two strokes
}

TEST_CASE("an empty heading draws nothing but keeps its anchor", "[layout][gfm]") {
    model::Block empty;
    empty.kind = model::BlockKind::Heading;
    empty.level = 2;
    empty.id = "abschnitt";
    model::Diagnostics diagnostics;
    const auto result =
        lay_out_blocks({test::paragraph("Vorher"), empty, test::paragraph("Nachher")}, diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(result.anchors.count("abschnitt") == 1);
    const auto before = runs_starting(result, "Vorher");
    const auto after = runs_starting(result, "Nachher");
    REQUIRE(before.size() == 1);
    REQUIRE(after.size() == 1);
    CHECK(after[0].baseline - before[0].baseline < test::test_style().body.leading * 2);
}
