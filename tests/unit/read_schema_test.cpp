// The XSDs and the readers must agree: the sample content validates with xmllint, and input
// the schema rejects is rejected by the program too.

#include "read/edition_reader.hpp"
#include "read/manifest_reader.hpp"
#include "read/measures_reader.hpp"
#include "read/style_reader.hpp"
#include "read_test_files.hpp"
#include "required_tools.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace stadtsatz;

namespace {

bool have_xmllint() {
    return test::have_program("xmllint");
}

bool xmllint_accepts(const std::string& schema, const std::string& file) {
    std::string command =
        "xmllint --noout --schema '" + schema + "' '" + file + "' > /dev/null 2>&1";
    return std::system(command.c_str()) == 0;
}

std::string file_text(const std::string& path) {
    std::ifstream stream(path);
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    return buffer.str();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

const std::string measures_schema = test::source_dir() + "/content/schema/massnahmen.xsd";
const std::string manifest_schema = test::source_dir() + "/content/schema/publikation.xsd";
const std::string style_schema = test::source_dir() + "/styles/stil.xsd";

} // namespace

TEST_CASE("sample content and fixtures validate against the XSDs") {
    if (!have_xmllint()) {
        STADTSATZ_MISSING_TOOL("xmllint is not installed; schema check skipped");
        return;
    }
    std::vector<std::pair<std::string, std::string>> checks = {
        {style_schema, test::source_dir() + "/styles/standard.xml"},
        {manifest_schema, test::fixtures_dir() + "/publikation.xml"},
        {measures_schema, test::fixtures_dir() + "/handlungsfelder/01-test.xml"}};
    const std::filesystem::path content = test::source_dir() + "/content";
    if (std::filesystem::exists(content / "publikation.xml")) {
        checks.emplace_back(manifest_schema, (content / "publikation.xml").string());
    }
    if (std::filesystem::is_directory(content / "handlungsfelder")) {
        for (const auto& entry : std::filesystem::directory_iterator(content / "handlungsfelder")) {
            if (entry.path().extension() == ".xml") {
                checks.emplace_back(measures_schema, entry.path().string());
            }
        }
    }
    for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() + "/styles")) {
        if (entry.path().extension() == ".xml") {
            checks.emplace_back(style_schema, entry.path().string());
        }
    }
    for (const auto& [schema, file] : checks) {
        INFO(file);
        CHECK(xmllint_accepts(schema, file));
    }
}

