#include "read/edition_reader.hpp"
#include "read/manifest_reader.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

const std::string manifest_start = R"(<?xml version="1.0" encoding="UTF-8"?>
<publikation>
  <metadaten>
    <titel>T</titel><herausgeberin>H</herausgeberin><datum>2026-01-01</datum>
    <sprache>de</sprache><thema>Thema</thema><impressum><zeile>Z</zeile></impressum>
  </metadaten>
)";

// Reads the one edition of a manifest written into `folder`.
model::Document read_single_edition(const test::TemporaryFolder& folder,
                                    const std::string& editions, model::Diagnostics& diagnostics) {
    auto manifest = folder.write("publikation.xml", manifest_start + editions + "</publikation>\n");
    auto publication = read::read_manifest(manifest, test::source_dir(), diagnostics);
    REQUIRE(publication);
    REQUIRE(publication->editions.size() == 1);
    return read::read_edition(*publication, publication->editions[0], diagnostics);
}

const std::string field_of_action = R"(<?xml version="1.0" encoding="UTF-8"?>
<handlungsfeld id="hf-ID">
  <titel>Titel</titel>
  <leitziel>Leitziel</leitziel>
  <ziel id="Z-ID">
    <text>Ziel</text>
    <massnahme id="M-ID">
      <titel>M</titel>
      <beschreibung><absatz>B</absatz></beschreibung>
      <federfuehrung>F</federfuehrung>
      <zeitraum von="2026" dauerhaft="ja"/>
      <prioritaet>mittel</prioritaet>
      <status>daueraufgabe</status>
      <indikator>
        <name>N</name><einheit>E</einheit>
        <ausgangswert jahr="2025">1</ausgangswert><zielwert jahr="2026">2</zielwert>
        <datenquelle>D</datenquelle>
      </indikator>
    </massnahme>
  </ziel>
</handlungsfeld>
)";

std::string field_with_ids(const std::string& suffix) {
    std::string text = field_of_action;
    for (std::size_t at = text.find("ID"); at != std::string::npos; at = text.find("ID", at)) {
        text.replace(at, 2, suffix);
    }
    return text;
}

} // namespace

TEST_CASE("edition reader reads style, chapters, footnotes and fields of action in order") {
    model::Diagnostics diagnostics;
    auto publication = read::read_manifest(test::fixtures_dir() + "/publikation.xml",
                                           test::source_dir(), diagnostics);
    REQUIRE(publication);
    model::Document document =
        read::read_edition(*publication, publication->editions[0], diagnostics);
    INFO(test::describe(diagnostics));
    CHECK(diagnostics.all().empty());
    CHECK(document.edition_id == "standard");
    CHECK(document.edition_title == "Standardausgabe");
    CHECK(document.metadata.title == "Testkonzept der Stadt");
    CHECK(document.style.name == "Standard");
    CHECK(document.style.body.size == 10);
    REQUIRE(document.chapters.size() == 2);
    CHECK(document.chapters[0].id == "vorwort");
    CHECK_FALSE(document.chapters[0].numbered);
    CHECK(document.chapters[1].numbered);
    const model::Block& last = document.chapters[1].blocks.back();
    REQUIRE(last.kind == model::BlockKind::FieldOfAction);
    REQUIRE(last.field_of_action);
    CHECK(last.field_of_action->id == "hf-test");
    CHECK(last.position.file == "handlungsfelder/01-test.xml");
    REQUIRE(document.footnotes.count("01-eins-quelle") == 1);
    CHECK(document.footnotes.at("01-eins-quelle").position.file == "kapitel/01-eins.md");
}

TEST_CASE("edition reader reports a missing chapter file at the manifest's <kapitel>") {
    test::TemporaryFolder folder;
    model::Diagnostics diagnostics;
    read_single_edition(folder,
                        "  <ausgabe id=\"a\" titel=\"A\" stil=\"standard.xml\" dateiname=\"a\">\n"
                        "    <kapitel datei=\"kapitel/03-fehlt.md\"/>\n"
                        "  </ausgabe>\n",
                        diagnostics);
    INFO(test::describe(diagnostics));
    CHECK(test::has_error_at(diagnostics, "publikation.xml", 8, 5,
                             "Kapiteldatei nicht gefunden: kapitel/03-fehlt.md"));
}

TEST_CASE("edition reader reports a missing style file at the stil attribute") {
    test::TemporaryFolder folder;
    folder.write("kapitel/a.md", "# A\n");
    model::Diagnostics diagnostics;
    read_single_edition(folder,
                        "  <ausgabe id=\"a\" titel=\"A\" stil=\"fehlt.xml\" dateiname=\"a\">\n"
                        "    <kapitel datei=\"kapitel/a.md\"/>\n"
                        "  </ausgabe>\n",
                        diagnostics);
    INFO(test::describe(diagnostics));
    CHECK(test::has_error_at(diagnostics, "publikation.xml", 7, 29,
                             "Stildatei nicht gefunden: styles/fehlt.xml"));
}

TEST_CASE("edition reader needs a chapter before measures") {
    test::TemporaryFolder folder;
    folder.write("hf/a.xml", field_with_ids("1"));
    folder.write("kapitel/a.md", "# A\n");
    model::Diagnostics diagnostics;
    auto document = read_single_edition(
        folder,
        "  <ausgabe id=\"a\" titel=\"A\" stil=\"standard.xml\" dateiname=\"a\">\n"
        "    <massnahmen datei=\"hf/a.xml\"/>\n"
        "    <kapitel datei=\"kapitel/a.md\"/>\n"
        "  </ausgabe>\n",
        diagnostics);
    INFO(test::describe(diagnostics));
    CHECK(test::has_error_at(diagnostics, "publikation.xml", 8, 5, "davor steht kein <kapitel>"));
    REQUIRE(document.chapters.size() == 1);
    CHECK(document.chapters[0].blocks.empty());
}

TEST_CASE("edition reader reports ids used in two measures files") {
    test::TemporaryFolder folder;
    folder.write("kapitel/a.md", "# A\n");
    folder.write("hf/a.xml", field_with_ids("1"));
    folder.write("hf/b.xml",
                 field_with_ids("2").replace(field_with_ids("2").find("M-2"), 3, "M-1"));
    model::Diagnostics diagnostics;
    auto document = read_single_edition(
        folder,
        "  <ausgabe id=\"a\" titel=\"A\" stil=\"standard.xml\" dateiname=\"a\">\n"
        "    <kapitel datei=\"kapitel/a.md\"/>\n"
        "    <massnahmen datei=\"hf/a.xml\"/>\n"
        "    <massnahmen datei=\"hf/b.xml\"/>\n"
        "  </ausgabe>\n",
        diagnostics);
    INFO(test::describe(diagnostics));
    CHECK(test::has_error_at(diagnostics, "hf/b.xml", 7, 5,
                             "id \"M-1\" ist bereits vergeben in hf/a.xml:7"));
    CHECK(document.chapters[0].blocks.size() == 2);
}
