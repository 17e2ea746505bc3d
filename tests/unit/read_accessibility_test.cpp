// The manifest's <barrierefreiheit>: values, errors at their line:column, and warnings where
// the statement would contradict itself or be missing.

#include "read/manifest_reader.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

std::string changed(const std::string& from, const std::string& to) {
    std::string text = test::replaced(test::fixture_text("publikation.xml"), from, to);
    REQUIRE_FALSE(text.empty());
    return text;
}

model::Diagnostics read_text(const std::string& text) {
    test::TemporaryFolder folder;
    model::Diagnostics diagnostics;
    read::read_manifest(folder.write("publikation.xml", text), test::source_dir(), diagnostics);
    return diagnostics;
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

} // namespace

TEST_CASE("manifest reader reads the accessibility declaration", "[read]") {
    model::Diagnostics diagnostics;
    auto publication = read::read_manifest(test::fixtures_dir() + "/publikation.xml",
                                           test::source_dir(), diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(publication);
    CHECK(diagnostics.all().empty());
    REQUIRE(publication->accessibility);
    const model::AccessibilityDeclaration& declaration = *publication->accessibility;
    CHECK(declaration.date == "2026-11-20");
    CHECK(declaration.legal_basis == "Art. 13 BayBGG");
    CHECK(declaration.conformance == model::Conformance::Partial);
    CHECK(declaration.known_issues ==
          std::vector<std::string>{"Das Diagramm ist ein Bild.", "Keine Leichte Sprache."});
    CHECK(declaration.evaluation_method == "Selbstbewertung");
    CHECK(declaration.contact.name == "Stabsstelle Integration");
    CHECK(declaration.contact.address == "Augsburger Straße 15, 89231 Neu-Ulm");
    CHECK(declaration.contact.phone == "0731 7050-0");
    CHECK(declaration.contact.email == "barrierefreiheit@neu-ulm.de");
    CHECK(declaration.contact.url == "https://www.neu-ulm.de/barrieren");
    CHECK(declaration.enforcement_body.name == "Durchsetzungsstelle");
    CHECK(declaration.enforcement_body.address.empty());
    CHECK(declaration.enforcement_body.email == "stelle@example.org");
    CHECK(declaration.enforcement_body.url == "https://example.org/schlichtung");
    CHECK(declaration.position.file == "publikation.xml");
    CHECK(declaration.position.line == 25);
    CHECK(declaration.position.column == 3);

    auto full = changed("<status>teilweise</status>", "<status> nicht\n  barrierefrei </status>");
    test::TemporaryFolder folder;
    model::Diagnostics none;
    auto collapsed =
        read::read_manifest(folder.write("publikation.xml", full), test::source_dir(), none);
    REQUIRE(collapsed);
    CHECK(collapsed->accessibility->conformance == model::Conformance::None);
    CHECK(none.all().empty());
}

TEST_CASE("manifest reader reports bad accessibility values at their position", "[read]") {
    auto date = read_text(changed("<stand>2026-11-20</stand>", "<stand>20.11.2026</stand>"));
    INFO(test::describe(date));
    CHECK(test::has_error_at(date, "publikation.xml", 26, 12,
                             "<stand> \"20.11.2026\" ist kein Datum"));

    auto status = read_text(changed(">teilweise<", ">teils<"));
    INFO(test::describe(status));
    CHECK(test::has_error_at(status, "publikation.xml", 28, 13,
                             "<status> \"teils\" ist ungültig: erlaubt sind vollständig, "
                             "teilweise, nicht barrierefrei"));

    auto email =
        read_text(changed("barrierefreiheit@neu-ulm.de", "barrierefreiheit at neu-ulm.de"));
    INFO(test::describe(email));
    CHECK(test::has_error_at(email, "publikation.xml", 38, 14, "keine E-Mail-Adresse"));

    auto script = read_text(changed("https://example.org/schlichtung", "javascript:alert(1)"));
    INFO(test::describe(script));
    CHECK(test::has_error_at(script, "publikation.xml", 44, 12, "keine Internetadresse"));

    auto missing = read_text(changed("      <email>barrierefreiheit@neu-ulm.de</email>\n", ""));
    INFO(test::describe(missing));
    CHECK(test::has_error_at(missing, "publikation.xml", 38, 7,
                             "Pflichtelement <email> fehlt in <kontakt> (erwartet vor <url>)"));

    auto order = read_text(changed("    <pruefmethode>Selbstbewertung</pruefmethode>\n", ""));
    INFO(test::describe(order));
    CHECK(test::has_error_at(order, "publikation.xml", 33, 5,
                             "Pflichtelement <pruefmethode> fehlt in <barrierefreiheit>"));

    auto unknown = read_text(changed("<stelle>Durchsetzungsstelle</stelle>",
                                     "<stelle>Durchsetzungsstelle</stelle><fax>1</fax>"));
    INFO(test::describe(unknown));
    CHECK(test::has_error_at(unknown, "publikation.xml", 42, 43,
                             "unbekanntes Element <fax> in <durchsetzungsstelle>"));

    auto empty_issue =
        read_text(changed("<mangel>Keine Leichte Sprache.</mangel>", "<mangel> </mangel>"));
    INFO(test::describe(empty_issue));
    CHECK(test::has_error_at(empty_issue, "publikation.xml", 31, 7, "<mangel> ist leer"));
}

TEST_CASE("manifest reader warns where the statement contradicts itself or is missing", "[read]") {
    auto no_issues = read_text(changed("    <bekannte-maengel>\n"
                                       "      <mangel>Das Diagramm ist ein Bild.</mangel>\n"
                                       "      <mangel>Keine Leichte Sprache.</mangel>\n"
                                       "    </bekannte-maengel>\n",
                                       ""));
    INFO(test::describe(no_issues));
    CHECK_FALSE(no_issues.has_errors());
    CHECK(has_warning_at(no_issues, 28, 13, "bitte <bekannte-maengel> ergänzen"));

    auto full = read_text(changed(">teilweise<", ">vollständig<"));
    INFO(test::describe(full));
    CHECK_FALSE(full.has_errors());
    CHECK(has_warning_at(full, 29, 5, "<status>vollständig</status>, aber <bekannte-maengel>"));

    std::string text = test::fixture_text("publikation.xml");
    const auto start = text.find("  <barrierefreiheit>");
    const auto end = text.find("</publikation>");
    REQUIRE(start != std::string::npos);
    auto missing = read_text(text.erase(start, end - start));
    INFO(test::describe(missing));
    CHECK_FALSE(missing.has_errors());
    REQUIRE(missing.all().size() == 1);
    CHECK(has_warning_at(missing, 2, 1, "keine <barrierefreiheit> im Manifest"));
}
