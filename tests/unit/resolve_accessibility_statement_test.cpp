// The accessibility statement resolve generates: an ordinary unnumbered chapter whose text
// comes from the manifest's declaration and from counts over the document.

#include "document_builders.hpp"
#include "resolve/resolve.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

model::AccessibilityDeclaration declaration() {
    model::AccessibilityDeclaration result;
    result.date = "2026-11-24";
    result.legal_basis = "Art. 13 BayBGG";
    result.conformance = model::Conformance::Partial;
    result.known_issues = {"Das Diagramm ist ein \"Bild\".", "Keine Leichte Sprache."};
    result.evaluation_method = "Selbstbewertung im November 2026";
    result.contact = {"Stabsstelle Integration", "Augsburger Straße 15, 89231 Neu-Ulm",
                      "0731 7050-0", "barrierefreiheit@neu-ulm.de", ""};
    result.enforcement_body = {"Durchsetzungsstelle", "", "", "",
                               "https://example.org/schlichtung"};
    result.position = {"publikation.xml", 30, 3};
    return result;
}

model::Block table_block(bool with_caption) {
    model::Block block;
    block.kind = model::BlockKind::Table;
    block.table = std::make_shared<model::Table>();
    block.table->header = {{{model::make_text("Jahr")}}};
    block.table->rows = {{{{model::make_text("2025")}}}};
    if (with_caption) {
        block.table->caption = {model::make_text("Zahlen")};
    }
    return block;
}

model::Block figure_block() {
    model::Block block;
    block.kind = model::BlockKind::Image;
    block.image = std::make_shared<model::Image>();
    block.image->alt = "Ein Diagramm";
    return block;
}

// Two chapters with three tables (two with captions), one figure and two internal links.
model::Document statement_document() {
    model::Document document;
    document.metadata.title = "Integrationskonzept";
    document.metadata.language = "de";
    document.accessibility = declaration();
    auto first = test::chapter_of("ausgangslage", "Ausgangslage", "kapitel/01-ausgangslage.md");
    first.blocks.push_back(test::heading_of(2, "Zahlen", "zahlen"));
    first.blocks.push_back(table_block(true));
    first.blocks.push_back(table_block(false));
    first.blocks.push_back(figure_block());
    first.blocks.push_back(test::paragraph_of(
        {test::link("#zahlen", "oben"), test::link("https://example.org", "extern")}));
    auto second = test::chapter_of("anhang", "Anhang", "kapitel/08-anhang.md");
    second.numbered = false;
    second.blocks.push_back(table_block(true));
    second.blocks.push_back(test::paragraph_of({test::link("01-ausgangslage.md", "zurück")}));
    document.chapters = {first, second};
    return document;
}

