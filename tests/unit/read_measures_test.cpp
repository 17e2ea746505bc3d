#include "read/measures_reader.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace stadtsatz;

namespace {

const std::string display_name = "handlungsfelder/01-test.xml";

std::string valid_text() {
    return test::fixture_text("handlungsfelder/01-test.xml");
}

// The fixture with `from` replaced by `to` (which must occur).
std::string changed(const std::string& from, const std::string& to) {
    std::string text = test::replaced(valid_text(), from, to);
    REQUIRE_FALSE(text.empty());
    return text;
}

model::Diagnostics read_text(const std::string& text) {
    test::TemporaryFolder folder;
    model::Diagnostics diagnostics;
    read::read_field_of_action(folder.write("hf.xml", text), display_name, diagnostics);
    return diagnostics;
}

} // namespace

TEST_CASE("measures reader reads a field of action with goals, measures and indicators") {
    model::Diagnostics diagnostics;
    auto field = read::read_field_of_action(test::fixtures_dir() + "/handlungsfelder/01-test.xml",
                                            display_name, diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(field);
    CHECK(diagnostics.all().empty());
    CHECK(field->id == "hf-test");
    CHECK(field->title == "Sprache und Bildung");
    CHECK(model::plain_text(field->guiding_goal) == "Alle lernen Deutsch.");
    REQUIRE(field->introduction.size() == 1);
    CHECK(model::plain_text(field->introduction[0]) == "Einführung für Öffentlichkeit.");
    CHECK(field->position.file == display_name);
    CHECK(field->position.line == 2);
    CHECK(field->position.column == 1);
    REQUIRE(field->goals.size() == 1);
    const model::Goal& goal = field->goals[0];
    CHECK(goal.id == "Z-1.1");
    CHECK(model::plain_text(goal.text) == "Kinder fördern.");
    REQUIRE(goal.measures.size() == 1);
    const model::Measure& measure = goal.measures[0];
    CHECK(measure.id == "M-1.1.1");
    CHECK(measure.position.line == 10);
    CHECK(measure.position.column == 5);
    CHECK(measure.lead_office == "Amt für Kitas");
    CHECK(measure.partners == std::vector<std::string>{"Freie Träger"});
    CHECK(measure.start_year == 2026);
    CHECK(measure.end_year == 2028);
    CHECK_FALSE(measure.ongoing);
    CHECK(measure.priority == model::Priority::High);
    CHECK(measure.status == model::MeasureStatus::InProgress);
    REQUIRE(measure.indicators.size() == 1);
    const model::Indicator& indicator = measure.indicators[0];
    CHECK(model::plain_text(indicator.name) == "Anteil der Kitas");
    CHECK(indicator.unit == "Prozent");
    REQUIRE(indicator.baseline);
    REQUIRE(indicator.baseline->number);
    CHECK(indicator.baseline->number->value == Approx(40.5));
    CHECK(indicator.baseline->number->decimals == 1);
    CHECK(indicator.baseline->year == 2025);
    REQUIRE(indicator.target.number);
    CHECK(indicator.target.number->value == Approx(75));
    CHECK(indicator.target.year == 2030);
    CHECK(model::plain_text(indicator.data_source) == "Kita-Bedarfsplanung");
}

TEST_CASE("measures reader accepts an open-ended period") {
    model::Diagnostics diagnostics;
    test::TemporaryFolder folder;
    auto field = read::read_field_of_action(
        folder.write("hf.xml", changed("bis=\"2028\"", "dauerhaft=\"ja\"")), display_name,
        diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(field);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(field->goals[0].measures[0].ongoing);
    CHECK(field->goals[0].measures[0].end_year == 0);
}

TEST_CASE("measures reader normalises text to NFC") {
    // "für" written with a combining diaeresis (u + U+0308).
    model::Diagnostics diagnostics;
    test::TemporaryFolder folder;
    auto field = read::read_field_of_action(
        folder.write("hf.xml", changed("Amt für Kitas", "Amt fu\xCC\x88r Kitas")), display_name,
        diagnostics);
    REQUIRE(field);
    CHECK(field->goals[0].measures[0].lead_office == "Amt für Kitas");
}

TEST_CASE("measures reader reports malformed XML at pugixml's position") {
    auto diagnostics = read_text(
        changed("<titel>Sprache und Bildung</titel>", "<titel>Sprache und Bildung</titl>"));
    INFO(test::describe(diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(test::has_error_at(diagnostics, display_name, 3, 31, "kein gültiges XML"));
    CHECK(diagnostics.all()[0].message.find("pugixml") != std::string::npos);
}

TEST_CASE("measures reader reports unknown elements and attributes") {
    auto element = read_text(changed("<titel>Sprachkitas ausbauen</titel>",
                                     "<titel>Sprachkitas ausbauen</titel><foo/>"));
    INFO(test::describe(element));
    CHECK(test::has_error_at(element, display_name, 11, 42,
                             "unbekanntes Element <foo> in <massnahme>"));

    auto attribute = read_text(
        changed("<massnahme id=\"M-1.1.1\">", "<massnahme id=\"M-1.1.1\" farbe=\"rot\">"));
    INFO(test::describe(attribute));
    CHECK(test::has_error_at(attribute, display_name, 10, 29,
                             "unbekanntes Attribut farbe= in <massnahme>"));
}

TEST_CASE("measures reader counts columns in code points, not bytes") {
    // "Freie Träger" has 12 code points but 13 bytes.
    auto diagnostics = read_text(
        changed("<partner>Freie Träger</partner>", "<partner>Freie Träger</partner><foo/>"));
    INFO(test::describe(diagnostics));
    CHECK(test::has_error_at(diagnostics, display_name, 14, 38, "unbekanntes Element <foo>"));
}

TEST_CASE("measures reader reports missing and misplaced elements") {
    auto missing = read_text(changed("      <federfuehrung>Amt für Kitas</federfuehrung>\n", ""));
    INFO(test::describe(missing));
    CHECK(test::has_error_at(missing, display_name, 13, 7,
                             "Pflichtelement <federfuehrung> fehlt in <massnahme> (erwartet vor "
                             "<partner>)"));

    auto missing_last = read_text(changed("      <status>in-umsetzung</status>\n", ""));
    INFO(test::describe(missing_last));
    CHECK(test::has_error_at(missing_last, display_name, 17, 7,
                             "Pflichtelement <status> fehlt in <massnahme> (erwartet vor "
                             "<indikator>)"));

    auto missing_at_end = read_text(changed("<datenquelle>Kita-Bedarfsplanung</datenquelle>", ""));
    INFO(test::describe(missing_at_end));
    CHECK(test::has_error_at(missing_at_end, display_name, 18, 7,
                             "Pflichtelement <datenquelle> fehlt in <indikator>"));

    auto misplaced = read_text(
        changed("<partner>Freie Träger</partner>", "<zeitraum von=\"2026\" bis=\"2027\"/>"));
    INFO(test::describe(misplaced));
    CHECK(test::has_error_at(misplaced, display_name, 15, 7,
                             "<zeitraum> darf in <massnahme> nur einmal"));

    auto missing_attribute = read_text(changed("<ziel id=\"Z-1.1\">", "<ziel>"));
    INFO(test::describe(missing_attribute));
    CHECK(test::has_error_at(missing_attribute, display_name, 8, 3,
                             "Pflichtattribut id= fehlt in <ziel>"));
}

TEST_CASE("measures reader reports elements in the wrong order") {
    auto diagnostics = read_text(
        changed("<federfuehrung>Amt für Kitas</federfuehrung>", "<status>geplant</status>"));
    INFO(test::describe(diagnostics));
    CHECK(test::has_error_at(diagnostics, display_name, 13, 7,
                             "Pflichtelement <federfuehrung> fehlt in <massnahme> (erwartet vor "
                             "<status>)"));
    CHECK(test::has_error_at(diagnostics, display_name, 14, 7,
                             "<partner> steht in <massnahme> an der falschen Stelle"));
    CHECK(test::has_error_at(diagnostics, display_name, 17, 7,
                             "<status> darf in <massnahme> nur einmal vorkommen"));
    CHECK(diagnostics.all().size() == 3);
}

TEST_CASE("measures reader reports duplicate and malformed ids") {
    auto duplicate = read_text(changed("<ziel id=\"Z-1.1\">", "<ziel id=\"M-1.1.1\">"));
    INFO(test::describe(duplicate));
    CHECK(test::has_error_at(duplicate, display_name, 10, 16,
                             "id \"M-1.1.1\" ist bereits vergeben (Zeile 8)"));

    auto malformed = read_text(changed("<ziel id=\"Z-1.1\">", "<ziel id=\"1.1\">"));
    INFO(test::describe(malformed));
    CHECK(test::has_error_at(malformed, display_name, 8, 9, "ungültige id \"1.1\""));
}

TEST_CASE("measures reader reports bad numbers and years") {
    auto number = read_text(changed(">40.5<", ">abc<"));
    INFO(test::describe(number));
    CHECK(test::has_error_at(number, display_name, 21, 35, "\"abc\" ist keine Zahl"));

    auto comma = read_text(changed(">40.5<", ">40,5<"));
    CHECK(test::has_error_at(comma, display_name, 21, 35, "\"40,5\" ist keine Zahl"));

    auto year = read_text(changed("jahr=\"2025\"", "jahr=\"20x5\""));
    INFO(test::describe(year));
    CHECK(test::has_error_at(year, display_name, 21, 23, "jahr=\"20x5\" ist keine Jahreszahl"));

    auto out_of_range = read_text(changed("von=\"2026\"", "von=\"1850\""));
    CHECK(test::has_error_at(out_of_range, display_name, 15, 17,
                             "von=\"1850\" ist keine Jahreszahl"));
}

TEST_CASE("measures reader reports periods and target years that run backwards") {
    auto period = read_text(changed("bis=\"2028\"", "bis=\"2024\""));
    INFO(test::describe(period));
    CHECK(test::has_error_at(period, display_name, 15, 28, "bis=\"2024\" liegt vor von=\"2026\""));

    auto target = read_text(changed("<zielwert jahr=\"2030\">", "<zielwert jahr=\"2020\">"));
    INFO(test::describe(target));
    CHECK(test::has_error_at(target, display_name, 22, 19,
                             "Zieljahr 2020 liegt vor dem Jahr des Ausgangswerts 2025"));

    auto open = read_text(changed(" bis=\"2028\"", ""));
    CHECK(test::has_error_at(open, display_name, 15, 7, "bis=\"Jahr\" oder dauerhaft=\"ja\""));
}

TEST_CASE("measures reader reports invalid priority and status values") {
    auto priority = read_text(changed(">hoch<", ">sehr hoch<"));
    INFO(test::describe(priority));
    CHECK(test::has_error_at(
        priority, display_name, 16, 19,
        "ungültige Priorität \"sehr hoch\": erlaubt sind hoch, mittel, niedrig"));

    auto status = read_text(changed(">in-umsetzung<", ">fertig<"));
    INFO(test::describe(status));
    CHECK(test::has_error_at(status, display_name, 17, 15, "ungültiger Status \"fertig\""));
}

TEST_CASE("measures reader reports empty text and a wrong document element") {
    auto empty = read_text(changed("<text>Kinder fördern.</text>", "<text>  </text>"));
    CHECK(test::has_error_at(empty, display_name, 9, 5, "<text> ist leer"));

    auto root = read_text("<?xml version=\"1.0\"?>\n<ziel id=\"a\"/>\n");
    CHECK(test::has_error_at(root, display_name, 2, 1, "erwartet <handlungsfeld>"));
}

TEST_CASE("measures reader suggests the element, attribute and value an editor meant",
          "[read][diagnostics]") {
    auto element =
        read_text(changed("<prioritaet>hoch</prioritaet>", "<prioritat>hoch</prioritat>"));
    INFO(test::describe(element));
    CHECK(test::has_error_at(element, display_name, 16, 7,
                             "unbekanntes Element <prioritat> in <massnahme> – meinten Sie "
                             "<prioritaet>?"));
    // The suggestion says what is missing; "Pflichtelement <prioritaet> fehlt" would repeat it.
    CHECK(element.all().size() == 1);

    auto attribute = read_text(changed("<massnahme id=\"M-1.1.1\">", "<massnahme ib=\"M-1.1.1\">"));
    INFO(test::describe(attribute));
    CHECK(test::has_error_at(attribute, display_name, 10, 16,
                             "unbekanntes Attribut ib= in <massnahme> – meinten Sie id=?"));

    auto value =
        read_text(changed("<status>in-umsetzung</status>", "<status>in umsetzung</status>"));
    INFO(test::describe(value));
    CHECK(test::has_error_at(value, display_name, 17, 15,
                             "ungültiger Status \"in umsetzung\": erlaubt sind geplant, "
                             "in-umsetzung, abgeschlossen, daueraufgabe – meinten Sie "
                             "\"in-umsetzung\"?"));
}

TEST_CASE("measures reader quotes at most 80 characters of a long value", "[read][diagnostics]") {
    const std::string huge(1'000'000, 'x');
    auto diagnostics = read_text(
        changed("<massnahme id=\"M-1.1.1\">", "<massnahme id=\"M-1.1.1\" " + huge + "=\"1\">"));
    auto value =
        read_text(changed("<status>in-umsetzung</status>", "<status>" + huge + "</status>"));
    for (const auto* list : {&diagnostics, &value}) {
        REQUIRE_FALSE(list->all().empty());
        for (const auto& diagnostic : list->all()) {
            INFO(diagnostic.message.substr(0, 300));
            CHECK(diagnostic.message.size() < 400);
        }
    }
    CHECK(value.all()[0].message.find(std::string(80, 'x') + "…\"") != std::string::npos);
}
