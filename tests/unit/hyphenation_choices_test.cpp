// Which breaks a line may use (issue 9, item 2): the hyphenator finds every legal break, the
// style's minima choose among them where layout turns them into penalties; URLs, e-mail
// addresses, standard numbers and dates never break.
#include "layout/inline_collection.hpp"
#include "layout/layout_context.hpp"
#include "layout/line_breaking.hpp"
#include "layout_test_document.hpp"
#include "read/style_reader.hpp"
#include "read_test_files.hpp"
#include "text/hyphenation_minima.hpp"
#include "text/hyphenator.hpp"
#include "text/typography.hpp"
#include "text/web_address.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

constexpr std::string_view nbsp = "\u00A0";

// Whether the body text's default minima (word 6, left 2, right 3) allow a break in `marked`
// at its only '|'.
bool allowed(std::string marked, const model::HyphenationMinima& minima = {}) {
    const std::size_t offset = marked.find('|');
    REQUIRE(offset != std::string::npos);
    marked.erase(offset, 1);
    return text::meets_hyphenation_minima(marked, offset, minima.word_length, minima.left,
                                          minima.right);
}

// The texts of the boxes of a paragraph, with "|" for a penalty that adds a hyphen and "/"
// for a break that adds none (the hard hyphen), " " for glue.
std::string breaks_of(const layout::Paragraph& paragraph) {
    std::string result;
    for (const auto& item : paragraph.items) {
        if (item.kind == layout::ItemKind::Box) {
            result += item.text;
        } else if (item.kind == layout::ItemKind::Glue) {
            result += ' ';
        } else if (item.penalty > layout::forced_break) {
            result += item.flagged ? "|" : "/";
        }
    }
    while (!result.empty() && result.back() == ' ') {
        result.pop_back();
    }
    return result;
}

// The paragraph layout makes of `text` with every hyphenation point the engine finds.
std::string laid_out(const std::string& text, const model::HyphenationMinima& minima = {}) {
    model::Document document;
    document.style = test::test_style();
    document.style.body.hyphenation = minima;
    model::Diagnostics diagnostics;
    layout::LayoutContext context(document, diagnostics);
    model::Inline run = model::make_text(text);
    const text::Hyphenator hyphenator;
    for (const auto& point : text::hyphenate_text(hyphenator, text)) {
        run.hyphenation.push_back({point.offset, model::HyphenationKind::Syllable});
    }
    const auto paragraph =
        layout::collect_inlines({run}, context.format(document.style.body), {}, context);
    return breaks_of(paragraph);
}

} // namespace

TEST_CASE("the style's minima count letters of the word part around a break",
          "[hyphenation][layout]") {
    CHECK_FALSE(allowed("Na|me"));  // four letters: shorter than the word minimum
    CHECK_FALSE(allowed("Ta|xis")); // five
    CHECK(allowed("El|tern"));      // six, left 2, right 4
    CHECK(allowed("Ver|waltung"));
    CHECK(allowed("Verwal|tung"));
    CHECK(allowed("Verwaltun|gen"));     // right 3
    CHECK_FALSE(allowed("Wohnhür|de"));  // right 2
    CHECK_FALSE(allowed("V|erwaltung")); // left 1
    // Letters, not bytes: "Größe" has five letters in seven bytes, "Ärzte" five in six.
    CHECK_FALSE(allowed("Grö|ße"));
    CHECK_FALSE(allowed("Ärz|te"));
    CHECK(allowed("Grö|ßere"));
    // The part between hard hyphens is the word (Ein-Euro-Job: Euro has four letters);
    // punctuation around it is no part of it.
    CHECK_FALSE(allowed("Ein-Eu|ro-Job"));
    CHECK(allowed("Ein-Euro-Ver|mittlung"));
    CHECK_FALSE(allowed("(Na|me),"));
    CHECK(allowed("„Ver|waltung“,"));
    // Soft hyphens are skipped, not counted, and do not end the word.
    CHECK(allowed("Ver|wal\u00ADtung"));
    // Another style's minima.
    CHECK(allowed("Na|me", {4, 2, 2}));
    CHECK_FALSE(allowed("Verwaltun|gen", {6, 2, 4}));
    CHECK_FALSE(allowed("Ver|waltung", {6, 4, 3}));
    CHECK_FALSE(allowed("Verwaltung|en", {13, 2, 2}));
    const std::string road = "Straßen-Verkehrsordnung.";
    const auto letters = text::letters_around_break(road, road.find("ordnung"));
    CHECK(letters.before == 8); // Verkehrs
    CHECK(letters.after == 7);  // ordnung
}

