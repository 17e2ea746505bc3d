#include "document_builders.hpp"
#include "read/style_reader.hpp"
#include "read_test_files.hpp"
#include "resolve/resolve.hpp"
#include "resolve/text_preparation.hpp"

#include <catch2/catch.hpp>
#include <memory>
#include <string>

using namespace stadtsatz;

namespace {

const std::string nbsp = "\u00A0";   // no-break space
const std::string narrow = "\u202F"; // narrow no-break space

model::Inline span(model::InlineKind kind, model::Inlines children, std::string target = "") {
    model::Inline run;
    run.kind = kind;
    run.children = std::move(children);
    run.target = std::move(target);
    return run;
}

model::Inline verbatim_code(std::string text) {
    model::Inline run;
    run.kind = model::InlineKind::Code;
    run.text = std::move(text);
    return run;
}

model::Inline simple(model::InlineKind kind) {
    model::Inline run;
    run.kind = kind;
    return run;
}

model::Block field_of_action() {
    auto field = std::make_shared<model::FieldOfAction>();
    field->id = "sprache";
    field->title = "Sprache - Bildung";
    field->guiding_goal = {model::make_text("Alle lernen \"früh\" Deutsch.")};
    field->introduction = {{model::make_text("Rund 29 % der Kinder...")}};
    model::Goal goal;
    goal.id = "Z-1.1";
    goal.text = {model::make_text("Kitas erreichen z.B. alle Familien")};
    model::Measure measure;
    measure.id = "M-1.1.1";
    measure.title = "Sprachkurse 2026-2028";
    measure.description = {{model::make_text("Siehe Nr. 5 und §§ 3 ff.")}};
    measure.lead_office = "Amt für Bildung - Schule";
    measure.partners = {"Caritas u. a.", "\"Lotsen\" e. V."};
    model::Indicator indicator;
    indicator.name = {model::make_text("Teilnahme...")};
    indicator.unit = "Personen";
    indicator.data_source = {model::make_text("Statistik S. 12-14")};
    measure.indicators = {indicator};
    goal.measures = {measure};
    field->goals = {goal};
    return test::field_of_action_block(field);
}

model::Document small_document() {
    model::Document document;
    document.metadata.title = "\"Vielfalt\" - das Integrationskonzept";
    document.metadata.subtitle = "2026-2030";
    document.metadata.sample_notice = "Musterinhalt, d. h. Beispielwerte";
    document.metadata.imprint_lines = {"Stand: 1. Januar 2027", "E-Mail: integration@neu-ulm.de"};

    model::Chapter chapter;
    chapter.id = "ausgangslage";
    chapter.title = {model::make_text("Was \"Teilhabe\" heißt")};
    chapter.position = {"kapitel/01-ausgangslage.md", 1, 1};

    // "**fett**" in quotes, across runs; a soft break inside a spaced dash.
    chapter.blocks.push_back(test::paragraph_of(
        {model::make_text("Das Motto \""),
         span(model::InlineKind::Strong, {model::make_text("fett")}),
         model::make_text("\" gilt 2016-2018 -"), simple(model::InlineKind::SoftBreak),
         model::make_text("oder nicht...")}));
    // Code, autolink and a link with normal text.
    chapter.blocks.push_back(test::paragraph_of(
        {model::make_text("Mit "), verbatim_code("\"x\" 1-2 ..."), model::make_text(" siehe "),
         span(model::InlineKind::Link, {model::make_text("www.neu-ulm.de/a-1...")},
              "http://www.neu-ulm.de/a-1..."),
         model::make_text(" und "),
         span(model::InlineKind::Link, {model::make_text("die \"Seite\"")}, "https://x.de/\"a\""),
         model::make_text(".")}));
    chapter.blocks.push_back(test::heading_of(2, "Zahlen - Daten", "zahlen"));

    model::Block code;
    code.kind = model::BlockKind::CodeBlock;
    code.text = "\"roh\" 2016-2018 ...";
    chapter.blocks.push_back(code);

    model::Block list;
    list.kind = model::BlockKind::List;
    list.items = {{test::paragraph_of({model::make_text("10 % mehr")})}};
    chapter.blocks.push_back(list);

    model::Block quote;
    quote.kind = model::BlockKind::BlockQuote;
    quote.children = {test::paragraph_of({model::make_text("\"Wir arbeiten zusammen.\"")})};
    chapter.blocks.push_back(quote);

    model::Block table;
    table.kind = model::BlockKind::Table;
    table.table = std::make_shared<model::Table>();
    table.table->alignments = {model::Alignment::Default};
    table.table->header = {{{model::make_text("Jahr")}}};
    table.table->rows = {{{{model::make_text("2016-2018")}}}};
    chapter.blocks.push_back(table);

    model::Block image;
    image.kind = model::BlockKind::Image;
    image.image = std::make_shared<model::Image>();
    image.image->alt = "Diagramm \"Anteile\"";
    image.image->caption = {model::make_text("Stand 31. Dezember 2025")};
    chapter.blocks.push_back(image);

    chapter.blocks.push_back(field_of_action());

    model::Inline call;
    call.kind = model::InlineKind::FootnoteReference;
    call.target = "quelle";
    chapter.blocks.push_back(test::paragraph_of({model::make_text("Zitat \"Ende\""), call}));
    document.chapters.push_back(chapter);

    model::Footnote footnote;
    footnote.id = "quelle";
    footnote.blocks = {test::paragraph_of({model::make_text("Vgl. S. 3 u. a.")})};
    document.footnotes["quelle"] = footnote;
    return document;
}

} // namespace

