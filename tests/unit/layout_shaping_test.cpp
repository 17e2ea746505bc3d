#include "layout/inline_collection.hpp"
#include "layout/line_setting.hpp"
#include "layout/margin_protrusion.hpp"
#include "layout/utf8.hpp"
#include "layout_test_document.hpp"
#include "resolve/hyphenation.hpp"

#include <catch2/catch.hpp>
#include <map>

using namespace stadtsatz;

namespace {

// Text runs of one paragraph, set on a line wide enough for all of it, after resolve gave its
// words their hyphenation points (joints come from the text engine).
struct SetParagraph {
    model::Document document;
    model::Diagnostics diagnostics;
    std::vector<layout::SetLine> lines;

    explicit SetParagraph(const std::string& text, double width = 2000) {
        document.style = test::test_style();
        model::Chapter chapter = test::chapter("satz", "1", "Satz");
        chapter.blocks.push_back(test::paragraph(text));
        document.chapters.push_back(std::move(chapter));
        resolve::hyphenate_document(document, diagnostics);
        layout::LayoutContext context(document, diagnostics);
        const model::Block& block = document.chapters[0].blocks[0];
        auto paragraph = layout::collect_inlines(block.inlines, context.format(document.style.body),
                                                 layout::SourceNode{&block}, context);
        lines = layout::typeset(std::move(paragraph), width, layout::LineAlignment::Left,
                                context.metrics);
    }

    std::vector<const layout::TextRun*> runs() const {
        std::vector<const layout::TextRun*> result;
        for (const auto& line : lines) {
            for (const auto& item : line.items) {
                if (const auto* run = std::get_if<layout::TextRun>(&item)) {
                    result.push_back(run);
                }
            }
        }
        return result;
    }
};

// For each word of the runs: the texts its glyph clusters stand for, e.g. "o|ffi|z|i|e|l|l".
std::map<std::string, std::string>
clusters_by_word(const std::vector<const layout::TextRun*>& runs) {
    std::map<std::string, std::string> result;
    for (const auto* run : runs) {
        std::string word;
        std::string clusters;
        for (std::size_t index = 0; index < run->glyphs.size(); ++index) {
            const std::size_t start = run->glyphs[index].cluster;
            const std::size_t end =
                index + 1 < run->glyphs.size() ? run->glyphs[index + 1].cluster : run->text.size();
            const std::string text = run->text.substr(start, end - start);
            if (text == " ") {
                result[word] = clusters;
                word.clear();
                clusters.clear();
                continue;
            }
            word += text;
            clusters += (clusters.empty() ? "" : "|") + text;
        }
        if (!word.empty()) {
            result[word] = clusters;
        }
    }
    return result;
}

} // namespace

TEST_CASE("ligatures form inside words but never across a compound joint or prefix",
          "[layout][shaping]") {
    const SetParagraph set("Auflage Schifffahrt auffallen Kaufleute offiziell schaffen Einfluss");
    const auto clusters = clusters_by_word(set.runs());
    // Across a joint (Schiff=fahrt, Kauf=leu-te) or a prefix (Auf-la-ge, auf-fal-len): no
    // ligature glyph spans it.
    CHECK(clusters.at("Auflage") == "A|u|f|l|a|g|e");
    CHECK(clusters.at("auffallen") == "a|u|f|f|a|l|l|e|n");
    CHECK(clusters.at("Kaufleute") == "K|a|u|f|l|e|u|t|e");
    CHECK(clusters.at("Schifffahrt").find("ff|f|a") != std::string::npos); // Schiff | fahrt
    // Without a joint the font's ligatures form, also across a mere syllable break (of-fi).
    CHECK(clusters.at("offiziell") == "o|ffi|z|i|e|l|l");
    CHECK(clusters.at("schaffen") == "s|c|h|a|ff|e|n");
    CHECK(clusters.at("Einfluss") == "E|i|n|fl|u|s|s");
}

