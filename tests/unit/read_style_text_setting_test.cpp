// The style values of the Leichte-Sprache layout: ausrichtung, betonung, satzanfang, umbruch,
// mindestgroesse, <textstil art="seitenzahl"> and <bildspalte>.

#include "read/style_reader.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

const std::string name = "styles/test.xml";

std::string style_with(const std::string& root_attributes, const std::string& elements) {
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<stil name="Test")" +
           root_attributes +
           R"(>
  <seite breite="148mm" hoehe="210mm" beschnitt="3mm"
         rand-innen="16mm" rand-aussen="14mm" rand-oben="20mm" rand-unten="22mm"/>
  <schrift name="text" normal="NotoSans-Regular.ttf" kursiv="NotoSans-Italic.ttf"
           fett="NotoSans-Bold.ttf" fettkursiv="NotoSans-BoldItalic.ttf"/>
  <farbe name="text" cmyk="0 0 0 90" rgb="#1a1a1a"/>
  <farbe name="akzent" cmyk="100 50 0 20" rgb="#00508c"/>
  <textstil art="text" schrift="text" groesse="14pt" zeilenabstand="22pt" farbe="text"/>
  <textstil art="kopfzeile" groesse="12pt"/>
)" + elements +
           "</stil>\n";
}

struct Read {
    std::optional<model::Style> style;
    model::Diagnostics diagnostics;
};

Read read_style_text(const std::string& text) {
    test::TemporaryFolder folder;
    Read result;
    result.style = read::read_style(folder.write("test.xml", text), name,
                                    test::source_dir() + "/fonts", result.diagnostics);
    return result;
}

bool has_message(const model::Diagnostics& diagnostics, const std::string& part) {
    for (const auto& diagnostic : diagnostics.all()) {
        if (diagnostic.message.find(part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("a style without the Leichte-Sprache values keeps the defaults") {
    Read plain = read_style_text(style_with("", ""));
    REQUIRE(plain.style);
    CHECK(plain.diagnostics.all().empty());
    CHECK(plain.style->setting.alignment == model::TextAlignment::Justified);
    CHECK(plain.style->setting.emphasis == model::Emphasis::Italic);
    CHECK_FALSE(plain.style->setting.sentence_per_line);
    CHECK_FALSE(plain.style->setting.word_groups);
    CHECK(plain.style->setting.minimum_size == 0);
    CHECK_FALSE(plain.style->picture_column.enabled);
    CHECK(plain.style->page_number.size == 12); // the running header's
}

TEST_CASE("the style reader reads the Leichte-Sprache values") {
    Read styled =
        read_style_text(style_with(R"( ausrichtung="links" betonung="fett" satzanfang="neue-zeile")"
                                   R"( umbruch="wortgruppen" mindestgroesse="14pt")",
                                   R"(  <textstil art="seitenzahl" groesse="18pt"/>
  <bildspalte seite="links" breite="24mm" abstand="6mm"/>
)"));
    INFO(test::describe(styled.diagnostics));
    REQUIRE(styled.style);
    CHECK_FALSE(styled.diagnostics.has_errors()); // the 12 pt running header is a warning
    const model::TextSetting& setting = styled.style->setting;
    CHECK(setting.alignment == model::TextAlignment::Left);
    CHECK(setting.emphasis == model::Emphasis::Bold);
    CHECK(setting.sentence_per_line);
    CHECK(setting.word_groups);
    CHECK(setting.minimum_size == 14);
    CHECK(styled.style->page_number.size == 18);
    CHECK(styled.style->picture_column.enabled);
    CHECK(styled.style->picture_column.width == Approx(24 * 72 / 25.4));
    CHECK(styled.style->picture_column.gap == Approx(6 * 72 / 25.4));
}

TEST_CASE("the style reader rejects bad Leichte-Sprache values") {
    Read alignment = read_style_text(style_with(R"( ausrichtung="rechts")", ""));
    CHECK(has_message(alignment.diagnostics,
                      "ausrichtung=\"rechts\" ist ungültig: erlaubt sind blocksatz, links"));
    Read breaks = read_style_text(style_with(R"( umbruch="wortgruppe")", ""));
    CHECK(has_message(breaks.diagnostics, "umbruch=\"wortgruppe\" ist ungültig"));
    Read side = read_style_text(style_with("", "  <bildspalte seite=\"rechts\"/>\n"));
    CHECK(has_message(side.diagnostics, "seite=\"rechts\" ist ungültig: erlaubt sind links"));
    Read wide =
        read_style_text(style_with("", "  <bildspalte seite=\"links\" breite=\"80mm\"/>\n"));
    CHECK(has_message(wide.diagnostics, "<bildspalte> ist zu breit"));
    REQUIRE(wide.style);
    CHECK_FALSE(wide.style->picture_column.enabled);
    Read small = read_style_text(style_with(R"( mindestgroesse="14pt")", ""));
    CHECK(has_message(small.diagnostics,
                      "groesse=\"12pt\" ist kleiner als mindestgroesse=\"14pt\" des Stils"));
}

TEST_CASE("a Leichte-Sprache style warns about small or tight text") {
    std::string tight = style_with(R"( sprachstufe="leichte-sprache")", "");
    tight.replace(tight.find("zeilenabstand=\"22pt\""), 20, "zeilenabstand=\"18pt\"");
    Read result = read_style_text(tight);
    CHECK(has_message(result.diagnostics, "mindestens 1,5-fachen Zeilenabstand"));
    Read fine = read_style_text(style_with(R"( sprachstufe="leichte-sprache")", ""));
    CHECK_FALSE(has_message(fine.diagnostics, "Zeilenabstand"));
}
