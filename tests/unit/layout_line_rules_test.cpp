// The line rules of the Leichte-Sprache style on paragraph items (one sentence per line,
// breaks between word groups) and the ragged-right breaker.

#include "layout/line_breaking.hpp"
#include "layout/line_rules.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using namespace stadtsatz;

namespace {

// A paragraph of the words of `text`, each a box of 6 points per letter, with spaces 4 wide.
layout::Paragraph paragraph_of(const std::string& text) {
    layout::Paragraph paragraph;
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
        if (!paragraph.items.empty()) {
            layout::ParagraphItem space;
            space.kind = layout::ItemKind::Glue;
            space.width = 4;
            space.stretch = 4 * layout::space_stretch;
            space.shrink = 4 * layout::space_shrink;
            paragraph.items.push_back(space);
        }
        layout::ParagraphItem box;
        box.kind = layout::ItemKind::Box;
        box.text = word;
        box.width = 6.0 * static_cast<double>(word.size());
        box.format = 0;
        paragraph.items.push_back(box);
    }
    layout::ParagraphItem fill;
    fill.kind = layout::ItemKind::Glue;
    fill.stretch = 1e9;
    paragraph.items.push_back(fill);
    layout::ParagraphItem end;
    end.kind = layout::ItemKind::Penalty;
    end.penalty = layout::forced_break;
    paragraph.items.push_back(end);
    return paragraph;
}

// The lines as text, words joined by spaces.
std::vector<std::string> lines_of(const layout::Paragraph& paragraph,
                                  const std::vector<layout::BrokenLine>& lines) {
    std::vector<std::string> result;
    for (const layout::BrokenLine& line : lines) {
        std::string text;
        for (std::size_t index = line.start; index < line.end; ++index) {
            const layout::ParagraphItem& item = paragraph.items[index];
            if (item.kind == layout::ItemKind::Box) {
                text += (text.empty() ? "" : " ") + item.text;
            }
        }
        result.push_back(text);
    }
    return result;
}

std::vector<std::string> broken(const std::string& text, const model::TextSetting& setting,
                                double width, bool ragged = true) {
    layout::Paragraph paragraph = paragraph_of(text);
    layout::apply_line_rules(paragraph, setting);
    layout::BreakOptions options; // as body text: pretolerance 100, tolerance 1000
    options.tolerance = 1000;
    options.ragged_stretch = ragged ? width / 8 : 0;
    return lines_of(paragraph, layout::break_lines(paragraph.items, width, options));
}

} // namespace

TEST_CASE("with satzanfang=neue-zeile every sentence starts a line") {
    model::TextSetting setting;
    setting.sentence_per_line = true;
    const auto lines =
        broken("Das ist gut. Wir helfen am 20. November. Nr. 5 ist z. B. frei.", setting, 1000);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "Das ist gut.");
    CHECK(lines[1] == "Wir helfen am 20. November.");
    CHECK(lines[2] == "Nr. 5 ist z. B. frei.");
    model::TextSetting off;
    CHECK(broken("Das ist gut. Wir helfen gern.", off, 1000).size() == 1);
}

TEST_CASE("with umbruch=wortgruppen no line ends after an article or preposition") {
    // 300 points hold about 40 letters: without the rule the best break is after "mit".
    const std::string text = "Die Gruppe trifft sich jeden Monat mit dem Rat von der Stadt.";
    model::TextSetting setting;
    setting.word_groups = true;
    for (const double width : {200.0, 240.0, 260.0, 300.0, 330.0}) {
        const auto lines = broken(text, setting, width);
        INFO(width);
        REQUIRE(lines.size() >= 2);
        for (std::size_t index = 0; index + 1 < lines.size(); ++index) {
            const std::string& line = lines[index];
            const std::string last = line.substr(line.rfind(' ') + 1);
            INFO(line);
            for (const char* word : {"Die", "mit", "dem", "von", "der", "jeden"}) {
                CHECK(last != word);
            }
        }
        // The sentence's last word never stands alone.
        CHECK(lines.back().find(' ') != std::string::npos);
    }
}