TEST_CASE("kerning narrows pairs the font kerns, and widths are the shaped advances",
          "[layout][shaping]") {
    model::Document document;
    document.style = test::test_style();
    model::Diagnostics diagnostics;
    layout::LayoutContext context(document, diagnostics);
    const std::string font = test::font_path("NotoSerif-Regular.ttf");
    const auto& pair = context.metrics.shape(font, "Wo");
    const auto& apart = context.metrics.shape(font, "W");
    REQUIRE(pair.glyphs.size() == 2);
    // "W" before "o" advances less than "W" alone: the kerning pair.
    CHECK(pair.glyphs[0].advance < apart.glyphs[0].advance);
    CHECK(context.metrics.width(font, "Wo", 10) ==
          Approx(pair.advance * 10 / context.metrics.units_per_em(font)));
}

TEST_CASE("a space between words is a space glyph in the run", "[layout][shaping]") {
    const SetParagraph set("Stadt und Land");
    const auto runs = set.runs();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0]->text == "Stadt und Land");
    std::size_t spaces = 0;
    for (const auto& glyph : runs[0]->glyphs) {
        spaces += runs[0]->text.compare(glyph.cluster, 1, " ") == 0 ? 1 : 0;
    }
    CHECK(spaces == 2);
    double advance = 0;
    for (const auto& glyph : runs[0]->glyphs) {
        advance += glyph.advance;
    }
    CHECK(runs[0]->width ==
          Approx(advance * runs[0]->size / runs[0]->units_per_em * runs[0]->horizontal_scale));
}

TEST_CASE("a word broken at a line end is shaped again with its hyphen, read back as U+00AD",
          "[layout][shaping]") {
    // A measure so narrow that "Integrationskonzept" must break.
    const SetParagraph set("Integrationskonzept", 75);
    const auto runs = set.runs();
    REQUIRE(runs.size() >= 2);
    const layout::TextRun& first = *runs[0];
    REQUIRE(first.text.size() > 2);
    CHECK(first.text.substr(first.text.size() - 2) == "\u00AD");
    // The hyphen glyph is the last glyph and points at the U+00AD.
    CHECK(first.glyphs.back().cluster == first.text.size() - 2);
    std::string joined;
    for (const auto* run : runs) {
        std::string text = run->text;
        if (text.size() >= 2 && text.substr(text.size() - 2) == "\u00AD") {
            text.erase(text.size() - 2);
        }
        joined += text;
    }
    CHECK(joined == "Integrationskonzept");
}

namespace {

// How far a run's last character hangs into the right margin (optical margin alignment): its
// protrusion factor times its glyph's natural width.
double hanging(const layout::TextRun& run) {
    std::u32string text = layout::decode_utf8(run.text);
    while (!text.empty() && text.back() == U' ') {
        text.pop_back();
    }
    if (text.empty()) {
        return 0;
    }
    for (auto glyph = run.glyphs.rbegin(); glyph != run.glyphs.rend(); ++glyph) {
        if (glyph->advance > 0) {
            return layout::right_protrusion_factor(text.back()) * glyph->advance * run.size /
                   run.units_per_em;
        }
    }
    return 0;
}

} // namespace

TEST_CASE("justified lines end exactly at the margin, hyphenated ones included",
          "[layout][shaping]") {
    model::Document document;
    document.style = test::test_style();
    model::Chapter chapter = test::chapter("satz", "1", "Satz");
    chapter.blocks.push_back(test::paragraph(test::lorem()));
    document.chapters.push_back(std::move(chapter));
    model::Diagnostics diagnostics;
    resolve::hyphenate_document(document, diagnostics);
    layout::LayoutContext context(document, diagnostics);
    const model::Block& block = document.chapters[0].blocks[0];
    auto paragraph = layout::collect_inlines(block.inlines, context.format(document.style.body),
                                             layout::SourceNode{&block}, context);
    const double width = 180;
    const auto lines = layout::typeset(std::move(paragraph), width, layout::LineAlignment::Justify,
                                       context.metrics);
    REQUIRE(lines.size() > 4);
    for (std::size_t index = 0; index + 1 < lines.size(); ++index) {
        // The edge is where the text ends less what hangs into the margin.
        double right = 0;
        for (const auto& item : lines[index].items) {
            if (const auto* run = std::get_if<layout::TextRun>(&item)) {
                right = std::max(right, run->x + run->width - hanging(*run));
            }
        }
        CHECK(right == Approx(width).margin(0.05));
    }
}
