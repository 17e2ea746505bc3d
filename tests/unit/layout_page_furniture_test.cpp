// The running header (short title, ellipsis inside the type area), struck-through text left
// out of titles, and characters drawn from the style's fallback font.

#include "laid_out_publication.hpp"
#include "layout/font_fallback.hpp"
#include "layout/layout.hpp"
#include "layout/list_bullets.hpp"
#include "layout/running_header.hpp"
#include "layout_test_document.hpp"
#include "read/heading_attributes.hpp"
#include "read/markdown_reader.hpp"
#include "read_test_files.hpp"
#include "resolve/toc.hpp"

#include <catch2/catch.hpp>
#include <memory>

using namespace stadtsatz;

namespace {

const std::string header_font = test::font_path("NotoSans-Regular.ttf");
const std::string fallback_font = test::font_path("DejaVuSans.ttf");

// "Alt ~~gestrichen~~ Neu": a title with a struck-through word in the middle.
model::Inlines struck_title() {
    model::Inline struck;
    struck.kind = model::InlineKind::Strikethrough;
    struck.children = {model::make_text("gestrichen")};
    return {model::make_text("Wohnen "), struck, model::make_text(" im Quartier")};
}

// An A5 style (the type area 105 mm wide) around the test style.
model::Style a5_style() {
    model::Style style = test::test_style();
    style.page_width = 419.53;
    style.page_height = 595.28;
    style.margin_inner = 56.69;
    style.margin_outer = 45.35;
    style.margin_top = 56.69;
    style.margin_bottom = 56.69;
    return style;
}

// Lays out `chapters` (each with enough text for several pages) in `style`; the document is
// kept alive for the pointers into it.
layout::LaidOutDocument lay_out_chapters(std::vector<model::Chapter> chapters, model::Style style,
                                         model::Diagnostics& diagnostics) {
    static std::vector<std::unique_ptr<model::Document>> documents;
    auto& document = *documents.emplace_back(std::make_unique<model::Document>());
    for (auto& chapter : chapters) {
        for (int index = 0; index < 12; ++index) {
            chapter.blocks.push_back(test::paragraph(test::lorem()));
        }
    }
    document.chapters = std::move(chapters);
    document.style = std::move(style);
    test::finish_document(document);
    return layout::lay_out(document, diagnostics);
}

// The running headers of all body pages (runs of the pagination part above the type area).
std::vector<std::pair<int, layout::TextRun>> running_headers(const layout::LaidOutDocument& result,
                                                             const model::Style& style) {
    std::vector<std::pair<int, layout::TextRun>> headers;
    for (const auto& page : result.pages) {
        for (const auto& item : page.items) {
            const auto* run = std::get_if<layout::TextRun>(&item);
            if (run != nullptr && run->source.part == layout::NodePart::Pagination &&
                run->baseline < style.margin_top) {
                headers.emplace_back(page.number, *run);
            }
        }
    }
    return headers;
}

bool has_warning(const model::Diagnostics& diagnostics, const std::string& fragment) {
    for (const auto& diagnostic : diagnostics.all()) {
        if (diagnostic.message.find(fragment) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("title text leaves struck-through runs out and keeps one space", "[model][furniture]") {
    CHECK(model::title_text(struck_title()) == "Wohnen im Quartier");
    CHECK(model::plain_text(struck_title()) == "Wohnen gestrichen im Quartier");
}

TEST_CASE("contents entries and so bookmarks leave struck-through text out",
          "[resolve][furniture]") {
    model::Document document;
    model::Chapter chapter = test::chapter("wohnen", "2", "");
    chapter.title = struck_title();
    model::Block heading = test::heading(2, "2.1", "", "lage");
    heading.inlines = struck_title();
    chapter.blocks.push_back(heading);
    document.chapters.push_back(chapter);
    const auto toc = resolve::build_toc(document);
    REQUIRE(toc.size() == 2);
    CHECK(toc[0].title == "Wohnen im Quartier");
    CHECK(toc[1].title == "Wohnen im Quartier");
}

TEST_CASE("a running header never leaves the type area", "[layout][furniture]") {
    const model::Style style = a5_style();
    const double left_inner = style.margin_inner;
    const double width = style.page_width - style.margin_inner - style.margin_outer;
    model::Diagnostics diagnostics;
    auto long_title = test::chapter(
        "lang", "3",
        "Gesellschaftliche Teilhabe, bürgerschaftliches Engagement und interkulturelle "
        "Öffnung der Verwaltung in allen Stadtteilen");
    auto one_word = test::chapter(
        "wort", "4",
        "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetriebs"
        "ratsvorsitzendenstellvertreterwahlordnungsänderungsgesetz");
    const auto result = lay_out_chapters({long_title, one_word}, style, diagnostics);
    const auto headers = running_headers(result, style);
    REQUIRE(headers.size() >= 4);
    for (const auto& [number, header] : headers) {
        const double left = layout::is_right_page(number) ? left_inner : style.margin_outer;
        INFO("page " << number << ": " << header.text << " at " << header.x << " + "
                     << header.width);
        CHECK(header.x >= left - 0.01);
        CHECK(header.x + header.width <= left + width + 0.01);
        CHECK(header.text.size() > 3);
        CHECK(header.text.find("\u2026") != std::string::npos); // both titles are too long
    }
    // The long title is cut after a whole word.
    bool saw_word_cut = false;
    for (const auto& [number, header] : headers) {
        saw_word_cut = saw_word_cut || header.text.rfind("3  Gesellschaftliche", 0) == 0;
        if (header.text.rfind("3  ", 0) == 0) {
            const std::string before = header.text.substr(0, header.text.size() - 3);
            CHECK(long_title.title[0].text.find(before.substr(3) + " ") != std::string::npos);
        }
    }
    CHECK(saw_word_cut);
}

TEST_CASE("the running header shows the short title and no struck-through text",
          "[layout][furniture]") {
    model::Diagnostics diagnostics;
    auto shortened = test::chapter("lang", "3", "Ein sehr langer Titel, der nicht gebraucht wird");
    shortened.short_title = "Teilhabe";
    auto struck = test::chapter("wohnen", "4", "");
    struck.title = struck_title();
    const model::Style style = a5_style();
    const auto result = lay_out_chapters({shortened, struck}, style, diagnostics);
    std::set<std::string> texts;
    for (const auto& [number, header] : running_headers(result, style)) {
        texts.insert(header.text);
    }
    CHECK(texts == std::set<std::string>{"3  Teilhabe", "4  Wohnen im Quartier"});
}

TEST_CASE("fit_with_ellipsis cuts at a word and drops punctuation before the ellipsis",
          "[layout][furniture]") {
    layout::FontMetrics metrics;
    model::Diagnostics diagnostics;
    REQUIRE(metrics.load(header_font, {}, diagnostics));
    const std::string text = "Bildung, Arbeit und Wohnen in Neu-Ulm";
    CHECK(layout::fit_with_ellipsis(text, header_font, 8, 1000, metrics) == text);
    const double room = metrics.width(header_font, "Bildung, Arbeit…", 8) + 1;
    CHECK(layout::fit_with_ellipsis(text, header_font, 8, room, metrics) == "Bildung, Arbeit…");
    const double short_room = metrics.width(header_font, "Bildung, Ar", 8);
    CHECK(layout::fit_with_ellipsis(text, header_font, 8, short_room, metrics) == "Bildung…");
    const std::string fitted =
        layout::fit_with_ellipsis("Donaudampfschifffahrt", header_font, 8, 30, metrics);
    CHECK(fitted.size() > std::string("…").size());
    CHECK(metrics.width(header_font, fitted, 8) <= 30);
}

TEST_CASE("heading attributes give the id and the short title", "[read][furniture]") {
    auto both = read::heading_attributes("Titel {#teilhabe kurztitel=\"Teilhabe {kurz}\"}  ");
    REQUIRE(both);
    CHECK(both->start == 6);
    CHECK(both->id == "teilhabe");
    CHECK(both->short_title == "Teilhabe {kurz}");
    CHECK(both->problem.empty());
    auto only_short = read::heading_attributes("Titel {kurztitel=\"Kurz\"}");
    REQUIRE(only_short);
    CHECK(only_short->id.empty());
    CHECK(only_short->has_short_title);
    CHECK_FALSE(read::heading_attributes("Menge {a, b}"));
    CHECK_FALSE(read::heading_attributes("Titel"));
    auto unknown = read::heading_attributes("Titel {#x klasse=\"y\"}");
    REQUIRE(unknown);
    CHECK(unknown->problem.find("klasse") != std::string::npos);
}

TEST_CASE("a chapter title's kurztitel reaches the chapter", "[read][furniture]") {
    test::TemporaryFolder folder;
    auto file = folder.write("kapitel/01.md", "# Ein langer Titel {#lang kurztitel=\"Kurz\"}\n\n"
                                              "## Abschnitt {kurztitel=\"Nein\"}\n\nText.\n");
    model::Diagnostics diagnostics;
    auto source = read::read_markdown_chapter(file, "kapitel/01.md", folder.path(), diagnostics);
    REQUIRE(source);
    CHECK(source->chapter.id == "lang");
    CHECK(source->chapter.short_title == "Kurz");
    CHECK(model::plain_text(source->chapter.title) == "Ein langer Titel");
    CHECK(has_warning(diagnostics, "kurztitel= gilt nur für den Kapiteltitel"));
    CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("a character the font lacks is a warning at its column and drawn from the fallback",
          "[layout][furniture][glyphs]") {
    model::Style style = test::test_style();
    style.fallback_fonts = {fallback_font};
    model::Diagnostics diagnostics;
    auto chapter = test::chapter("zeichen", "1", "Zeichen");
    model::Block block = test::paragraph("Erledigt ✓ und offen ☐, zweimal ✓.", 3);
    chapter.blocks.push_back(block);
    const auto result = lay_out_chapters({chapter}, style, diagnostics);
    int check_marks = 0;
    bool body_font_around = false;
    for (const auto& page : result.pages) {
        for (const auto& item : page.items) {
            const auto* run = std::get_if<layout::TextRun>(&item);
            if (run == nullptr) {
                continue;
            }
            for (const auto& glyph : run->glyphs) {
                CHECK(glyph.id != 0); // no .notdef box anywhere
            }
            if (run->text.find("✓") != std::string::npos) {
                CHECK(run->font_file == fallback_font);
                CHECK(run->text.find("Erledigt") == std::string::npos);
                ++check_marks;
            }
            body_font_around =
                body_font_around || (run->text.find("Erledigt") != std::string::npos &&
                                     run->font_file == test::font_path("NotoSerif-Regular.ttf"));
        }
    }
    CHECK(check_marks == 2);
    CHECK(body_font_around);
    // One warning per character and file, at the first one's column (1-based code points).
    int warnings = 0;
    for (const auto& diagnostic : diagnostics.all()) {
        if (diagnostic.message.find("kein Zeichen für „✓“") != std::string::npos) {
            ++warnings;
            CHECK(diagnostic.position.file == "kapitel/test.md");
            CHECK(diagnostic.position.line == 3);
            CHECK(diagnostic.position.column == 10);
            CHECK(diagnostic.message.find("DejaVuSans.ttf") != std::string::npos);
        }
    }
    CHECK(warnings == 1);
    CHECK(has_warning(diagnostics, "kein Zeichen für „☐“"));
}

TEST_CASE("every list level's bullet exists in the font or its fallback",
          "[layout][furniture][glyphs]") {
    for (const bool with_fallback : {true, false}) {
        model::Document document;
        document.style = test::test_style();
        if (with_fallback) {
            document.style.fallback_fonts = {fallback_font};
        }
        model::Diagnostics diagnostics;
        layout::LayoutContext context(document, diagnostics);
        const std::string file = context.font_file("text", false, false);
        for (std::size_t depth = 0; depth < 6; ++depth) {
            const std::string bullet = layout::list_bullet(depth, file, context);
            const layout::TextRun run = context.shaped_run(file, 10, {}, bullet, {});
            INFO("depth " << depth << " bullet " << bullet << " fallback " << with_fallback);
            REQUIRE_FALSE(run.glyphs.empty());
            for (const auto& glyph : run.glyphs) {
                CHECK(glyph.id != 0);
            }
            if (depth % 3 == 2 && with_fallback) {
                CHECK(bullet == "\u25E6"); // ◦ from DejaVu Sans
                CHECK(run.font_file == fallback_font);
            }
        }
    }
}

TEST_CASE("no .notdef glyph is drawn in the test publications", "[layout][furniture][glyphs]") {
    for (const std::string& name : test::property_test_publications()) {
        const test::LaidOutPublication& publication = test::laid_out_publication(name);
        REQUIRE_FALSE(publication.layout.pages.empty());
        int notdef = 0;
        std::string where;
        for (const auto& page : publication.layout.pages) {
            for (const auto& item : page.items) {
                const auto* run = std::get_if<layout::TextRun>(&item);
                if (run == nullptr) {
                    continue;
                }
                for (const auto& glyph : run->glyphs) {
                    if (glyph.id == 0) {
                        ++notdef;
                        where = "page " + std::to_string(page.number) + ": " + run->text;
                    }
                }
            }
        }
        INFO(name << " " << where);
        CHECK(notdef == 0);
    }
}

TEST_CASE("a character missing in code is reported at its line and drawn from the fallback",
          "[layout][furniture][glyphs]") {
    model::Style style = test::test_style();
    style.fallback_fonts = {fallback_font};
    model::Diagnostics diagnostics;
    auto chapter = test::chapter("code", "1", "Code");
    model::Block code;
    code.kind = model::BlockKind::CodeBlock;
    code.text = "status: offen\nstatus: ✓ fertig\n";
    code.position = {"kapitel/code.md", 5, 1}; // the fence ``` is on line 5
    chapter.blocks.push_back(code);
    const auto result = lay_out_chapters({chapter}, style, diagnostics);
    bool drawn_from_fallback = false;
    for (const auto& page : result.pages) {
        for (const auto& item : page.items) {
            const auto* run = std::get_if<layout::TextRun>(&item);
            if (run != nullptr && run->text == "✓") {
                drawn_from_fallback = run->font_file == fallback_font;
            }
            for (const auto& glyph : run != nullptr ? run->glyphs : std::vector<layout::Glyph>{}) {
                CHECK(glyph.id != 0);
            }
        }
    }
    CHECK(drawn_from_fallback);
    bool reported = false;
    for (const auto& diagnostic : diagnostics.all()) {
        if (diagnostic.message.find("„✓“") != std::string::npos) {
            reported = diagnostic.position.line == 7 && diagnostic.position.column == 9;
            INFO(diagnostic.position.line << ":" << diagnostic.position.column);
            CHECK(reported);
        }
    }
    CHECK(reported);
}
