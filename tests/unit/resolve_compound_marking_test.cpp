// Compound marking in resolve (issue 10, item 3): for a style with <wortfugen>, long
// compounds of the running text are marked and keep their unsplit word in the model.
#include "resolve/compound_marking.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

model::Document document_with(std::vector<model::Block> blocks) {
    model::Document document;
    model::Chapter chapter;
    chapter.id = "kapitel";
    chapter.title = {model::make_text("Das Integrationskonzept")};
    chapter.blocks = std::move(blocks);
    document.chapters.push_back(std::move(chapter));
    document.style.compound_marking = model::CompoundMarkingStyle{};
    return document;
}

model::Block paragraph(model::Inlines inlines) {
    model::Block block;
    block.kind = model::BlockKind::Paragraph;
    block.inlines = std::move(inlines);
    return block;
}

model::Inline code(const std::string& text) {
    model::Inline run;
    run.kind = model::InlineKind::Code;
    run.text = text;
    return run;
}

} // namespace

TEST_CASE("resolve marks the compounds of running text and keeps the unsplit word",
          "[leichte-sprache]") {
    auto document = document_with({paragraph(
        {model::make_text("Die „Kindertagesstätte“ und der Nachbar, www.kindertagesstaette.de.")})});
    resolve::mark_compounds(document);
    const auto& run = document.chapters[0].blocks[0].inlines[0];
    CHECK(run.text == "Die „Kinder·tages·stätte“ und der Nachbar, www.kindertagesstaette.de.");
    REQUIRE(run.marked_words.size() == 1);
    const auto& word = run.marked_words[0];
    CHECK(run.text.substr(word.begin, word.end - word.begin) == "Kinder·tages·stätte");
    CHECK(word.word == "Kindertagesstätte");
    CHECK(word.joints == std::vector<std::size_t>{6, 11});
    CHECK(document.chapters[0].title[0].text == "Das Integrations·konzept");
}

TEST_CASE("resolve leaves code, addresses and link targets alone", "[leichte-sprache]") {
    model::Inline link;
    link.kind = model::InlineKind::Link;
    link.target = "https://example.org/Integrationskonzept";
    link.children = {model::make_text("Integrationskonzept")};
    auto document = document_with({paragraph(
        {code("Integrationskonzept"), model::make_text(" integrationskonzept@stadt.example "),
         link})});
    resolve::mark_compounds(document);
    const auto& inlines = document.chapters[0].blocks[0].inlines;
    CHECK(inlines[0].text == "Integrationskonzept");
    CHECK(inlines[0].marked_words.empty());
    CHECK(inlines[1].text == " integrationskonzept@stadt.example ");
    CHECK(inlines[2].target == "https://example.org/Integrationskonzept");
    CHECK(inlines[2].children[0].text == "Integrations·konzept"); // the link's text is marked
}

TEST_CASE("resolve marks with hyphens, and not at all without <wortfugen>", "[leichte-sprache]") {
    auto document = document_with({paragraph({model::make_text("Das Integrationskonzept.")})});
    document.style.compound_marking->sign = model::CompoundMarkSign::Hyphen;
    resolve::mark_compounds(document);
    const auto& run = document.chapters[0].blocks[0].inlines[0];
    CHECK(run.text == "Das Integrations-Konzept.");
    REQUIRE(run.marked_words.size() == 1);
    CHECK(run.marked_words[0].joints == std::vector<std::size_t>{12});

    auto plain = document_with({paragraph({model::make_text("Das Integrationskonzept.")})});
    plain.style.compound_marking.reset();
    resolve::mark_compounds(plain);
    CHECK(plain.chapters[0].blocks[0].inlines[0].text == "Das Integrationskonzept.");
}