TEST_CASE("prepare_inlines pairs quotes across runs and keeps code and URLs",
          "[resolve][typography]") {
    model::Document document = small_document();
    model::Inlines& first = document.chapters[0].blocks[0].inlines;
    resolve::prepare_inlines(first);
    CHECK(first[0].text == "Das Motto „");
    CHECK(first[1].children[0].text == "fett");
    CHECK(first[2].text == "“ gilt 2016–2018 –");
    CHECK(first[3].kind == model::InlineKind::SoftBreak);
    CHECK(first[4].text == "oder nicht…");

    model::Inlines& second = document.chapters[0].blocks[1].inlines;
    resolve::prepare_inlines(second);
    CHECK(second[1].text == "\"x\" 1-2 ...");                     // code
    CHECK(second[3].children[0].text == "www.neu-ulm.de/a-1..."); // autolink text
    CHECK(second[3].target == "http://www.neu-ulm.de/a-1...");
    CHECK(second[5].children[0].text == "die „Seite“"); // link text is normal text
    CHECK(second[5].target == "https://x.de/\"a\"");    // its target is not
}

TEST_CASE("resolve prepares the text of every part of the document", "[resolve][typography]") {
    model::Document document = small_document();
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    CHECK_FALSE(diagnostics.has_errors());

    CHECK(document.metadata.title == "„Vielfalt“ – das Integrationskonzept");
    CHECK(document.metadata.subtitle == "2026–2030");
    CHECK(document.metadata.sample_notice == "Musterinhalt, d." + narrow + "h. Beispielwerte");
    CHECK(document.metadata.imprint_lines[0] == "Stand: 1." + nbsp + "Januar" + nbsp + "2027");
    CHECK(document.metadata.imprint_lines[1] == "E-Mail: integration@neu-ulm.de");

    const model::Chapter& chapter = document.chapters[0];
    CHECK(chapter.title[0].text == "Was „Teilhabe“ heißt");
    const model::Blocks& blocks = chapter.blocks;
    CHECK(blocks[0].inlines[2].text == "“ gilt 2016–2018 –");
    CHECK(blocks[2].inlines[0].text == "Zahlen – Daten");
    CHECK(blocks[3].text == "\"roh\" 2016-2018 ..."); // code block
    CHECK(blocks[4].items[0][0].inlines[0].text == "10" + narrow + "% mehr");
    CHECK(blocks[5].children[0].inlines[0].text == "„Wir arbeiten zusammen.“");
    CHECK(blocks[6].table->header[0].content[0].text == "Jahr");
    CHECK(blocks[6].table->rows[0][0].content[0].text == "2016–2018");
    CHECK(blocks[7].image->alt == "Diagramm „Anteile“");
    CHECK(blocks[7].image->caption[0].text == "Stand 31." + nbsp + "Dezember" + nbsp + "2025");

    const model::FieldOfAction& field = *blocks[8].field_of_action;
    CHECK(field.title == "Sprache – Bildung");
    CHECK(model::plain_text(field.guiding_goal) == "Alle lernen „früh“ Deutsch.");
    CHECK(field.introduction[0][0].text == "Rund 29" + narrow + "% der Kinder…");
    const model::Goal& goal = field.goals[0];
    CHECK(goal.id == "Z-1.1");
    CHECK(model::plain_text(goal.text) == "Kitas erreichen z." + narrow + "B. alle Familien");
    const model::Measure& measure = goal.measures[0];
    CHECK(measure.id == "M-1.1.1");
    CHECK(measure.title == "Sprachkurse 2026–2028");
    CHECK(measure.description[0][0].text == "Siehe Nr." + nbsp + "5 und §§" + nbsp + "3 ff.");
    CHECK(measure.lead_office == "Amt für Bildung – Schule");
    CHECK(measure.partners[0] == "Caritas u." + narrow + "a.");
    CHECK(measure.partners[1] == "„Lotsen“ e." + narrow + "V.");
    CHECK(model::plain_text(measure.indicators[0].name) == "Teilnahme…");
    CHECK(measure.indicators[0].unit == "Personen");
    CHECK(model::plain_text(measure.indicators[0].data_source) == "Statistik S." + nbsp + "12–14");

    CHECK(blocks[9].inlines[0].text == "Zitat „Ende“");
    CHECK(document.footnotes.at("quelle").blocks[0].inlines[0].text ==
          "Vgl. S." + nbsp + "3 u." + narrow + "a.");

    // The table of contents shows the prepared heading text.
    bool toc_found = false;
    for (const model::TocEntry& entry : document.toc) {
        if (entry.id == "zahlen") {
            CHECK(entry.title == "Zahlen – Daten");
            toc_found = true;
        }
    }
    CHECK(toc_found);
}

