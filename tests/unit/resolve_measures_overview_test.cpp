#include "document_builders.hpp"
#include "resolve/resolve.hpp"
#include "resolve/responsibility_index.hpp"
#include "text/collation.hpp"

#include <catch2/catch.hpp>
#include <map>

using namespace stadtsatz;

namespace {

// A measure with a lead office and partners; time frame, priority and status fixed.
model::Measure measure(std::string id, std::string lead, std::vector<std::string> partners = {}) {
    model::Measure result;
    result.id = std::move(id);
    result.title = "Titel " + result.id;
    result.lead_office = std::move(lead);
    result.partners = std::move(partners);
    result.start_year = 2026;
    result.end_year = 2028;
    result.priority = model::Priority::High;
    result.status = model::MeasureStatus::InProgress;
    result.position = {"handlungsfelder/hf.xml", 5, 3};
    return result;
}

// A field of action with one goal per entry of `goals` (each a list of measures).
std::shared_ptr<model::FieldOfAction> field(std::string id, std::string title,
                                            std::vector<std::vector<model::Measure>> goals) {
    auto result = std::make_shared<model::FieldOfAction>();
    result->id = std::move(id);
    result->title = std::move(title);
    for (std::size_t index = 0; index < goals.size(); ++index) {
        model::Goal goal;
        goal.id = result->id + "-ziel-" + std::to_string(index + 1);
        goal.measures = std::move(goals[index]);
        result->goals.push_back(std::move(goal));
    }
    return result;
}

model::Chapter overview_chapter() {
    model::Chapter chapter;
    chapter.id = "massnahmenuebersicht";
    chapter.title = {model::make_text("Maßnahmenübersicht")};
    chapter.numbered = false;
    chapter.generated = model::GeneratedChapter::MeasuresOverview;
    chapter.position = {"publikation.xml", 42, 5};
    return chapter;
}

// Chapter "Handlungsfelder" with two fields, a later chapter with a heading "Zeitplan", and the
// overview at the end.
model::Document document_with_fields() {
    model::Document document;
    auto fields = test::chapter_of("handlungsfelder", "Handlungsfelder", "kapitel/05.md");
    fields.blocks.push_back(test::field_of_action_block(
        field("hf-sprache", "Sprache und Bildung",
              {{measure("M-1.1.1", "Stabsstelle Integration", {"Volkshochschule", "Ärztekammer"}),
                measure("M-1.1.2", "Amt für Soziales")},
               {measure("M-1.2.1", "Stabsstelle Integration", {"Amt für Soziales"})}})));
    fields.blocks.push_back(test::field_of_action_block(field(
        "hf-arbeit", "Arbeit", {{measure("M-2.1.1", "Ämterrunde", {"Zentrum", "Ärztekammer"})}})));
    auto later = test::chapter_of("umsetzung", "Umsetzung", "kapitel/06.md");
    later.blocks.push_back(test::heading_of(2, "Zeitplan", "zeitplan"));
    document.chapters = {fields, later, overview_chapter()};
    return document;
}

const model::Chapter& overview_of(const model::Document& document) {
    return document.chapters.back();
}

std::string cell_text(const model::TableCell& cell) {
    return model::plain_text(cell.content);
}

// The tables of the overview in order: one per field of action, then the index.
std::vector<const model::Table*> tables_of(const model::Chapter& chapter) {
    std::vector<const model::Table*> tables;
    for (const auto& block : chapter.blocks) {
        if (block.kind == model::BlockKind::Table) {
            tables.push_back(block.table.get());
        }
    }
    return tables;
}

std::vector<std::string> heading_texts(const model::Chapter& chapter) {
    std::vector<std::string> headings;
    for (const auto& block : chapter.blocks) {
        if (block.kind == model::BlockKind::Heading) {
            headings.push_back(model::plain_text(block.inlines));
        }
    }
    return headings;
}

} // namespace

TEST_CASE("German index order files umlauts with their base letter", "[overview]") {
    std::vector<std::string> names{"Zentrum",    "Ärztekammer", "Amt für Soziales",
                                   "Bürgerbüro", "Beirat",      "amt für Bauen"};
    std::sort(names.begin(), names.end(), [](const std::string& left, const std::string& right) {
        return text::german_sort_key(left) < text::german_sort_key(right);
    });
    CHECK(names == std::vector<std::string>{"amt für Bauen", "Amt für Soziales", "Ärztekammer",
                                            "Beirat", "Bürgerbüro", "Zentrum"});
}

TEST_CASE("the measures overview has a table per field, in document order, each measure once",
          "[overview]") {
    auto document = document_with_fields();
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK(diagnostics.all().empty()); // links resolve, ids never clash with an editor's
    const model::Chapter& overview = overview_of(document);
    CHECK(heading_texts(overview) ==
          std::vector<std::string>{"Maßnahmen in Handlungsfeld 1: Sprache und Bildung",
                                   "Maßnahmen in Handlungsfeld 2: Arbeit", "Zeitplan",
                                   "Wer ist wofür zuständig?"});
    const auto tables = tables_of(overview);
    REQUIRE(tables.size() == 3);
    CHECK(model::plain_text(tables[0]->caption) ==
          "3 Maßnahmen im Handlungsfeld „Sprache und Bildung“");
    std::vector<std::string> header;
    for (const auto& cell : tables[0]->header) {
        header.push_back(cell_text(cell));
    }
    CHECK(header == std::vector<std::string>{"Nr.", "Maßnahme", "Federführung", "Zeitraum",
                                             "Priorität", "Status"});
    std::vector<std::string> ids;
    for (std::size_t table = 0; table < 2; ++table) {
        for (const auto& row : tables[table]->rows) {
            REQUIRE(row.size() == 6);
            REQUIRE(row[0].content.size() == 1);
            const model::Inline& link = row[0].content[0];
            CHECK(link.kind == model::InlineKind::Link);
            CHECK(link.target == "#" + model::plain_text(link.children));
            ids.push_back(model::plain_text(link.children));
        }
    }
    CHECK(ids == std::vector<std::string>{"M-1.1.1", "M-1.1.2", "M-1.2.1", "M-2.1.1"});
    const auto& first = tables[0]->rows[0];
    CHECK(cell_text(first[1]) == "Titel M-1.1.1");
    CHECK(cell_text(first[2]) == "Stabsstelle Integration");
    CHECK(cell_text(first[3]) == "2026\u20132028");
    CHECK(cell_text(first[4]) == "hoch");
    CHECK(cell_text(first[5]) == "in Umsetzung");
    // The timeline chart stands under "Zeitplan".
    bool chart = false;
    for (const auto& block : overview.blocks) {
        if (block.kind == model::BlockKind::Chart) {
            chart = block.chart && block.chart->kind == model::ChartKind::Timeline;
        }
    }
    CHECK(chart);
}