// Every paragraph and list item of a chapter as plain text, one per line.
std::string text_of(const model::Chapter& chapter) {
    std::string text;
    for (const auto& block : chapter.blocks) {
        text += model::plain_text(block.inlines) + "\n";
        for (const auto& item : block.items) {
            for (const auto& inner : item) {
                text += "- " + model::plain_text(inner.inlines) + "\n";
            }
        }
    }
    return text;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("resolve appends the accessibility statement as the last, unnumbered chapter",
          "[resolve]") {
    auto document = statement_document();
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    REQUIRE(document.chapters.size() == 3);
    const model::Chapter& statement = document.chapters.back();
    CHECK(statement.id == "barrierefreiheit");
    CHECK(document.accessibility_statement_id == "barrierefreiheit");
    CHECK(model::plain_text(statement.title) == "Erklärung zur Barrierefreiheit");
    CHECK_FALSE(statement.numbered);
    CHECK(statement.number.empty());
    CHECK(statement.position.file == "publikation.xml");
    CHECK(statement.position.line == 30);
    // It is in the table of contents with its sections, like any chapter.
    std::vector<std::string> toc_ids;
    for (const auto& entry : document.toc) {
        if (entry.chapter_id == "barrierefreiheit") {
            toc_ids.push_back(entry.id);
        }
    }
    CHECK(toc_ids ==
          std::vector<std::string>{"barrierefreiheit", "barrierefreiheit-stand",
                                   "barrierefreiheit-maengel", "barrierefreiheit-pruefung",
                                   "barrierefreiheit-kontakt", "barrierefreiheit-durchsetzung"});
    // Only ordinary blocks: headings, paragraphs and lists.
    for (const auto& block : statement.blocks) {
        CHECK((block.kind == model::BlockKind::Heading ||
               block.kind == model::BlockKind::Paragraph || block.kind == model::BlockKind::List));
    }
}

TEST_CASE("the statement says what the manifest declares, with German typography", "[resolve]") {
    auto document = statement_document();
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    const std::string text = text_of(document.chapters.back());
    INFO(text);
    CHECK(contains(text, "Internetfassung von „Integrationskonzept“"));
    CHECK(contains(text, "Rechtsgrundlage für diese Veröffentlichung: Art.\u00A013 BayBGG."));
    CHECK(contains(text, "erfüllen die Anforderungen an die Barrierefreiheit teilweise."));
    CHECK(contains(text, "- Das Diagramm ist ein „Bild“.\n- Keine Leichte Sprache.\n"));
    CHECK(contains(text, "Stand der Erklärung: 24.\u00A0November\u00A02026."));
    CHECK(contains(text, "Grundlage der Aussagen: Selbstbewertung im November\u00A02026."));
    CHECK(contains(text, "Stabsstelle Integration Augsburger Straße 15, 89231 Neu-Ulm "
                         "Telefon: 0731 7050-0 E-Mail: barrierefreiheit@neu-ulm.de\n"));
    CHECK(contains(text, "Durchsetzungsstelle Internet: https://example.org/schlichtung\n"));
    CHECK(contains(text, "WCAG 2.1"));
    CHECK(contains(text, "PDF/UA-1"));
    CHECK(contains(text, "ohne JavaScript"));

    // The e-mail address and the web address are links, and only http(s) and mailto.
    std::vector<std::string> targets;
    for (const auto& block : document.chapters.back().blocks) {
        for (const auto& run : block.inlines) {
            if (run.kind == model::InlineKind::Link) {
                targets.push_back(run.target);
            }
        }
    }
    CHECK(targets == std::vector<std::string>{"mailto:barrierefreiheit@neu-ulm.de",
                                              "https://example.org/schlichtung"});
}

TEST_CASE("the statement counts figures, tables, captions and links of the document", "[resolve]") {
    auto document = statement_document();
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    const std::string text = text_of(document.chapters.back());
    INFO(text);
    CHECK(contains(text, "- Die Abbildung hat einen Alternativtext"));
    CHECK(contains(text, "- Alle 3 Tabellen haben eine Kopfzeile"));
    CHECK(contains(text, "- 2 der 3 Tabellen haben eine Beschriftung"));
    CHECK(contains(text, "- Beide Verweise innerhalb der Veröffentlichung führen zu"));
    CHECK(contains(text, "als Deutsch angegeben"));
    CHECK(contains(text, "ohne eine Ebene zu überspringen"));

    // One more captioned table and figure change the counts; nothing is fixed in the text.
    auto more = statement_document();
    more.chapters[1].blocks.push_back(table_block(true));
    more.chapters[1].blocks.push_back(figure_block());
    more.chapters[1].blocks.push_back(test::heading_of(3, "Zu tief", "zu-tief"));
    model::Diagnostics again;
    resolve::resolve_document(more, again);
    const std::string changed = text_of(more.chapters.back());
    INFO(changed);
    CHECK(contains(changed, "- Beide Abbildungen haben einen Alternativtext"));
    CHECK(contains(changed, "- Alle 4 Tabellen haben eine Kopfzeile"));
    CHECK(contains(changed, "- 3 der 4 Tabellen haben eine Beschriftung"));
    CHECK(contains(changed, "Eine Überschrift überspringt eine Gliederungsebene"));
    CHECK_FALSE(contains(changed, "ohne eine Ebene zu überspringen"));
}

TEST_CASE("the statement follows the declared status", "[resolve]") {
    auto full = statement_document();
    full.accessibility->conformance = model::Conformance::Full;
    full.accessibility->known_issues.clear();
    model::Diagnostics diagnostics;
    resolve::resolve_document(full, diagnostics);
    const std::string text = text_of(full.chapters.back());
    CHECK(contains(text, "erfüllen die Anforderungen an die Barrierefreiheit vollständig."));
    CHECK_FALSE(contains(text, "Was noch nicht barrierefrei ist"));
    CHECK(full.chapter_of_anchor.count("barrierefreiheit-maengel") == 0);

    auto none = statement_document();
    none.accessibility->conformance = model::Conformance::None;
    resolve::resolve_document(none, diagnostics);
    CHECK(contains(text_of(none.chapters.back()),
                   "Barrierefreiheit noch nicht. Was noch fehlt, steht im nächsten Abschnitt."));
}

TEST_CASE("without a declaration there is no statement", "[resolve]") {
    auto document = statement_document();
    document.accessibility.reset();
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK(document.chapters.size() == 2);
    CHECK(document.accessibility_statement_id.empty());
}

TEST_CASE("the statement keeps its link when an editor's chapter has its id", "[resolve]") {
    auto document = statement_document();
    document.chapters[1].id = "barrierefreiheit";
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    REQUIRE(document.chapters.size() == 3);
    CHECK(document.chapters[1].id == "barrierefreiheit");
    CHECK(document.chapters[2].id == "barrierefreiheit-2");
    CHECK(document.accessibility_statement_id == "barrierefreiheit-2");
}
