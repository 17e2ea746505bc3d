#include "resolve/resolve.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

model::Block heading(int level, std::string text, std::string id) {
    model::Block block;
    block.kind = model::BlockKind::Heading;
    block.level = level;
    block.inlines = {model::make_text(std::move(text))};
    block.id = std::move(id);
    return block;
}

model::Block paragraph_with(model::Inline run) {
    model::Block block;
    block.kind = model::BlockKind::Paragraph;
    block.inlines = {std::move(run)};
    return block;
}

model::Inline link(std::string target, int line) {
    model::Inline run;
    run.kind = model::InlineKind::Link;
    run.target = std::move(target);
    run.children = {model::make_text("hier")};
    run.position = {"kapitel/02-prozess.md", line, 5};
    return run;
}

model::Inline footnote_call(std::string id) {
    model::Inline run;
    run.kind = model::InlineKind::FootnoteReference;
    run.target = std::move(id);
    return run;
}

model::Chapter chapter(std::string id, std::string file, bool numbered = true) {
    model::Chapter result;
    result.id = std::move(id);
    result.title = {model::make_text("Titel " + result.id)};
    result.numbered = numbered;
    result.position = {std::move(file), 1, 1};
    return result;
}

model::Block field_of_action(std::string id, std::vector<std::string> measure_ids) {
    auto field = std::make_shared<model::FieldOfAction>();
    field->id = std::move(id);
    field->title = "Sprache und Bildung";
    model::Goal goal;
    goal.id = field->id + "-ziel";
    for (auto& measure_id : measure_ids) {
        model::Measure measure;
        measure.id = measure_id;
        measure.position = {"handlungsfelder/01.xml", 10, 3};
        goal.measures.push_back(measure);
    }
    field->goals.push_back(goal);
    model::Block block;
    block.kind = model::BlockKind::FieldOfAction;
    block.field_of_action = field;
    return block;
}

// Vorwort (unnumbered), Prozess (1) with two sections, Handlungsfelder (2) with two fields.
model::Document sample_document() {
    model::Document document;
    auto foreword = chapter("vorwort", "kapitel/00-vorwort.md", false);
    foreword.blocks.push_back(heading(2, "Dank", "dank"));
    auto process = chapter("prozess", "kapitel/02-prozess.md");
    process.blocks.push_back(heading(2, "Projektsteuerung", "projektsteuerung"));
    process.blocks.push_back(heading(3, "Lenkungsgruppe", "lenkungsgruppe"));
    process.blocks.push_back(heading(2, "Umfrage", "umfrage"));
    process.blocks.push_back(heading(4, "Detail", "detail"));
    auto fields = chapter("handlungsfelder", "kapitel/05-handlungsfelder.md");
    fields.blocks.push_back(heading(2, "Projektsteuerung", "projektsteuerung"));
    fields.blocks.push_back(field_of_action("hf-sprache", {"M-1.1.1", "M-1.1.2"}));
    fields.blocks.push_back(field_of_action("hf-arbeit", {"M-2.1.1"}));
    document.chapters = {foreword, process, fields};
    return document;
}

} // namespace

TEST_CASE("resolve numbers chapters, headings to level 3 and fields of action") {
    auto document = sample_document();
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    CHECK(document.chapters[0].number.empty());
    CHECK(document.chapters[0].blocks[0].number.empty()); // unnumbered chapter
    CHECK(document.chapters[1].number == "1");
    CHECK(document.chapters[1].blocks[0].number == "1.1");
    CHECK(document.chapters[1].blocks[1].number == "1.1.1");
    CHECK(document.chapters[1].blocks[2].number == "1.2");
    CHECK(document.chapters[1].blocks[3].number.empty()); // level 4 stays unnumbered
    CHECK(document.chapters[2].number == "2");
    CHECK(document.chapters[2].blocks[1].field_of_action->number == 1);
    CHECK(document.chapters[2].blocks[2].field_of_action->number == 2);
}

TEST_CASE("resolve builds the table of contents in reading order") {
    auto document = sample_document();
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    std::vector<std::string> ids;
    for (const auto& entry : document.toc) {
        ids.push_back(entry.id);
    }
    CHECK(ids == std::vector<std::string>{"vorwort", "dank", "prozess", "projektsteuerung",
                                          "lenkungsgruppe", "umfrage", "handlungsfelder",
                                          "projektsteuerung-2", "hf-sprache", "hf-arbeit"});
    CHECK(document.toc[8].title == "Handlungsfeld 1: Sprache und Bildung");
    CHECK(document.toc[8].level == 2);
    CHECK(document.toc[8].chapter_id == "handlungsfelder");
}

