// The style's print settings, <druck>: the print shop's ICC profile (looked up next to the
// style file and checked to be a CMYK output profile), output condition, crop marks and
// minimum resolution; every error at its attribute.

#include "images_test_files.hpp"
#include "read/style_reader.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

const std::string name = "styles/test.xml";

// A small style with print settings on line 5; each test changes one thing in it.
const std::string print_style = R"(<?xml version="1.0" encoding="UTF-8"?>
<stil name="Test">
  <seite breite="210mm" hoehe="297mm" beschnitt="3mm"
         rand-innen="22mm" rand-aussen="18mm" rand-oben="25mm" rand-unten="25mm"/>
  <druck profil="icc/FOGRA39L_coated.icc" ausgabebedingung="FOGRA39" mindestaufloesung="300"/>
  <schrift name="text" normal="NotoSerif-Regular.ttf" kursiv="NotoSerif-Italic.ttf"
           fett="NotoSerif-Bold.ttf" fettkursiv="NotoSerif-BoldItalic.ttf"/>
  <farbe name="text" cmyk="0 0 0 90" rgb="#1a1a1a"/>
  <textstil art="text" schrift="text" groesse="10pt" zeilenabstand="14pt" farbe="text"/>
</stil>
)";

// Column of profil= on line 5 (and of the other attributes).
constexpr int profile_column = 10;
constexpr int condition_column = 43;
constexpr int resolution_column = 70;

std::string changed(const std::string& from, const std::string& to) {
    return test::replaced(print_style, from, to);
}

struct ReadStyle {
    std::optional<model::Style> style;
    model::Diagnostics diagnostics;
};

// Reads `text` as styles/test.xml next to the standard profile, and `extra` files beside it.
ReadStyle read_text(const std::string& text,
                    const std::vector<std::pair<std::string, std::string>>& extra = {}) {
    test::TemporaryFolder folder;
    test::copy_print_profile(folder);
    for (const auto& [file, content] : extra) {
        folder.write(file, content);
    }
    ReadStyle result;
    result.style = read::read_style(folder.write("test.xml", text), name,
                                    test::source_dir() + "/fonts", result.diagnostics);
    return result;
}

std::string fogra39_bytes() {
    return test::as_text(test::file_bytes(test::source_dir() + "/styles/icc/FOGRA39L_coated.icc"));
}

} // namespace