TEST_CASE("the readers accept the sample content without errors") {
    const std::filesystem::path manifest = test::source_dir() + "/content/publikation.xml";
    REQUIRE(std::filesystem::exists(manifest));
    model::Diagnostics diagnostics;
    auto publication = read::read_manifest(manifest, test::source_dir(), diagnostics);
    REQUIRE(publication);
    for (const auto& edition : publication->editions) {
        model::Document document = read::read_edition(*publication, edition, diagnostics);
        CHECK_FALSE(document.chapters.empty());
    }
    INFO(test::describe(diagnostics));
    CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("input the measures schema rejects, the program rejects too") {
    if (!have_xmllint()) {
        STADTSATZ_MISSING_TOOL("xmllint is not installed; agreement check skipped");
        return;
    }
    const std::string valid = file_text(test::fixtures_dir() + "/handlungsfelder/01-test.xml");
    const std::vector<std::pair<std::string, std::string>> breakages = {
        {"<titel>Sprachkitas ausbauen</titel>", "<titel>Sprachkitas ausbauen</titel><foo/>"},
        {"<massnahme id=\"M-1.1.1\">", "<massnahme id=\"M-1.1.1\" farbe=\"rot\">"},
        {"<federfuehrung>Amt für Kitas</federfuehrung>", ""},
        {"<federfuehrung>Amt für Kitas</federfuehrung>", "<status>geplant</status>"},
        {"<ziel id=\"Z-1.1\">", "<ziel id=\"M-1.1.1\">"},
        {"<ziel id=\"Z-1.1\">", "<ziel id=\"1.1\">"},
        {"<ziel id=\"Z-1.1\">", "<ziel>"},
        {">40.5<", ">abc<"},
        {">40.5<", ">40,5<"},
        {"jahr=\"2025\"", "jahr=\"20x5\""},
        {"von=\"2026\"", "von=\"1899\""},
        {"von=\"2026\"", "von=\"2101\""},
        {">hoch<", ">sehr hoch<"},
        {">in-umsetzung<", ">in Umsetzung<"},
        {"<text>Kinder fördern.</text>", "<text> </text>"},
        {"bis=\"2028\"", "bis=\"2028\" dauerhaft=\"vielleicht\""},
        {"<absatz>Mehr Fachkräfte.</absatz>", "Mehr Fachkräfte."},
        {"</titel>", "</titl>"},
    };
    for (const auto& [from, to] : breakages) {
        test::TemporaryFolder folder;
        auto file = folder.write("hf.xml", replaced(valid, from, to));
        model::Diagnostics diagnostics;
        read::read_field_of_action(file, "hf.xml", diagnostics);
        INFO("changed " << from << " to " << to);
        CHECK_FALSE(xmllint_accepts(measures_schema, file.string()));
        CHECK(diagnostics.has_errors());
    }
}

TEST_CASE("input the style and manifest schemas reject, the program rejects too") {
    if (!have_xmllint()) {
        STADTSATZ_MISSING_TOOL("xmllint is not installed; agreement check skipped");
        return;
    }
    const std::string style = file_text(test::source_dir() + "/styles/standard.xml");
    const std::vector<std::pair<std::string, std::string>> style_breakages = {
        {"groesse=\"10pt\"", "groesse=\"zehn\""},
        {"groesse=\"10pt\"", "groesse=\"10px\""},
        {"farbe=\"grau\" abstand-vor=\"4pt\"", "farbe=\"lila\" abstand-vor=\"4pt\""},
        {"schrift=\"text\" groesse=\"8pt\"", "schrift=\"serif\" groesse=\"8pt\""},
        {"rgb=\"#00508c\"", "rgb=\"#00508\""},
        {"cmyk=\"100 45 0 40\"", "cmyk=\"100 45 0 140\""},
        {"art=\"kopfzeile\"", "art=\"fusszeile\""},
        {"<farbe name=\"linie\"", "<rahmen/><farbe name=\"linie\""},
        {"fett=\"ja\" kursiv=\"ja\"", "fett=\"ja\" kursiv=\"yes\""},
        {"art=\"tabelle\"", "art=\"code\""},
        {"<stil name=\"Standard\"", "<stil"},
        {"<stil name=\"Standard\"", "<stil name=\" \""},
        {" schnittmarken=\"nein\"", " schnittmarken=\"vielleicht\""},
        {"mindestaufloesung=\"250\"", "mindestaufloesung=\"0\""},
        {"mindestaufloesung=\"250\"", "mindestaufloesung=\"0250\""},
        {"mindestaufloesung=\"250\"", "mindestaufloesung=\"2401\""},
        {"mindestaufloesung=\"250\"", "mindestaufloesung=\"250.5\""},
        {"ausgabebedingung=\"FOGRA39\"", "ausgabebedingung=\" \""},
        {"ausgabebedingung=\"FOGRA39\"", ""},
        {"ausgabebedingung-info=\"Coated FOGRA39 (ISO 12647-2:2004)\"",
         "ausgabebedingung-info=\" \""},
        {"profil=\"icc/FOGRA39L_coated.icc\"", "profil=\"../styles/icc/FOGRA39L_coated.icc\""},
        {"profil=\"icc/FOGRA39L_coated.icc\"", "profil=\"/icc/FOGRA39L_coated.icc\""},
        {"profil=\"icc/FOGRA39L_coated.icc\"", "profil=\"icc/FOGRA39L_coated.txt\""},
        {"profil=\"icc/FOGRA39L_coated.icc\"", "profil=\"icc//FOGRA39L_coated.icc\""},
        {"profil=\"icc/FOGRA39L_coated.icc\"", "profil=\"icc\\FOGRA39L_coated.icc\""},
        {"profil=\"icc/FOGRA39L_coated.icc\"", ""},
        {"<druck ", "<druck farbraum=\"cmyk\" "},
        {"  <druck ", "  <schrift/>\n  <druck "},
    };
    {
        // The unchanged style, copied as the breakages are, is valid: each error below comes
        // from its breakage, not from the copy.
        test::TemporaryFolder folder;
        test::copy_print_profile(folder);
        auto file = folder.write("stil.xml", style);
        model::Diagnostics diagnostics;
        read::read_style(file, "styles/stil.xml", test::source_dir() + "/fonts", diagnostics);
        INFO(test::describe(diagnostics));
        CHECK(xmllint_accepts(style_schema, file.string()));
        CHECK(diagnostics.all().empty());
    }
    for (const auto& [from, to] : style_breakages) {
        test::TemporaryFolder folder;
        test::copy_print_profile(folder);
        auto file = folder.write("stil.xml", replaced(style, from, to));
        model::Diagnostics diagnostics;
        read::read_style(file, "styles/stil.xml", test::source_dir() + "/fonts", diagnostics);
        INFO("changed " << from << " to " << to);
        CHECK_FALSE(xmllint_accepts(style_schema, file.string()));
        CHECK(diagnostics.has_errors());
    }

    const std::string manifest = file_text(test::fixtures_dir() + "/publikation.xml");
    const std::vector<std::pair<std::string, std::string>> manifest_breakages = {
        {"<sprache>de</sprache>", "<sprache>de</sprache><farbe/>"},
        {"<datum>2026-11-24</datum>", "<datum>24.11.2026</datum>"},
        {"<datum>2026-11-24</datum>", "<datum>2026-02-30</datum>"},
        {"<thema>", "<thema sprache=\"de\">"},
        {"nummeriert=\"nein\"", "nummeriert=\"0\""},
        {" stil=\"standard.xml\"", ""},
        {"kapitel/01-eins.md", "kapitel/01-eins.txt"},
        {"    <impressum>", "    <impressum/>\n    <impressum>"},
        {"<stand>2026-11-20</stand>", "<stand>2026-13-20</stand>"},
        {"<stand>2026-11-20</stand>", ""},
        {">teilweise<", ">teils<"},
        {">teilweise<", ">Teilweise<"},
        {"<rechtsgrundlage>Art. 13 BayBGG</rechtsgrundlage>", "<rechtsgrundlage/>"},
        {"<mangel>Keine Leichte Sprache.</mangel>", "<mangel> </mangel>"},
        {"<mangel>Keine Leichte Sprache.</mangel>", "Keine Leichte Sprache."},
        {"    <bekannte-maengel>", "    <bekannte-maengel/>\n    <bekannte-maengel>"},
        {"<pruefmethode>Selbstbewertung</pruefmethode>", ""},
        {"<email>barrierefreiheit@neu-ulm.de</email>", ""},
        {"barrierefreiheit@neu-ulm.de", "barrierefreiheit(at)neu-ulm.de"},
        {"barrierefreiheit@neu-ulm.de", "barrierefreiheit@localhost"},
        {"stelle@example.org", "stelle@example..org"},
        {"https://example.org/schlichtung", "javascript:alert(1)"},
        {"https://example.org/schlichtung", "www.example.org"},
        {"https://example.org/schlichtung", "https://example.org/a b"},
        {"https://www.neu-ulm.de/barrieren", "https://"},
        {"<telefon>0731 7050-0</telefon>", "<telefon>0731 7050-0</telefon><fax>0</fax>"},
        {"    <durchsetzungsstelle>", "    <durchsetzungsstelle farbe=\"rot\">"},
        {"<stelle>Durchsetzungsstelle</stelle>", ""},
        {"  <barrierefreiheit>", "  <barrierefreiheit/>\n  <barrierefreiheit>"},
    };
    for (const auto& [from, to] : manifest_breakages) {
        test::TemporaryFolder folder;
        auto file = folder.write("publikation.xml", replaced(manifest, from, to));
        model::Diagnostics diagnostics;
        read::read_manifest(file, test::source_dir(), diagnostics);
        INFO("changed " << from << " to " << to);
        CHECK_FALSE(xmllint_accepts(manifest_schema, file.string()));
        CHECK(diagnostics.has_errors());
    }
}