TEST_CASE("layout makes penalties only of the breaks the style allows", "[hyphenation][layout]") {
    // The hyphenator finds every legal break; the body text keeps those of the minima.
    CHECK(laid_out("Name Taxi Kita") == "Name Taxi Kita");
    CHECK(laid_out("Name Taxi Kita", {4, 2, 2}) == "Na|me Ta|xi Ki|ta");
    CHECK(laid_out("Verwaltungen") == "Ver|wal|tun|gen");
    CHECK(laid_out("Verwaltungen", {6, 2, 4}) == "Ver|wal|tungen");
    CHECK(laid_out("Ein-Euro-Job") == "Ein-/Euro-/Job");
    // A hard hyphen between letters is a break that adds no hyphen (Baden-|Württemberg) ...
    CHECK(laid_out("Baden-Württemberg") == "Baden-/Würt|tem|berg");
    // ... but not in a URL, a domain or an e-mail address: those break only after / . @ (no
    // hyphen added, shown here as "/"), never at their own hyphens or syllables.
    CHECK(laid_out("www.stadt-musterstadt.de") == "www./stadt-musterstadt./de");
    CHECK(laid_out("https://integration-neu-ulm.de/beratung") ==
          "https:///integration-neu-ulm./de//beratung");
    CHECK(laid_out("integrationsbeauftragte-neu-ulm.de,") ==
          "integrationsbeauftragte-neu-ulm./de,");
    CHECK(laid_out("m.mustermann-weber@neu-ulm.de") == "m./mustermann-weber@/neu-ulm./de");
    // Standard numbers keep their hyphen (digits around it) and their spaces (typography).
    CHECK(laid_out(text::apply_german_typography("nach DIN 18040-2")) == "nach DIN\u00A018040-2");
}

TEST_CASE("a style's text styles carry the hyphenation minima", "[hyphenation][read]") {
    const std::string style = R"(<?xml version="1.0" encoding="UTF-8"?>
<stil name="Test">
  <seite breite="210mm" hoehe="297mm" beschnitt="3mm"
         rand-innen="22mm" rand-aussen="18mm" rand-oben="25mm" rand-unten="25mm"/>
  <schrift name="text" normal="NotoSerif-Regular.ttf" kursiv="NotoSerif-Italic.ttf"
           fett="NotoSerif-Bold.ttf" fettkursiv="NotoSerif-BoldItalic.ttf"/>
  <farbe name="text" cmyk="0 0 0 90" rgb="#1a1a1a"/>
  <textstil art="text" schrift="text" groesse="10pt" zeilenabstand="14pt" farbe="text"
            trennung-wortlaenge="7" trennung-links="3" trennung-rechts="4"/>
  <textstil art="tabelle" trennung-rechts="2"/>
  <textstil art="fussnote" trennung-links="x"/>
</stil>
)";
    test::TemporaryFolder folder;
    model::Diagnostics diagnostics;
    const auto read = read::read_style(folder.write("test.xml", style), "styles/test.xml",
                                       test::source_dir() + "/fonts", diagnostics);
    REQUIRE(read);
    CHECK(read->body.hyphenation.word_length == 7);
    CHECK(read->body.hyphenation.left == 3);
    CHECK(read->body.hyphenation.right == 4);
    // The other kinds inherit from the body text and change what they set.
    CHECK(read->caption.hyphenation.word_length == 7);
    CHECK(read->table.hyphenation.left == 3);
    CHECK(read->table.hyphenation.right == 2);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].message.find("trennung-links=\"x\" ist ungültig") !=
          std::string::npos);
    CHECK(diagnostics.all()[0].position.line == 11);

    model::Diagnostics defaults_diagnostics;
    const auto standard =
        read::read_style(test::source_dir() + "/styles/standard.xml", "styles/standard.xml",
                         test::source_dir() + "/fonts", defaults_diagnostics);
    REQUIRE(standard);
    CHECK(standard->body.hyphenation.word_length == 6);
    CHECK(standard->body.hyphenation.left == 2);
    CHECK(standard->body.hyphenation.right == 3);
}

TEST_CASE("URLs, domains and e-mail addresses are recognised", "[hyphenation][text]") {
    for (const char* address :
         {"https://www.neu-ulm.de", "www.stadt-musterstadt.de", "stadt-musterstadt.de",
          "neu-ulm.de/integration", "(neu-ulm.de).", "info@neu-ulm.de", "m.mustermann@x.org",
          "integration-bayern.eu,"}) {
        INFO(address);
        CHECK(text::is_web_or_mail_address(address));
    }
    for (const char* word : {"Neu-Ulm", "Neu-Ulm.", "Baden-Württemberg,", "z.B.", "Dr.-Ing.",
                             "Abs.", "18040-2", "Ende.Der", "Stadt-Land"}) {
        INFO(word);
        CHECK_FALSE(text::is_web_or_mail_address(word));
    }
    // The hyphenator leaves them whole in running text.
    const text::Hyphenator hyphenator;
    CHECK(text::hyphenate_text(hyphenator, "bei stadt-musterstadt.de/verwaltung").empty());
    CHECK(text::hyphenate_text(hyphenator, "bei integrationsberatung-neu-ulm.de.").empty());
    CHECK(text::hyphenate_text(hyphenator, "bei integrationsberatung-neu-ulm").size() == 7);
}