TEST_CASE("without the rule the same paragraph may break after a preposition") {
    // Shows that the word-group test above tests something: plain breaking does end a line
    // in "mit", "dem", "von" or "der" at one of these widths.
    const std::string text = "Die Gruppe trifft sich jeden Monat mit dem Rat von der Stadt.";
    bool some = false;
    for (const double width : {200.0, 240.0, 260.0, 300.0, 330.0}) {
        const auto lines = broken(text, model::TextSetting{}, width);
        for (std::size_t index = 0; index + 1 < lines.size(); ++index) {
            const std::string last = lines[index].substr(lines[index].rfind(' ') + 1);
            some = some || last == "mit" || last == "dem" || last == "von" || last == "der" ||
                   last == "Die" || last == "jeden";
        }
        some = some || lines.back().find(' ') == std::string::npos;
    }
    CHECK(some);
}

TEST_CASE("word groups prefer a break after a comma and before und") {
    // 250 points: "… Karten und" fills the first line best; the word groups break before "und".
    const std::string text = "Wir kochen zusammen, wir spielen Karten und wir reden viel.";
    model::TextSetting setting;
    setting.word_groups = true;
    const auto grouped = broken(text, setting, 250);
    REQUIRE(grouped.size() == 2);
    CHECK(grouped[0] == "Wir kochen zusammen, wir spielen Karten");
    const auto plain = broken(text, model::TextSetting{}, 250);
    REQUIRE(plain.size() == 2);
    CHECK(plain[0] == "Wir kochen zusammen, wir spielen Karten und");
    // 132 points: the comma wins over a fuller line (its badness stays within the first
    // pass's pretolerance).
    const std::string short_text = "Wir kochen zusammen, es gibt Kuchen.";
    const auto comma = broken(short_text, setting, 132);
    REQUIRE(comma.size() == 2);
    CHECK(comma[0] == "Wir kochen zusammen,");
    const auto fuller = broken(short_text, model::TextSetting{}, 132);
    REQUIRE(fuller.size() == 2);
    CHECK(fuller[0] == "Wir kochen zusammen, es");
}

TEST_CASE("ragged breaking keeps word spaces natural and balances the line ends") {
    const std::string text = "aaaa bbbbbbbb cc dddddd eeee ffffffffff gg hhhhh iiiiiiii jjj "
                             "kkkkkk llll mmmmmmmmm nn oooooo";
    layout::Paragraph paragraph = paragraph_of(text);
    layout::BreakOptions options;
    options.tolerance = 1000;
    options.ragged_stretch = 200.0 / 8;
    const auto lines = layout::break_lines(paragraph.items, 200, options);
    REQUIRE(lines.size() >= 3);
    double shortest = 1e9;
    for (std::size_t index = 0; index + 1 < lines.size(); ++index) {
        CHECK(lines[index].natural_width <= 200 + 1e-9); // never shrinks the spaces
        shortest = std::min(shortest, lines[index].natural_width);
    }
    // Within the tolerance (1000) of the line-end stretch: badness 100 r³ ≤ 1000, r ≤ 2.15.
    CHECK(shortest >= 200 - 2.16 * 25);
}

TEST_CASE("with umbruch=wortgruppen a sentence's last word never stands alone") {
    const std::string text = "Die Gruppe trifft sich jeden Monat im Saal und redet dort lange.";
    model::TextSetting setting;
    setting.word_groups = true;
    bool alone_without_rule = false;
    for (double width = 120; width <= 400; width += 4) {
        INFO(width);
        const auto grouped = broken(text, setting, width);
        CHECK(grouped.back().find(' ') != std::string::npos);
        const auto plain = broken(text, model::TextSetting{}, width);
        alone_without_rule = alone_without_rule || plain.back().find(' ') == std::string::npos;
    }
    CHECK(alone_without_rule); // the rule decides at some of these widths
}