TEST_CASE("a style without typography leaves the text as written", "[resolve][typography]") {
    model::Document document = small_document();
    document.style.typography = false;
    resolve::prepare_text(document);
    CHECK(document.metadata.title == "\"Vielfalt\" - das Integrationskonzept");
    CHECK(document.chapters[0].title[0].text == "Was \"Teilhabe\" heißt");
    CHECK(document.chapters[0].blocks[0].inlines[2].text == "\" gilt 2016-2018 -");
}

TEST_CASE("the style file switches the typography with typografie=", "[resolve][typography]") {
    const std::string standard_file = test::source_dir() + "/styles/standard.xml";
    std::ifstream stream(standard_file, std::ios::binary);
    std::stringstream content;
    content << stream.rdbuf();
    const std::string standard = content.str();
    const std::string fonts = test::source_dir() + "/fonts";

    model::Diagnostics diagnostics;
    const auto by_default =
        read::read_style(standard_file, "styles/standard.xml", fonts, diagnostics);
    REQUIRE(by_default);
    CHECK(by_default->typography);

    std::string switched_off = standard;
    const std::size_t root = switched_off.find("<stil ");
    REQUIRE(root != std::string::npos);
    switched_off.insert(root + 6, "typografie=\"nein\" ");
    test::TemporaryFolder folder;
    test::copy_print_profile(folder);
    const auto off = read::read_style(folder.write("aus.xml", switched_off), "styles/aus.xml",
                                      fonts, diagnostics);
    REQUIRE(off);
    CHECK_FALSE(off->typography);
    CHECK_FALSE(diagnostics.has_errors());

    model::Document document = small_document();
    document.style = *off;
    model::Diagnostics resolve_diagnostics;
    resolve::resolve_document(document, resolve_diagnostics);
    CHECK(document.metadata.subtitle == "2026-2030");
}