TEST_CASE("dates and standard numbers stay on one line", "[hyphenation][text]") {
    const auto typeset = [](std::string_view text) { return text::apply_german_typography(text); };
    // Standard numbers: after the designation, and between the groups of digits.
    CHECK(typeset("nach DIN 18040-2 gebaut") == "nach DIN\u00A018040-2 gebaut");
    CHECK(typeset("nach ISO 9001-1 zertifiziert") == "nach ISO\u00A09001-1 zertifiziert");
    CHECK(typeset("gemäß EN 301 549 barrierefrei") == "gemäß EN\u00A0301\u00A0549 barrierefrei");
    CHECK(typeset("DIN EN ISO 9241-110 und mehr") == "DIN\u00A0EN\u00A0ISO\u00A09241-110 und mehr");
    CHECK(typeset("die ISO/IEC 27001 gilt") == "die ISO/IEC\u00A027001 gilt");
    CHECK(typeset("es kamen 301 549 Menschen") == "es kamen 301 549 Menschen");
    CHECK(typeset("DIN 18040 und 12 weitere") == "DIN\u00A018040 und 12 weitere");
    // Dates: day, month and year (already before), and numeric dates written with spaces.
    CHECK(typeset("am 1. Dezember 2026 um") == "am 1.\u00A0Dezember\u00A02026 um");
    CHECK(typeset("am 24. 11. 2026 um") == "am 24.\u00A011.\u00A02026 um");
    CHECK(typeset("bis 24. 11. geöffnet") == "bis 24.\u00A011. geöffnet");
    CHECK(typeset("am 01.12.2026 um") == "am 01.12.2026 um");
    CHECK(typeset("Punkt 3. Danach") == "Punkt 3. Danach");
    // A word tied by a no-break space is not hyphenated: the month of a date never breaks.
    const text::Hyphenator hyphenator;
    const std::string date = typeset("Am 1. Dezember 2026 tagt der Integrationsbeirat");
    const auto breaks = text::hyphenate_text(hyphenator, date);
    REQUIRE_FALSE(breaks.empty());
    for (const auto& point : breaks) {
        CHECK(point.offset > date.find("2026")); // only in Integrationsbeirat
    }
    CHECK_FALSE(text::hyphenate_text(hyphenator, "im Dezember kommt").empty());
    CHECK(laid_out(date).find("Dezember\u00A02026") != std::string::npos);
}

TEST_CASE("a heading is hyphenated only where a word is wider than the line",
          "[hyphenation][layout]") {
    model::Document document;
    document.style = test::test_style();
    model::Diagnostics diagnostics;
    layout::LayoutContext context(document, diagnostics);
    const std::string text = "Der Integrationsbeirat und die Donaudampfschifffahrtsgesellschaft";
    model::Inline run = model::make_text(text);
    const text::Hyphenator hyphenator;
    for (const auto& point : text::hyphenate_text(hyphenator, text)) {
        run.hyphenation.push_back({point.offset, model::HyphenationKind::Syllable});
    }
    layout::TextFormat format = context.format(document.style.body);
    format.hyphenation.only_overlong_words = true;
    auto paragraph = layout::collect_inlines({run}, format, {}, context);
    layout::finish_paragraph(paragraph);
    // Its points are there, but priced as emergency breaks ...
    bool any_point = false;
    for (const auto& item : paragraph.items) {
        if (item.kind == layout::ItemKind::Penalty && item.flagged) {
            any_point = true;
            CHECK(item.penalty >= layout::emergency_break);
        }
    }
    CHECK(any_point);
    auto hyphenated_lines = [&](double width) {
        int count = 0;
        for (const auto& line : layout::break_lines(paragraph.items, width)) {
            CHECK(line.natural_width <= width + 0.01);
            count += line.hyphenated ? 1 : 0;
        }
        return count;
    };
    // ... so a measure where every word fits breaks between words only (10 pt type: the long
    // word is about 200 pt wide), and one narrower than the long word hyphenates it rather
    // than cut it without a hyphen.
    CHECK(hyphenated_lines(220) == 0);
    CHECK(hyphenated_lines(120) >= 1);
}