TEST_CASE("the standard style names FOGRA39 for print", "[read][images]") {
    model::Diagnostics diagnostics;
    const auto style =
        read::read_style(test::source_dir() + "/styles/standard.xml", "styles/standard.xml",
                         test::source_dir() + "/fonts", diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(style);
    CHECK(diagnostics.all().empty());
    const model::PrintSettings& print = style->print;
    CHECK(std::filesystem::path(print.icc_profile).is_absolute());
    CHECK(std::filesystem::path(print.icc_profile) ==
          std::filesystem::path(test::source_dir() + "/styles/icc/FOGRA39L_coated.icc")
              .lexically_normal());
    CHECK(print.output_condition == "FOGRA39");
    CHECK(print.output_condition_info == "Coated FOGRA39 (ISO 12647-2:2004)");
    CHECK_FALSE(print.crop_marks);
    CHECK(print.minimum_resolution == 250);
    CHECK(print.position.file == "styles/standard.xml");
    CHECK(print.position.line > 0);
}

TEST_CASE("print settings: values, defaults, and a style without <druck>", "[read][images]") {
    auto read = read_text(print_style);
    INFO(test::describe(read.diagnostics));
    REQUIRE(read.style);
    CHECK(read.diagnostics.all().empty());
    CHECK(std::filesystem::path(read.style->print.icc_profile).filename() == "FOGRA39L_coated.icc");
    CHECK(read.style->print.minimum_resolution == 300);
    CHECK(read.style->print.output_condition_info.empty());
    CHECK_FALSE(read.style->print.crop_marks);
    CHECK(read.style->print.position.line == 5);
    CHECK(read.style->print.position.column == profile_column);

    auto marks = read_text(changed("mindestaufloesung=\"300\"", "schnittmarken=\"ja\""));
    REQUIRE(marks.style);
    CHECK(marks.style->print.crop_marks);
    CHECK(marks.style->print.minimum_resolution == 250);

    auto without = read_text(
        changed("  <druck profil=\"icc/FOGRA39L_coated.icc\" ausgabebedingung=\"FOGRA39\" "
                "mindestaufloesung=\"300\"/>\n",
                ""));
    REQUIRE(without.style);
    CHECK(without.diagnostics.all().empty());
    // Without <druck> the print PDF is made for FOGRA39, with Stadtsatz's own profile.
    CHECK(std::filesystem::path(without.style->print.icc_profile).filename() ==
          "FOGRA39L_coated.icc");
    CHECK(without.style->print.output_condition == "FOGRA39");
    CHECK(without.style->print.output_condition_info == "Coated FOGRA39 (ISO 12647-2:2004)");
}

TEST_CASE("print settings: a profile path outside styles/ or not an ICC file name",
          "[read][images]") {
    for (const char* path :
         {"../icc/FOGRA39L_coated.icc", "/icc/FOGRA39L_coated.icc", "icc/FOGRA39L_coated.txt",
          "icc//FOGRA39L_coated.icc", "icc/.icc", "C:/icc/a.icc", ""}) {
        INFO(path);
        auto read = read_text(changed("icc/FOGRA39L_coated.icc", path));
        CHECK(test::has_error_at(read.diagnostics, name, 5, profile_column,
                                 "profil=\"" + std::string(path) +
                                     "\" ist kein Pfad zu einem ICC-Profil in styles/"));
    }
}

TEST_CASE("print settings: a missing profile", "[read][images]") {
    auto read = read_text(changed("icc/FOGRA39L_coated.icc", "icc/fehlt.icc"));
    INFO(test::describe(read.diagnostics));
    CHECK(test::has_error_at(read.diagnostics, name, 5, profile_column,
                             "Druckprofil nicht gefunden: styles/icc/fehlt.icc"));
    REQUIRE(read.style);
    CHECK(read.style->print.icc_profile.empty());
}

TEST_CASE("print settings: a file that is no ICC profile", "[read][images]") {
    auto text = read_text(changed("icc/FOGRA39L_coated.icc", "icc/text.icc"),
                          {{"icc/text.icc", std::string(200, 'x')}});
    INFO(test::describe(text.diagnostics));
    CHECK(test::has_error_at(text.diagnostics, name, 5, profile_column,
                             "Druckprofil styles/icc/text.icc ist keine ICC-Profildatei"));

    auto short_file =
        read_text(changed("icc/FOGRA39L_coated.icc", "icc/kurz.icc"), {{"icc/kurz.icc", "acsp"}});
    CHECK(test::has_error_at(short_file.diagnostics, name, 5, profile_column,
                             "Druckprofil styles/icc/kurz.icc ist keine ICC-Profildatei "
                             "(kürzer als ein ICC-Kopf)"));

    auto cut = read_text(changed("icc/FOGRA39L_coated.icc", "icc/halb.icc"),
                         {{"icc/halb.icc", fogra39_bytes().substr(0, 60000)}});
    CHECK(test::has_error_at(cut.diagnostics, name, 5, profile_column,
                             "Druckprofil styles/icc/halb.icc ist keine ICC-Profildatei"));
}

TEST_CASE("print settings: an RGB profile, or a CMYK profile that is not for output",
          "[read][images]") {
    const std::string rgb = test::as_text(test::decoded_fixture("rgb8-icc.png").icc_profile);
    auto read =
        read_text(changed("icc/FOGRA39L_coated.icc", "icc/weit.icc"), {{"icc/weit.icc", rgb}});
    INFO(test::describe(read.diagnostics));
    CHECK(test::has_error_at(read.diagnostics, name, 5, profile_column,
                             "Druckprofil styles/icc/weit.icc ist kein CMYK-Profil (Farbraum "
                             "„RGB“)"));

    std::string scanner = fogra39_bytes();
    scanner.replace(12, 4, "scnr");
    auto input = read_text(changed("icc/FOGRA39L_coated.icc", "icc/scanner.icc"),
                           {{"icc/scanner.icc", scanner}});
    CHECK(test::has_error_at(input.diagnostics, name, 5, profile_column,
                             "Druckprofil styles/icc/scanner.icc ist kein Ausgabeprofil "
                             "(Geräteklasse „scnr“, erwartet „prtr“)"));
}

TEST_CASE("print settings: output condition, resolution and crop marks checked", "[read][images]") {
    auto empty = read_text(changed("ausgabebedingung=\"FOGRA39\"", "ausgabebedingung=\" \""));
    INFO(test::describe(empty.diagnostics));
    CHECK(test::has_error_at(empty.diagnostics, name, 5, condition_column,
                             "ausgabebedingung= ist leer"));

    auto missing = read_text(changed(" ausgabebedingung=\"FOGRA39\"", ""));
    CHECK(test::has_error_at(missing.diagnostics, name, 5, 3,
                             "Pflichtattribut ausgabebedingung= fehlt in <druck>"));

    auto info = read_text(changed("mindestaufloesung=\"300\"", "ausgabebedingung-info=\"\""));
    CHECK(test::has_error_at(info.diagnostics, name, 5, resolution_column,
                             "ausgabebedingung-info= ist leer"));

    for (const char* value : {"0", "0250", "2401", "250.5", "hoch", ""}) {
        INFO(value);
        auto resolution = read_text(changed("mindestaufloesung=\"300\"",
                                            "mindestaufloesung=\"" + std::string(value) + "\""));
        CHECK(test::has_error_at(resolution.diagnostics, name, 5, resolution_column,
                                 "mindestaufloesung=\"" + std::string(value) +
                                     "\" ist ungültig: Pixel je Zoll als ganze Zahl von 1 bis "
                                     "2400"));
    }

    auto marks = read_text(changed("mindestaufloesung=\"300\"", "schnittmarken=\"vielleicht\""));
    CHECK(test::has_error_at(marks.diagnostics, name, 5, resolution_column,
                             "schnittmarken=\"vielleicht\" ist ungültig: erlaubt sind ja, nein"));

    auto unknown = read_text(changed("mindestaufloesung=\"300\"", "farbraum=\"cmyk\""));
    CHECK(test::has_error_at(unknown.diagnostics, name, 5, resolution_column,
                             "unbekanntes Attribut farbraum= in <druck>"));
}

TEST_CASE("print settings: <druck> once, right after <seite>", "[read][images]") {
    const std::string line =
        "  <druck profil=\"icc/FOGRA39L_coated.icc\" ausgabebedingung=\"FOGRA39\" "
        "mindestaufloesung=\"300\"/>\n";
    auto twice = read_text(changed(line, line + line));
    INFO(test::describe(twice.diagnostics));
    CHECK(test::has_error_at(twice.diagnostics, name, 6, 3, "<druck>"));

    auto late =
        read_text(changed(line, "").replace(print_style.find("  <farbe") - line.size(), 0, line));
    INFO(test::describe(late.diagnostics));
    CHECK(test::has_error_at(late.diagnostics, name, 7, 3, "an der falschen Stelle"));
}
