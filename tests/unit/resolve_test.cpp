#include "document_builders.hpp"
#include "resolve/resolve.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

model::Inline link(std::string target, int line) {
    return test::link(std::move(target), "hier", {"kapitel/02-prozess.md", line, 5});
}

model::Chapter chapter(std::string id, std::string file, bool numbered = true) {
    auto result = test::chapter_of(id, "Titel " + id, std::move(file));
    result.numbered = numbered;
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
    return test::field_of_action_block(field);
}

// Vorwort (unnumbered), Prozess (1) with two sections, Handlungsfelder (2) with two fields.
model::Document sample_document() {
    model::Document document;
    auto foreword = chapter("vorwort", "kapitel/00-vorwort.md", false);
    foreword.blocks.push_back(test::heading_of(2, "Dank", "dank"));
    auto process = chapter("prozess", "kapitel/02-prozess.md");
    process.blocks.push_back(test::heading_of(2, "Projektsteuerung", "projektsteuerung"));
    process.blocks.push_back(test::heading_of(3, "Lenkungsgruppe", "lenkungsgruppe"));
    process.blocks.push_back(test::heading_of(2, "Umfrage", "umfrage"));
    process.blocks.push_back(test::heading_of(4, "Detail", "detail"));
    auto fields = chapter("handlungsfelder", "kapitel/05-handlungsfelder.md");
    fields.blocks.push_back(test::heading_of(2, "Steuerung", "steuerung"));
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
                                          "steuerung", "hf-sprache", "hf-arbeit"});
    CHECK(document.toc[8].title == "Handlungsfeld 1: Sprache und Bildung");
    CHECK(document.toc[8].level == 2);
    CHECK(document.toc[8].chapter_id == "handlungsfelder");
}

TEST_CASE("repeated heading ids get a suffix, a measure id taken by a chapter is an error") {
    auto document = sample_document();
    document.chapters[2].blocks[0] = test::heading_of(2, "Projektsteuerung", "projektsteuerung");
    document.chapters[2].blocks.push_back(field_of_action("hf-drei", {"prozess"}));
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK(document.chapters[2].blocks[0].id == "projektsteuerung-2");
    REQUIRE(diagnostics.all().size() == 2); // the repeated heading is a warning
    const auto& error = diagnostics.all().front();
    CHECK(error.severity == model::Severity::Error);
    CHECK(diagnostics.all().back().severity == model::Severity::Warning);
    CHECK(error.message.find("doppelte ID „prozess“") != std::string::npos);
    CHECK(error.position.file == "handlungsfelder/01.xml");
    CHECK(error.position.line == 10);
}

TEST_CASE("a measure id repeated between measures is left to the readers",
          "[resolve][diagnostics]") {
    auto document = sample_document();
    // The measures reader (one file) or the edition reader (two files) reported it with its
    // own message; resolve runs after reading errors too and must not say it again.
    document.chapters[2].blocks.push_back(field_of_action("hf-drei", {"M-1.1.1"}));
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK(diagnostics.all().empty());
}

TEST_CASE("internal links are checked and rewritten to #anchor") {
    auto document = sample_document();
    auto& blocks = document.chapters[1].blocks;
    blocks.push_back(test::paragraph_of({link("05-handlungsfelder.md", 20)}));
    blocks.push_back(test::paragraph_of({link("05-handlungsfelder.md#hf-arbeit", 21)}));
    blocks.push_back(test::paragraph_of({link("#M-1.1.2", 22)}));
    blocks.push_back(test::paragraph_of({link("https://nu.de/integration", 23)}));
    blocks.push_back(test::paragraph_of({link("mailto:integration@neu-ulm.de", 24)}));
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
    blocks.push_back(test::paragraph_of({link("#gibt-es-nicht", 30)}));
    blocks.push_back(test::paragraph_of({link("07-fehlt.md", 31)}));
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    REQUIRE(diagnostics.all().size() == 2);
    CHECK(diagnostics.all()[0].position.line == 30);
    CHECK(diagnostics.all()[0].message.find("gibt-es-nicht") != std::string::npos);
    CHECK(diagnostics.all()[1].position.line == 31);
    CHECK(diagnostics.all()[1].message.find("kapitel/07-fehlt.md") != std::string::npos);
}

TEST_CASE("external links may only open pages, mails and calls", "[resolve]") {
    auto document = sample_document();
    auto& blocks = document.chapters[1].blocks;
    blocks.push_back(test::paragraph_of({link("javascript:alert(1)", 50)}));
    blocks.push_back(test::paragraph_of({link("JavaScript:alert(1)", 51)}));
    blocks.push_back(test::paragraph_of({link("data:text/html,x", 52)}));
    blocks.push_back(test::paragraph_of({link("tel:+497317050", 53)}));
    blocks.push_back(test::paragraph_of({link("HTTPS://www.neu-ulm.de", 54)}));
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    REQUIRE(diagnostics.all().size() == 3);
    for (int index = 0; index < 3; ++index) {
        CHECK(diagnostics.all()[index].severity == model::Severity::Error);
        CHECK(diagnostics.all()[index].position.line == 50 + index);
        CHECK(diagnostics.all()[index].position.column == 5);
        CHECK(diagnostics.all()[index].message.find("ist nicht erlaubt") != std::string::npos);
    }
}