TEST_CASE("repeated heading ids get a suffix, repeated measure ids are errors") {
    auto document = sample_document();
    document.chapters[2].blocks.push_back(field_of_action("hf-drei", {"M-1.1.1"}));
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK(document.chapters[2].blocks[0].id == "projektsteuerung-2");
    REQUIRE(diagnostics.has_errors());
    const auto& error = diagnostics.all().front();
    CHECK(error.message.find("M-1.1.1") != std::string::npos);
    CHECK(error.position.file == "handlungsfelder/01.xml");
    CHECK(error.position.line == 10);
}

TEST_CASE("internal links are checked and rewritten to #anchor") {
    auto document = sample_document();
    auto& blocks = document.chapters[1].blocks;
    blocks.push_back(paragraph_with(link("05-handlungsfelder.md", 20)));
    blocks.push_back(paragraph_with(link("05-handlungsfelder.md#hf-arbeit", 21)));
    blocks.push_back(paragraph_with(link("#M-1.1.2", 22)));
    blocks.push_back(paragraph_with(link("https://nu.de/integration", 23)));
    blocks.push_back(paragraph_with(link("mailto:integration@neu-ulm.de", 24)));
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    CHECK(blocks[4].inlines[0].target == "#handlungsfelder");
    CHECK(blocks[5].inlines[0].target == "#hf-arbeit");
    CHECK(blocks[6].inlines[0].target == "#M-1.1.2");
    CHECK(blocks[7].inlines[0].target == "https://nu.de/integration");
    CHECK(blocks[8].inlines[0].target == "mailto:integration@neu-ulm.de");
    CHECK(document.chapter_of_anchor.at("M-1.1.2") == "handlungsfelder");
    CHECK(document.chapter_of_anchor.at("lenkungsgruppe") == "prozess");
}

TEST_CASE("unresolved links report the link's position") {
    auto document = sample_document();
    auto& blocks = document.chapters[1].blocks;
    blocks.push_back(paragraph_with(link("#gibt-es-nicht", 30)));
    blocks.push_back(paragraph_with(link("07-fehlt.md", 31)));
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    REQUIRE(diagnostics.all().size() == 2);
    CHECK(diagnostics.all()[0].position.line == 30);
    CHECK(diagnostics.all()[0].message.find("gibt-es-nicht") != std::string::npos);
    CHECK(diagnostics.all()[1].position.line == 31);
    CHECK(diagnostics.all()[1].message.find("kapitel/07-fehlt.md") != std::string::npos);
}

TEST_CASE("footnotes are numbered in order of their first reference") {
    auto document = sample_document();
    document.footnotes["b"] = model::Footnote{"b", 0, {}, {"kapitel/02-prozess.md", 40, 1}};
    document.footnotes["a"] = model::Footnote{"a", 0, {}, {"kapitel/02-prozess.md", 41, 1}};
    document.footnotes["unused"] =
        model::Footnote{"unused", 0, {}, {"kapitel/02-prozess.md", 42, 1}};
    auto& blocks = document.chapters[1].blocks;
    blocks.push_back(paragraph_with(footnote_call("b")));
    blocks.push_back(paragraph_with(footnote_call("a")));
    blocks.push_back(paragraph_with(footnote_call("b")));
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(document.footnotes["b"].number == 1);
    CHECK(document.footnotes["a"].number == 2);
    CHECK(blocks[6].inlines[0].number == 1);
    REQUIRE(diagnostics.all().size() == 1); // the unused footnote is a warning
    CHECK(diagnostics.all()[0].severity == model::Severity::Warning);
    CHECK(diagnostics.all()[0].position.line == 42);
}

TEST_CASE("external targets are recognised by their URI scheme") {
    CHECK(model::is_external_target("https://www.neu-ulm.de"));
    CHECK(model::is_external_target("mailto:a@b.de"));
    CHECK(model::is_external_target("tel:+49731"));
    CHECK_FALSE(model::is_external_target("#ziele"));
    CHECK_FALSE(model::is_external_target("02-prozess.md#x"));
    CHECK_FALSE(model::is_external_target("bilder/a:b.png"));
}
