// An edition's own cover texts, its review by a test group (<pruefung>) and verweistext=
// (issue 10, item 1): read from the manifest, checked, shown in the imprint.
#include "read/manifest_reader.hpp"
#include "read_test_files.hpp"
#include "resolve/review_note.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

const std::string edition_line = "<ausgabe id=\"standard\" titel=\"Standardausgabe\" "
                                 "stil=\"standard.xml\" dateiname=\"testkonzept\">\n";

// The fixture manifest with `children` inserted as the first children of its <ausgabe>.
std::string with_edition_children(const std::string& children) {
    std::string text = test::replaced(test::fixture_text("publikation.xml"), edition_line,
                                      edition_line + children);
    REQUIRE_FALSE(text.empty());
    return text;
}

std::optional<model::Publication> read_text(const std::string& text,
                                            model::Diagnostics& diagnostics) {
    test::TemporaryFolder folder;
    return read::read_manifest(folder.write("publikation.xml", text), test::source_dir(),
                               diagnostics);
}

} // namespace

TEST_CASE("an edition's cover texts and review are read", "[read][leichte-sprache]") {
    model::Diagnostics diagnostics;
    auto publication =
        read_text(with_edition_children(
                      "    <titel>Das Konzept</titel>\n"
                      "    <untertitel>In Leichter Sprache</untertitel>\n"
                      "    <hinweis>Musterinhalt: ein Beispiel.</hinweis>\n"
                      "    <pruefung datum=\"2026-11-18\" gruppe=\" Prüfgruppe  Ulm \">Fünf "
                      "Prüfer haben gelesen.</pruefung>\n"),
                  diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(publication);
    CHECK(diagnostics.all().empty());
    const model::Edition& edition = publication->editions.at(0);
    CHECK(edition.title_override == "Das Konzept");
    CHECK(edition.subtitle_override == "In Leichter Sprache");
    CHECK(edition.sample_notice_override == "Musterinhalt: ein Beispiel.");
    REQUIRE(edition.review);
    CHECK(edition.review->date == "2026-11-18");
    CHECK(edition.review->group == "Prüfgruppe Ulm");
    CHECK(edition.review->note == "Fünf Prüfer haben gelesen.");
    CHECK(edition.review->position.line == 24);
    CHECK(edition.parts.size() == 3);

    model::Document document;
    document.review = edition.review;
    CHECK(resolve::review_imprint_line(document) ==
          "Geprüft von: Prüfgruppe Ulm. Datum der Prüfung: 18. November 2026. Fünf Prüfer haben "
          "gelesen.");
    document.review->note.clear();
    CHECK(resolve::review_imprint_line(document) ==
          "Geprüft von: Prüfgruppe Ulm. Datum der Prüfung: 18. November 2026.");
    resolve::add_review_to_imprint(document);
    REQUIRE(document.metadata.imprint_lines.size() == 1);
    CHECK(document.metadata.imprint_lines.back() ==
          "Geprüft von: Prüfgruppe Ulm. Datum der Prüfung: 18. November 2026.");
    document.review.reset();
    CHECK(resolve::review_imprint_line(document).empty());
}

TEST_CASE("a malformed review is an error at its position", "[read][leichte-sprache]") {
    model::Diagnostics date;
    read_text(with_edition_children("    <pruefung datum=\"18.11.2026\" gruppe=\"Prüfgruppe\"/>\n"),
              date);
    INFO(test::describe(date));
    CHECK(test::has_error_at(date, "publikation.xml", 21, 15,
                             "datum=\"18.11.2026\" in <pruefung> ist kein Datum"));

    model::Diagnostics group;
    read_text(with_edition_children("    <pruefung datum=\"2026-11-18\" gruppe=\" \"/>\n"), group);
    INFO(test::describe(group));
    CHECK(
        test::has_error_at(group, "publikation.xml", 21, 34, "gruppe=\"\" in <pruefung> ist leer"));

    model::Diagnostics missing;
    read_text(with_edition_children("    <pruefung gruppe=\"Prüfgruppe\"/>\n"), missing);
    INFO(test::describe(missing));
    CHECK(test::has_error_at(missing, "publikation.xml", 21, 5,
                             "Pflichtattribut datum= fehlt in <pruefung>"));

    model::Diagnostics twice;
    read_text(with_edition_children("    <pruefung datum=\"2026-11-18\" gruppe=\"A\"/>\n"
                                    "    <pruefung datum=\"2026-11-19\" gruppe=\"B\"/>\n"),
              twice);
    CHECK(test::has_error_at(twice, "publikation.xml", 22, 5, "nur einmal"));
}

TEST_CASE("cover texts and review stand before the edition's parts, in order",
          "[read][leichte-sprache]") {
    model::Diagnostics late;
    std::string text = test::replaced(test::fixture_text("publikation.xml"),
                                      "    <massnahmen datei=\"handlungsfelder/01-test.xml\"/>\n",
                                      "    <massnahmen datei=\"handlungsfelder/01-test.xml\"/>\n"
                                      "    <titel>Zu spät</titel>\n");
    REQUIRE_FALSE(text.empty());
    read_text(text, late);
    INFO(test::describe(late));
    CHECK(test::has_error_at(late, "publikation.xml", 24, 5,
                             "<titel> steht in <ausgabe> an der falschen Stelle"));

    model::Diagnostics swapped;
    read_text(with_edition_children("    <untertitel>B</untertitel>\n    <titel>A</titel>\n"),
              swapped);
    INFO(test::describe(swapped));
    CHECK(test::has_error_at(swapped, "publikation.xml", 22, 5,
                             "<titel> steht in <ausgabe> an der falschen Stelle"));
}

TEST_CASE("verweistext= names the link other editions make to this one",
          "[read][leichte-sprache]") {
    model::Diagnostics diagnostics;
    std::string text =
        test::replaced(test::fixture_text("publikation.xml"), "dateiname=\"testkonzept\">",
                       "dateiname=\"testkonzept\" verweistext=\" Alltags  sprache \">");
    auto publication = read_text(text, diagnostics);
    REQUIRE(publication);
    CHECK(diagnostics.all().empty());
    CHECK(publication->editions.at(0).link_text == "Alltags sprache");

    model::Diagnostics empty;
    read_text(test::replaced(test::fixture_text("publikation.xml"), "dateiname=\"testkonzept\">",
                             "dateiname=\"testkonzept\" verweistext=\"\">"),
              empty);
    CHECK(test::has_error_at(empty, "publikation.xml", 20, 94, "verweistext=\"\" ist leer"));
}
