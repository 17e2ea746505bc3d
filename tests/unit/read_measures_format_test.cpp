#include "document_builders.hpp"
#include "read/measures_reader.hpp"
#include "read_test_files.hpp"
#include "resolve/resolve.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

// The richer measures format: optional baseline, qualitative targets, measured values,
// contact, status history, budget, and inline Markdown in the text fields.

namespace {

const std::string display_name = "handlungsfelder/01-test.xml";

// A field of action using every element; the line numbers in the tests refer to it.
const std::string full_text = R"(<?xml version="1.0" encoding="UTF-8"?>
<handlungsfeld id="hf-test">
  <titel>Sprache und Bildung</titel>
  <leitziel>Alle lernen *Deutsch* &amp; mehr.</leitziel>
  <ziel id="Z-1.1">
    <text>Kinder fördern.</text>
    <massnahme id="M-1.1.1">
      <titel>Sprachkitas ausbauen</titel>
      <beschreibung>
        <absatz>Siehe [Planung](02-prozess.md#planung) und
          **vor allem** [die Maßnahme](#M-1.1.1).</absatz>
        <absatz># 1 ist keine Überschrift</absatz>
      </beschreibung>
      <federfuehrung>Amt für Kitas</federfuehrung>
      <ansprechperson>
        <name>Stabsstelle Integration</name>
        <telefon>0731 7050-1234</telefon>
        <email>integration@neu-ulm.de</email>
      </ansprechperson>
      <zeitraum von="2026" bis="2028"/>
      <prioritaet>hoch</prioritaet>
      <status>in-umsetzung</status>
      <statusverlauf>
        <eintrag datum="2026-03" status="geplant">Im Rat *beschlossen*</eintrag>
        <eintrag datum="2026-09-15" status="in-umsetzung"/>
      </statusverlauf>
      <kosten betrag="85000.50" waehrung="CHF" zeitraum="jaehrlich">Haushalt; Förderprogramm</kosten>
      <indikator>
        <name>Anteil der Kitas</name>
        <einheit>Prozent</einheit>
        <ausgangswert jahr="2025">40.5</ausgangswert>
        <zielwert jahr="2030">1.0</zielwert>
        <messwert jahr="2026">41</messwert>
        <messwert jahr="2027">43.0</messwert>
        <datenquelle>Kita-Bedarfsplanung</datenquelle>
      </indikator>
      <indikator>
        <name>Schulen mit Konzept</name>
        <zielbeschreibung jahr="2030">alle **Grundschulen**</zielbeschreibung>
        <datenquelle>Schulamt</datenquelle>
      </indikator>
    </massnahme>
  </ziel>
</handlungsfeld>
)";

// The text with `from` replaced by `to` (which must occur).
std::string changed(const std::string& from, const std::string& to) {
    std::string text = test::replaced(full_text, from, to);
    REQUIRE_FALSE(text.empty());
    return text;
}

struct ReadResult {
    std::optional<model::FieldOfAction> field;
    model::Diagnostics diagnostics;
};

ReadResult read_text(const std::string& text) {
    test::TemporaryFolder folder;
    ReadResult result;
    result.field =
        read::read_field_of_action(folder.write("hf.xml", text), display_name, result.diagnostics);
    return result;
}

bool has_warning_at(const model::Diagnostics& diagnostics, int line, int column,
                    const std::string& fragment) {
    for (const auto& diagnostic : diagnostics.all()) {
        if (diagnostic.severity == model::Severity::Warning && diagnostic.position.line == line &&
            diagnostic.position.column == column &&
            diagnostic.message.find(fragment) != std::string::npos) {
            return true;
        }
    }
    return false;
}

const model::Measure& first_measure(const ReadResult& result) {
    REQUIRE(result.field);
    REQUIRE(result.field->goals.size() == 1);
    REQUIRE(result.field->goals[0].measures.size() == 1);
    return result.field->goals[0].measures[0];
}

} // namespace

TEST_CASE("measures reader reads contact, status history, budget and measured values",
          "[read][measures]") {
    auto result = read_text(full_text);
    INFO(test::describe(result.diagnostics));
    CHECK(result.diagnostics.all().empty());
    const model::Measure& measure = first_measure(result);
    REQUIRE(measure.contact);
    CHECK(measure.contact->name == "Stabsstelle Integration");
    CHECK(measure.contact->phone == "0731 7050-1234");
    CHECK(measure.contact->email == "integration@neu-ulm.de");
    REQUIRE(measure.status_history.size() == 2);
    CHECK(measure.status_history[0].date == "2026-03");
    CHECK(measure.status_history[0].status == model::MeasureStatus::Planned);
    CHECK(model::plain_text(measure.status_history[0].note) == "Im Rat beschlossen");
    CHECK(measure.status_history[0].position.line == 24);
    CHECK(measure.status_history[1].date == "2026-09-15");
    CHECK(measure.status_history[1].status == model::MeasureStatus::InProgress);
    CHECK(measure.status_history[1].note.empty());
    REQUIRE(measure.budget);
    CHECK(measure.budget->amount.written == "85000.50");
    CHECK(measure.budget->amount.decimals == 2);
    CHECK(measure.budget->amount.value == Approx(85000.5));
    CHECK(measure.budget->currency == "CHF");
    CHECK(measure.budget->period == model::CostPeriod::PerYear);
    CHECK(model::plain_text(measure.budget->funding) == "Haushalt; Förderprogramm");

    REQUIRE(measure.indicators.size() == 2);
    const model::Indicator& numeric = measure.indicators[0];
    REQUIRE(numeric.target.number);
    CHECK(numeric.target.number->written == "1.0");
    CHECK(numeric.target.number->decimals == 1);
    REQUIRE(numeric.measurements.size() == 2);
    CHECK(numeric.measurements[0].year == 2026);
    CHECK(numeric.measurements[1].number->written == "43.0");
    CHECK(numeric.measurements[1].position.line == 34);
    CHECK(numeric.is_numeric());

    const model::Indicator& qualitative = measure.indicators[1];
    CHECK_FALSE(qualitative.baseline);
    CHECK(qualitative.unit.empty());
    CHECK_FALSE(qualitative.is_numeric());
    CHECK(qualitative.target.year == 2030);
    REQUIRE(qualitative.target.description.size() == 2);
    CHECK(qualitative.target.description[1].kind == model::InlineKind::Strong);
    CHECK(qualitative.target.description[1].position.line == 39);
    CHECK(qualitative.target.description[1].position.column == 44);
}

TEST_CASE("measures reader keeps the default currency EUR", "[read][measures]") {
    auto result = read_text(changed(" waehrung=\"CHF\"", ""));
    INFO(test::describe(result.diagnostics));
    CHECK(result.diagnostics.all().empty());
    CHECK(first_measure(result).budget->currency == "EUR");
}

TEST_CASE("measures texts take inline Markdown with positions in the XML file",
          "[read][measures]") {
    auto result = read_text(full_text);
    REQUIRE(result.field);
    // &amp; is decoded once, by cmark-gfm; emphasis becomes an inline as in a chapter.
    const model::Inlines& guiding = result.field->guiding_goal;
    CHECK(model::plain_text(guiding) == "Alle lernen Deutsch & mehr.");
    REQUIRE(guiding.size() == 3);
    CHECK(guiding[1].kind == model::InlineKind::Emphasis);
    CHECK(guiding[1].position.line == 4);
    CHECK(guiding[1].position.column == 25);
    CHECK(guiding[2].position.column == 34);

    const model::Measure& measure = first_measure(result);
    REQUIRE(measure.description.size() == 2);
    const model::Inlines& paragraph = measure.description[0];
    // "Siehe ", link, " und " (the line end is a space), strong, " ", link, "."
    REQUIRE(paragraph.size() == 7);
    CHECK(paragraph[1].kind == model::InlineKind::Link);
    CHECK(paragraph[1].target == "02-prozess.md#planung");
    CHECK(paragraph[1].position.line == 10);
    CHECK(paragraph[1].position.column == 23);
    CHECK(paragraph[2].text == " und ");
    CHECK(paragraph[3].kind == model::InlineKind::Strong);
    CHECK(paragraph[3].position.line == 11);
    CHECK(paragraph[3].position.column == 11);
    CHECK(paragraph[5].target == "#M-1.1.1");
    CHECK(paragraph[5].position.line == 11);
    CHECK(paragraph[5].position.column == 25);
    // A leading '#' stays text: the snippet never starts a block.
    REQUIRE(measure.description[1].size() == 1);
    CHECK(measure.description[1][0].kind == model::InlineKind::Text);
    CHECK(measure.description[1][0].text == "# 1 ist keine Überschrift");
    CHECK(measure.description[1][0].position.column == 17);
}

TEST_CASE("block starts in measures texts stay text", "[read][measures]") {
    for (const std::string start : {"- ", "1. ", "> ", "+ ", "* ", "--- ", "2) ", "[a]: b "}) {
        auto result = read_text(changed(">Kinder fördern.<", ">" + start + "Kinder fördern.<"));
        INFO(start << "\n" << test::describe(result.diagnostics));
        REQUIRE(result.field);
        CHECK(result.diagnostics.all().empty());
        const model::Inlines& text = result.field->goals[0].text;
        CHECK(model::plain_text(text) == start + "Kinder fördern.");
        REQUIRE_FALSE(text.empty());
        CHECK(text[0].position.line == 6);
        CHECK(text[0].position.column == 11);
    }
}

TEST_CASE("markup in plain measures fields is reported as printed literally", "[read][measures]") {
    auto strong = read_text(changed("<titel>Sprachkitas ausbauen</titel>",
                                    "<titel>Sprachkitas **jetzt** ausbauen</titel>"));
    CHECK(has_warning_at(strong.diagnostics, 8, 26, "<titel> nimmt kein Markdown: „**jetzt**“"));
    auto link = read_text(changed("<federfuehrung>Amt für Kitas", "<federfuehrung>[Amt](x.md)"));
    CHECK(has_warning_at(link.diagnostics, 14, 22, "„[Amt](x.md)“"));
    auto emphasis = read_text(changed("<einheit>Prozent", "<einheit>*Prozent*"));
    CHECK(has_warning_at(emphasis.diagnostics, 30, 18, "<einheit> nimmt kein Markdown"));
    auto contact = read_text(changed("<name>Stabsstelle", "<name>_Stabsstelle_"));
    CHECK(has_warning_at(contact.diagnostics, 16, 15, "<name> nimmt kein Markdown"));
    // A lone star or a times sign is no markup.
    auto plain = read_text(
        changed("<titel>Sprachkitas ausbauen</titel>", "<titel>Sprachkitas * 2 und 3 * 4</titel>"));
    CHECK(plain.diagnostics.all().empty());
}

TEST_CASE("measures reader reports errors of the new elements at their place",
          "[read][measures][diagnostics]") {
    auto both = read_text(changed("<zielwert jahr=\"2030\">1.0</zielwert>",
                                  "<zielwert jahr=\"2030\">1.0</zielwert><zielbeschreibung "
                                  "jahr=\"2030\">alle</zielbeschreibung>"));
    INFO(test::describe(both.diagnostics));
    CHECK(test::has_error_at(both.diagnostics, display_name, 32, 45,
                             "hat <zielwert> und <zielbeschreibung>"));

    auto none = read_text(changed("<zielbeschreibung jahr=\"2030\">alle **Grundschulen**"
                                  "</zielbeschreibung>",
                                  ""));
    CHECK(
        test::has_error_at(none.diagnostics, display_name, 37, 7, "<indikator> braucht ein Ziel"));

    auto descending = read_text(changed("<messwert jahr=\"2027\">", "<messwert jahr=\"2026\">"));
    INFO(test::describe(descending.diagnostics));
    CHECK(test::has_error_at(descending.diagnostics, display_name, 34, 19,
                             "Messwert für 2026 steht nach dem für 2026"));

    auto early = read_text(changed("<messwert jahr=\"2026\">", "<messwert jahr=\"2024\">"));
    CHECK(test::has_error_at(early.diagnostics, display_name, 33, 19,
                             "Messwert für 2024 liegt vor dem Jahr des Ausgangswerts 2025"));

    auto not_number = read_text(changed(">41<", ">viel<"));
    CHECK(test::has_error_at(not_number.diagnostics, display_name, 33, 31,
                             "<messwert> \"viel\" ist keine Zahl"));

    auto email = read_text(changed("integration@neu-ulm.de", "integration(at)neu-ulm.de"));
    CHECK(test::has_error_at(email.diagnostics, display_name, 18, 16,
                             "\"integration(at)neu-ulm.de\" ist keine E-Mail-Adresse"));

    auto no_name = read_text(changed("<name>Stabsstelle Integration</name>", ""));
    INFO(test::describe(no_name.diagnostics));
    CHECK(test::has_error_at(no_name.diagnostics, display_name, 17, 9,
                             "<name> fehlt in <ansprechperson>"));

    auto date = read_text(changed("datum=\"2026-03\"", "datum=\"März 2026\""));
    CHECK(test::has_error_at(date.diagnostics, display_name, 24, 18,
                             "datum=\"März 2026\" ist kein Datum"));
    auto day = read_text(changed("datum=\"2026-09-15\"", "datum=\"2026-02-30\""));
    CHECK(test::has_error_at(day.diagnostics, display_name, 25, 18, "ist kein Datum"));

    auto status = read_text(changed("status=\"geplant\"", "status=\"geplannt\""));
    CHECK(test::has_error_at(status.diagnostics, display_name, 24, 34,
                             "status=\"geplannt\" ist ungültig: erlaubt sind geplant, "
                             "in-umsetzung, abgeschlossen, daueraufgabe – meinten Sie "
                             "\"geplant\"?"));

    auto amount = read_text(changed("betrag=\"85000.50\"", "betrag=\"85.000,00\""));
    CHECK(test::has_error_at(amount.diagnostics, display_name, 27, 15,
                             "betrag=\"85.000,00\" ist kein Betrag"));
    auto negative = read_text(changed("betrag=\"85000.50\"", "betrag=\"-5\""));
    CHECK(test::has_error_at(negative.diagnostics, display_name, 27, 15, "ist kein Betrag"));
    auto currency = read_text(changed("waehrung=\"CHF\"", "waehrung=\"eur\""));
    CHECK(test::has_error_at(currency.diagnostics, display_name, 27, 33,
                             "waehrung=\"eur\" ist kein Währungscode"));
    auto period = read_text(changed("zeitraum=\"jaehrlich\"", "zeitraum=\"jährlich\""));
    CHECK(test::has_error_at(period.diagnostics, display_name, 27, 48,
                             "zeitraum=\"jährlich\" ist ungültig: erlaubt sind einmalig, "
                             "jaehrlich, gesamt – meinten Sie \"jaehrlich\"?"));
    auto missing = read_text(changed(" zeitraum=\"jaehrlich\"", ""));
    CHECK(test::has_error_at(missing.diagnostics, display_name, 27, 7, "zeitraum"));
}

TEST_CASE("a broken link inside a measure text is reported at its place in the XML file",
          "[read][measures][resolve]") {
    auto result = read_text(
        changed("[die Maßnahme](#M-1.1.1)", "[die Maßnahme](#M-1.1.9) und *[mehr](03-fehlt.md)*"));
    INFO(test::describe(result.diagnostics));
    REQUIRE(result.field);
    REQUIRE_FALSE(result.diagnostics.has_errors());
    model::Document document;
    auto chapter =
        test::chapter_of("handlungsfelder", "Handlungsfelder", "kapitel/05-handlungsfelder.md");
    chapter.blocks.push_back(
        test::field_of_action_block(std::make_shared<model::FieldOfAction>(*result.field)));
    document.chapters.push_back(test::chapter_of("prozess", "Prozess", "kapitel/02-prozess.md"));
    document.chapters.back().blocks.push_back(test::heading_of(2, "Planung", "planung"));
    document.chapters.push_back(chapter);
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    INFO(test::describe(diagnostics));
    CHECK(test::has_error_at(diagnostics, display_name, 11, 25,
                             "Link-Ziel „#M-1.1.9“ nicht gefunden"));
    CHECK(test::has_error_at(diagnostics, display_name, 11, 55, "kapitel/03-fehlt.md"));
    // The good link to the other chapter's heading is resolved to its anchor.
    const auto& resolved = document.chapters[1].blocks[0].field_of_action->goals[0].measures[0];
    CHECK(resolved.description[0][1].target == "#planung");
}