TEST_CASE("footnotes are numbered in order of their first reference") {
    auto document = sample_document();
    document.footnotes["b"] = model::Footnote{"b", 0, {}, {"kapitel/02-prozess.md", 40, 1}};
    document.footnotes["a"] = model::Footnote{"a", 0, {}, {"kapitel/02-prozess.md", 41, 1}};
    document.footnotes["unused"] =
        model::Footnote{"unused", 0, {}, {"kapitel/02-prozess.md", 42, 1}};
    auto& blocks = document.chapters[1].blocks;
    blocks.push_back(test::paragraph_of({test::footnote_call("b")}));
    blocks.push_back(test::paragraph_of({test::footnote_call("a")}));
    blocks.push_back(test::paragraph_of({test::footnote_call("b")}));
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

TEST_CASE("unresolved links suggest the anchor or chapter meant", "[resolve][diagnostics]") {
    auto document = sample_document();
    auto& blocks = document.chapters[1].blocks;
    blocks.push_back(test::paragraph_of({link("#projektsteurung", 60)}));
    blocks.push_back(test::paragraph_of({link("05-handlungsfeld.md", 61)}));
    // With a file, only that chapter's anchors are candidates.
    blocks.push_back(test::paragraph_of({link("00-vorwort.md#umfrag", 62)}));
    blocks.push_back(test::paragraph_of({link("#M-1.1.3", 63)}));
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    REQUIRE(diagnostics.all().size() == 4);
    CHECK(diagnostics.all()[0].message.find("meinten Sie #projektsteuerung?") != std::string::npos);
    CHECK(diagnostics.all()[1].message.find("meinten Sie 05-handlungsfelder.md?") !=
          std::string::npos);
    CHECK(diagnostics.all()[2].message.find("meinten Sie") == std::string::npos);
    CHECK(diagnostics.all()[3].message.find("meinten Sie #M-1.1.1?") != std::string::npos);
}

TEST_CASE("links into a part the reader left out are not reported", "[resolve][diagnostics]") {
    auto document = sample_document();
    document.unread_parts = {"handlungsfelder/07-kaputt.xml", "kapitel/09-kaputt.md"};
    auto& blocks = document.chapters[1].blocks;
    blocks.push_back(test::paragraph_of({link("#M-7.1.1", 70)}));          // may be in the XML
    blocks.push_back(test::paragraph_of({link("09-kaputt.md#ziel", 71)})); // the broken chapter
    blocks.push_back(test::paragraph_of({link("05-handlungsfelder.md#keins", 72)}));
    blocks.push_back(test::paragraph_of({link("07-fehlt.md", 73)}));
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    INFO(diagnostics.all().size());
    REQUIRE(diagnostics.all().size() == 2); // the readable chapter and the missing one
    CHECK(diagnostics.all()[0].position.line == 72);
    CHECK(diagnostics.all()[1].position.line == 73);
}

TEST_CASE("a repeated heading id is a warning naming both headings", "[resolve][gfm]") {
    auto document = sample_document();
    document.chapters[2].blocks[0] = test::heading_of(2, "Projektsteuerung", "projektsteuerung");
    document.chapters[1].blocks[0].position = {"kapitel/02-prozess.md", 3, 1};
    document.chapters[2].blocks[0].position = {"kapitel/05-handlungsfelder.md", 7, 1};
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK(document.chapters[2].blocks[0].id == "projektsteuerung-2");
    CHECK_FALSE(diagnostics.has_errors());
    REQUIRE(diagnostics.all().size() == 1);
    const auto& warning = diagnostics.all().front();
    CHECK(warning.severity == model::Severity::Warning);
    CHECK(warning.position.file == "kapitel/05-handlungsfelder.md");
    CHECK(warning.position.line == 7);
    CHECK(warning.message.find("„projektsteuerung“ ist schon vergeben in "
                               "kapitel/02-prozess.md:3") != std::string::npos);
    CHECK(warning.message.find("„projektsteuerung-2“") != std::string::npos);
}

TEST_CASE("empty headings get generated ids, no number and no contents entry", "[resolve][gfm]") {
    auto document = sample_document();
    model::Block empty;
    empty.kind = model::BlockKind::Heading;
    empty.level = 2;
    auto& blocks = document.chapters[1].blocks;
    blocks.insert(blocks.begin() + 1, empty);
    blocks.push_back(empty);
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    for (const auto& diagnostic : diagnostics.all()) { // generated ids repeat silently
        CHECK(diagnostic.message.find("abschnitt") == std::string::npos);
    }
    CHECK(blocks[1].id == "abschnitt");
    CHECK(blocks.back().id == "abschnitt-2");
    CHECK(blocks[1].number.empty());
    CHECK(blocks[3].number == "1.2"); // "Umfrage" keeps its number
    for (const auto& entry : document.toc) {
        CHECK(entry.id.rfind("abschnitt", 0) != 0);
    }
}

TEST_CASE("a link naming a chapter finds that chapter's repeated heading", "[resolve][gfm]") {
    auto document = sample_document();
    document.chapters[2].blocks[0] = test::heading_of(2, "Projektsteuerung", "projektsteuerung");
    document.chapters[0].blocks.push_back(test::paragraph_of(
        {link("05-handlungsfelder.md#projektsteuerung", 20),
         link("02-prozess.md#projektsteuerung", 21), link("#projektsteuerung", 22)}));
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    const auto& links = document.chapters[0].blocks.back().inlines;
    CHECK(links[0].target == "#projektsteuerung-2");
    CHECK(links[1].target == "#projektsteuerung");
    CHECK(links[2].target == "#projektsteuerung"); // without a chapter: the first
}
