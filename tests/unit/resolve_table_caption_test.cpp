// A table's caption is running text like any other: typography, hyphenation, links and
// footnotes in it are resolved.

#include "document_builders.hpp"
#include "resolve/resolve.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

// One chapter with a heading "Umfrage" and a table whose caption holds `caption`, then a
// paragraph calling footnote "spaeter".
model::Document document_with_caption(model::Inlines caption) {
    model::Document document;
    auto chapter = test::chapter_of("prozess", "Prozess", "kapitel/02-prozess.md");
    chapter.blocks.push_back(test::heading_of(2, "Umfrage", "umfrage"));
    model::Block table;
    table.kind = model::BlockKind::Table;
    table.table = std::make_shared<model::Table>();
    table.table->caption = std::move(caption);
    table.table->header = {{{model::make_text("Gruppe")}}};
    table.table->rows = {{{{model::make_text("Alle")}}}};
    chapter.blocks.push_back(table);
    chapter.blocks.push_back(test::paragraph_of({test::footnote_call("spaeter")}));
    document.chapters = {chapter};
    document.footnotes["spaeter"] =
        model::Footnote{"spaeter", 0, {}, {"kapitel/02-prozess.md", 9, 1}};
    document.footnotes["quelle"] =
        model::Footnote{"quelle", 0, {}, {"kapitel/02-prozess.md", 8, 1}};
    return document;
}

const model::Table& table_of(const model::Document& document) {
    return *document.chapters[0].blocks[1].table;
}

} // namespace

TEST_CASE("resolve prepares a table caption's text and hyphenates it", "[resolve]") {
    auto document = document_with_caption(
        {model::make_text("Antworten \"nach Gruppen\", z.B. 2016-2018 im Integrationskonzept")});
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    INFO(diagnostics.all().size());
    CHECK_FALSE(diagnostics.has_errors());
    const model::Inline& text = table_of(document).caption.at(0);
    CHECK(text.text == "Antworten „nach Gruppen“, z.\u202FB. 2016–2018 im Integrationskonzept");
    CHECK_FALSE(text.hyphenation.empty());
    const std::size_t joint = text.text.find("konzept");
    bool has_joint = false;
    for (const auto& point : text.hyphenation) {
        has_joint = has_joint ||
                    (point.offset == joint && point.kind == model::HyphenationKind::CompoundJoint);
    }
    CHECK(has_joint);
}

TEST_CASE("resolve checks links and numbers footnotes in a table caption", "[resolve]") {
    auto document =
        document_with_caption({model::make_text("Siehe "), test::link("#umfrage", "oben"),
                               test::footnote_call("quelle")});
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    const model::Inlines& caption = table_of(document).caption;
    CHECK(caption.at(1).target == "#umfrage");
    // The caption comes before the paragraph after the table, so its footnote is number 1.
    CHECK(caption.at(2).number == 1);
    CHECK(document.footnotes.at("quelle").number == 1);
    CHECK(document.footnotes.at("spaeter").number == 2);

    auto broken = document_with_caption(
        {test::link("#gibt-es-nicht", "weg", {"kapitel/02-prozess.md", 12, 19})});
    model::Diagnostics errors;
    resolve::resolve_document(broken, errors);
    REQUIRE(errors.has_errors());
    CHECK(errors.all()[0].position.line == 12);
    CHECK(errors.all()[0].position.column == 19);
    CHECK(errors.all()[0].message.find("gibt-es-nicht") != std::string::npos);
}