TEST_CASE("the responsibility index lists every office and partner in German index order",
          "[overview]") {
    auto document = document_with_fields();
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    const auto tables = tables_of(overview_of(document));
    REQUIRE(tables.size() == 3);
    std::map<std::string, std::pair<std::string, std::string>> roles;
    std::vector<std::string> names;
    for (const auto& row : tables[2]->rows) {
        REQUIRE(row.size() == 3);
        names.push_back(cell_text(row[0]));
        roles[cell_text(row[0])] = {cell_text(row[1]), cell_text(row[2])};
        for (const auto* cell : {&row[1], &row[2]}) {
            for (const auto& run : cell->content) {
                if (run.kind == model::InlineKind::Link) {
                    CHECK(run.target == "#" + model::plain_text(run.children));
                }
            }
        }
    }
    CHECK(names == std::vector<std::string>{"Amt für Soziales", "Ämterrunde", "Ärztekammer",
                                            "Stabsstelle Integration", "Volkshochschule",
                                            "Zentrum"});
    CHECK(roles["Amt für Soziales"] == std::pair<std::string, std::string>{"M-1.1.2", "M-1.2.1"});
    CHECK(roles["Stabsstelle Integration"] ==
          std::pair<std::string, std::string>{"M-1.1.1, M-1.2.1", "\u2013"});
    // An office with partner roles only.
    CHECK(roles["Ärztekammer"] ==
          std::pair<std::string, std::string>{"\u2013", "M-1.1.1, M-2.1.1"});
}

TEST_CASE("the responsibility index names an office once, trimmed, each measure once per role",
          "[overview]") {
    auto twice =
        field("hf", "Feld", {{measure("M-1", " Bürgerbüro", {"Beirat", "Beirat", "Bürgerbüro "})}});
    const auto index = resolve::responsibility_index({twice.get()});
    REQUIRE(index.size() == 2);
    CHECK(index[0].name == "Beirat");
    CHECK(index[0].partners.size() == 1);
    CHECK(index[1].name == "Bürgerbüro");
    CHECK(index[1].leads.size() == 1);
    CHECK(index[1].partners.size() == 1); // lead and partner of M-1: both roles are listed
}

TEST_CASE("generated heading ids avoid the document's ids; nodes point at the manifest",
          "[overview]") {
    auto document = document_with_fields();
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK(document.chapters[1].blocks[0].id == "zeitplan"); // the editor's heading keeps its id
    const model::Chapter& overview = overview_of(document);
    std::vector<std::string> ids;
    for (const auto& block : overview.blocks) {
        CHECK(block.position.file == "publikation.xml");
        CHECK(block.position.line == 42);
        if (block.kind == model::BlockKind::Heading) {
            ids.push_back(block.id);
        }
    }
    CHECK(ids == std::vector<std::string>{"uebersicht-hf-sprache", "uebersicht-hf-arbeit",
                                          "zeitplan-2", "zustaendigkeiten"});
    // The contents list the overview's sections under its chapter.
    std::vector<std::string> toc;
    for (const auto& entry : document.toc) {
        if (entry.chapter_id == "massnahmenuebersicht") {
            toc.push_back(entry.id);
        }
    }
    CHECK(toc == std::vector<std::string>{"massnahmenuebersicht", "uebersicht-hf-sprache",
                                          "uebersicht-hf-arbeit", "zeitplan-2",
                                          "zustaendigkeiten"});
}

TEST_CASE("a measures overview without fields of action says so in one sentence", "[overview]") {
    model::Document document;
    document.chapters = {test::chapter_of("vorwort", "Vorwort", "kapitel/00.md"),
                         overview_chapter()};
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK(diagnostics.all().empty());
    const model::Chapter& overview = overview_of(document);
    REQUIRE(overview.blocks.size() == 1);
    CHECK(overview.blocks[0].kind == model::BlockKind::Paragraph);
    CHECK(model::plain_text(overview.blocks[0].inlines) ==
          "Diese Ausgabe enthält keine Handlungsfelder und damit keine Maßnahmen.");

    // Fields without measures: one sentence too, no empty tables.
    auto empty_fields = document_with_fields();
    for (auto& block : empty_fields.chapters[0].blocks) {
        block.field_of_action->goals.clear();
    }
    resolve::resolve_document(empty_fields, diagnostics);
    REQUIRE(overview_of(empty_fields).blocks.size() == 1);
    CHECK(model::plain_text(overview_of(empty_fields).blocks[0].inlines) ==
          "Die Handlungsfelder dieser Ausgabe enthalten noch keine Maßnahmen.");
}
