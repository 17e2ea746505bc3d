#include "read/manifest_reader.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace stadtsatz;

namespace {

std::string fixture_text() {
    return test::fixture_text("publikation.xml");
}

std::string changed(const std::string& from, const std::string& to) {
    std::string text = test::replaced(fixture_text(), from, to);
    REQUIRE_FALSE(text.empty());
    return text;
}

model::Diagnostics read_text(const std::string& text) {
    test::TemporaryFolder folder;
    model::Diagnostics diagnostics;
    read::read_manifest(folder.write("publikation.xml", text), test::source_dir(), diagnostics);
    return diagnostics;
}

} // namespace

TEST_CASE("manifest reader reads metadata and editions") {
    model::Diagnostics diagnostics;
    auto publication = read::read_manifest(test::fixtures_dir() + "/publikation.xml",
                                           test::source_dir(), diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(publication);
    CHECK(diagnostics.all().empty());
    const model::Metadata& metadata = publication->metadata;
    CHECK(metadata.title == "Testkonzept der Stadt");
    CHECK(metadata.subtitle == "Vielfalt gestalten");
    CHECK(metadata.publisher == "Stadt Neu-Ulm");
    CHECK(metadata.author == "Stabsstelle Integration");
    CHECK(metadata.date == "2026-11-24");
    CHECK(metadata.language == "de");
    CHECK(metadata.subject == "Ein Testdokument für die Leser.");
    CHECK(metadata.keywords == std::vector<std::string>{"Integration", "Teilhabe"});
    CHECK(metadata.sample_notice == "Musterinhalt: nur für Tests.");
    CHECK(metadata.imprint_lines.size() == 2);

    CHECK(std::filesystem::path(publication->content_folder) ==
          std::filesystem::path(test::fixtures_dir()).lexically_normal());
    CHECK(std::filesystem::path(publication->fonts_folder).filename() == "fonts");
    CHECK(std::filesystem::path(publication->styles_folder).filename() == "styles");

    REQUIRE(publication->editions.size() == 1);
    const model::Edition& edition = publication->editions[0];
    CHECK(edition.id == "standard");
    CHECK(edition.title == "Standardausgabe");
    CHECK(edition.style_file == "standard.xml");
    CHECK(edition.file_stem == "testkonzept");
    CHECK(edition.position.line == 20);
    CHECK(edition.style_position.line == 20);
    CHECK(edition.style_position.column == 50);
    REQUIRE(edition.parts.size() == 3);
    CHECK(edition.parts[0].kind == model::PartKind::Chapter);
    CHECK(edition.parts[0].file == "kapitel/00-vorwort.md");
    CHECK_FALSE(edition.parts[0].numbered);
    CHECK(edition.parts[1].numbered);
    CHECK(edition.parts[2].kind == model::PartKind::Measures);
    CHECK(edition.parts[2].file == "handlungsfelder/01-test.xml");
    CHECK(edition.parts[2].position.file == "publikation.xml");
    CHECK(edition.parts[2].position.line == 23);
    CHECK(edition.parts[2].position.column == 5);
}

TEST_CASE("manifest reader reports structure errors at their position") {
    auto element = read_text(changed("<sprache>de</sprache>", "<sprache>de</sprache><farbe/>"));
    INFO(test::describe(element));
    CHECK(test::has_error_at(element, "publikation.xml", 10, 26,
                             "unbekanntes Element <farbe> in <metadaten>"));

    auto attribute =
        read_text(changed("dateiname=\"testkonzept\"", "dateiname=\"testkonzept\" format=\"a5\""));
    INFO(test::describe(attribute));
    CHECK(test::has_error_at(attribute, "publikation.xml", 20, 94,
                             "unbekanntes Attribut format= in <ausgabe>"));

    auto missing = read_text(changed("    <titel>Testkonzept der Stadt</titel>\n", ""));
    INFO(test::describe(missing));
    CHECK(test::has_error_at(missing, "publikation.xml", 5, 5,
                             "Pflichtelement <titel> fehlt in <metadaten> (erwartet vor "
                             "<untertitel>)"));

    auto missing_attribute = read_text(changed(" stil=\"standard.xml\"", ""));
    CHECK(test::has_error_at(missing_attribute, "publikation.xml", 20, 3,
                             "Pflichtattribut stil= fehlt in <ausgabe>"));
}

TEST_CASE("manifest reader reports bad values") {
    auto numbered = read_text(changed("nummeriert=\"nein\"", "nummeriert=\"vielleicht\""));
    INFO(test::describe(numbered));
    CHECK(test::has_error_at(numbered, "publikation.xml", 21, 44,
                             "nummeriert=\"vielleicht\" ist ungültig"));

    auto date = read_text(changed("2026-11-24", "24.11.2026"));
    CHECK(test::has_error_at(date, "publikation.xml", 9, 12, "kein Datum"));

    auto file = read_text(changed("kapitel/01-eins.md", "kapitel/01-eins.txt"));
    CHECK(test::has_error_at(file, "publikation.xml", 22, 14, "datei=\"kapitel/01-eins.txt\""));

    auto malformed = read_text(changed("<thema>", "<thema"));
    INFO(test::describe(malformed));
    REQUIRE(malformed.all().size() == 1);
    CHECK(malformed.all()[0].position.line == 11);
    CHECK(malformed.all()[0].message.find("kein gültiges XML") == 0);
}
