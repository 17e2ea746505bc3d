#include "layout/layout.hpp"
#include "layout/margin_protrusion.hpp"
#include "layout/utf8.hpp"
#include "layout_test_document.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

std::vector<const layout::TextRun*> runs_of(const layout::Page& page) {
    std::vector<const layout::TextRun*> runs;
    for (const auto& item : page.items) {
        if (const auto* run = std::get_if<layout::TextRun>(&item)) {
            runs.push_back(run);
        }
    }
    return runs;
}

// The text of a run up to its first space or no-break space: the words of a line in one
// format form one run.
std::string first_word(const layout::TextRun& run) {
    const std::size_t space = run.text.find(' ');
    const std::size_t no_break = run.text.find("\u00A0");
    return run.text.substr(0, std::min(space, no_break));
}

// The run that starts with the word `text`.
const layout::TextRun* find_run(const layout::Page& page, const std::string& text) {
    for (const auto* run : runs_of(page)) {
        if (first_word(*run) == text) {
            return run;
        }
    }
    return nullptr;
}

// The run whose whole text is `text`.
const layout::TextRun* find_exact_run(const layout::Page& page, const std::string& text) {
    for (const auto* run : runs_of(page)) {
        if (run->text == text) {
            return run;
        }
    }
    return nullptr;
}

// The rich test document, laid out once for all tests of this file.
struct LaidOut {
    model::Document document;
    model::Diagnostics diagnostics;
    layout::LaidOutDocument result;
    LaidOut() {
        test::build_rich(document);
        result = layout::lay_out(document, diagnostics);
    }
};

const LaidOut& laid_out() {
    static const LaidOut instance;
    return instance;
}

} // namespace

TEST_CASE("pages come in order: title, imprint, contents, chapters", "[layout][pages]") {
    const auto& pages = laid_out().result.pages;
    REQUIRE(pages.size() > 6);
    CHECK(pages[0].role == layout::PageRole::Title);
    CHECK(pages[1].role == layout::PageRole::Imprint);
    CHECK(pages[2].role == layout::PageRole::Contents);
    CHECK(pages[3].role == layout::PageRole::ChapterOpening);
    for (std::size_t index = 0; index < pages.size(); ++index) {
        CHECK(pages[index].number == static_cast<int>(index) + 1);
    }
    CHECK(find_run(pages[0], "MUSTERINHALT") != nullptr);
    CHECK(find_run(pages[0], "24.") != nullptr); // the date in German form
    CHECK(find_run(pages[0], "1") == nullptr);   // no page number on the title page
    CHECK(find_run(pages[1], "Impressum") != nullptr);
    CHECK_FALSE(laid_out().diagnostics.has_errors());
}

TEST_CASE("contents page numbers equal the pages where chapters start", "[layout][toc]") {
    const auto& result = laid_out().result;
    const auto& document = laid_out().document;
    const layout::Page& contents = result.pages[2];
    for (const auto& chapter : document.chapters) {
        const auto anchor = result.anchors.find(chapter.id);
        REQUIRE(anchor != result.anchors.end());
        const layout::Page& start = result.pages[anchor->second.page_index];
        CHECK(start.role == layout::PageRole::ChapterOpening);
        const std::string number = std::to_string(start.number);
        bool listed = false;
        bool linked = false;
        for (const auto* run : runs_of(contents)) {
            listed = listed || (run->text == number && run->x > 300);
        }
        for (const auto& link : contents.links) {
            linked = linked || link.target == "#" + chapter.id;
        }
        CHECK(listed);
        CHECK(linked);
    }
}

TEST_CASE("nested lists indent further than their parents", "[layout][lists]") {
    const auto& pages = laid_out().result.pages;
    const layout::TextRun* outer = nullptr;
    const layout::TextRun* inner = nullptr;
    for (const auto& page : pages) {
        for (const auto* run : runs_of(page)) {
            if (first_word(*run) == "Listenpunkt" && outer == nullptr) {
                outer = run;
            }
            if (first_word(*run) == "Unterpunkt" && inner == nullptr) {
                inner = run;
            }
        }
    }
    REQUIRE(outer != nullptr);
    REQUIRE(inner != nullptr);
    CHECK(inner->x > outer->x + 5);
}

TEST_CASE("a table across pages repeats its header row", "[layout][table]") {
    const auto& pages = laid_out().result.pages;
    int pages_with_rows = 0;
    for (const auto& page : pages) {
        const layout::TextRun* header = find_run(page, "Einwohner");
        bool has_rows = false;
        double first_row = 1e9;
        for (const auto* run : runs_of(page)) {
            const bool table_row = run->source.block != nullptr &&
                                   run->source.block->kind == model::BlockKind::Table &&
                                   run->text.find("Nummer") != std::string::npos;
            if (table_row) {
                has_rows = true;
                first_row = std::min(first_row, run->baseline);
            }
        }
        if (!has_rows) {
            continue;
        }
        ++pages_with_rows;
        REQUIRE(header != nullptr);
        CHECK(header->baseline < first_row); // the header stands above the rows
    }
    CHECK(pages_with_rows >= 2);
}

TEST_CASE("a footnote lands on the page of its reference", "[layout][footnotes]") {
    const auto& pages = laid_out().result.pages;
    bool found = false;
    for (const auto& page : pages) {
        const layout::TextRun* reference = nullptr;
        for (const auto* run : runs_of(page)) {
            if (first_word(*run) == "1" && run->size < 8 && run->source.inline_node != nullptr &&
                run->source.inline_node->kind == model::InlineKind::FootnoteReference) {
                reference = run;
            }
        }
        if (reference == nullptr) {
            continue;
        }
        found = true;
        const layout::TextRun* note = find_run(page, "Quelle:");
        REQUIRE(note != nullptr);
        CHECK(note->baseline > reference->baseline);
        CHECK(note->size < 9);
    }
    CHECK(found);
}

TEST_CASE("measure ids are text and link targets", "[layout][measures]") {
    const auto& result = laid_out().result;
    for (const std::string id : {"M-1.1.1", "M-1.1.2", "M-1.2.1", "M-1.2.2", "Z-1.1"}) {
        const auto anchor = result.anchors.find(id);
        REQUIRE(anchor != result.anchors.end());
        REQUIRE(anchor->second.page_index < result.pages.size()); // a failure, not a crash
        const auto& page = result.pages[anchor->second.page_index];
        bool shown = false;
        for (const auto* run : runs_of(page)) {
            shown = shown || run->text.find(id) != std::string::npos;
        }
        CHECK(shown);
    }
    CHECK(result.anchors.count("hf-sprache") == 1);
    // The indicator values are German numbers.
    bool german = false;
    for (const auto& page : result.pages) {
        german = german || find_run(page, "1.250 (2025)") != nullptr ||
                 find_run(page, "1.250") != nullptr;
    }
    CHECK(german);
}

TEST_CASE("no text runs past the margins and every body run has a source", "[layout][pages]") {
    const auto& result = laid_out().result;
    const auto& style = laid_out().document.style;
    const double text_width = style.page_width - style.margin_inner - style.margin_outer;
    for (const auto& page : result.pages) {
        if (page.role == layout::PageRole::Title) {
            continue;
        }
        const double left =
            layout::is_right_page(page.number) ? style.margin_inner : style.margin_outer;
        for (const auto* run : runs_of(page)) {
            // Punctuation, hyphens and quotes may hang into the margins by a share of their
            // width, which is less than an em.
            const std::u32string text = layout::decode_utf8(run->text);
            const std::u32string::size_type last = text.find_last_not_of(U' ');
            const double hang_right = last == std::u32string::npos
                                          ? 0
                                          : layout::right_protrusion_factor(text[last]) * run->size;
            const double hang_left =
                text.empty() ? 0 : layout::left_protrusion_factor(text.front()) * run->size;
            CHECK(run->x >= left - hang_left - 0.01);
            CHECK(run->x + run->width <= left + text_width + hang_right + 0.01);
            CHECK(run->baseline > 0);
            CHECK(run->baseline < style.page_height);
        }
    }
    const auto anchor = result.anchors.at("bevoelkerung");
    for (const auto* run : runs_of(result.pages[anchor.page_index])) {
        if (first_word(*run) == "Bevölkerung.") {
            CHECK(run->source.block != nullptr);
        }
    }
}

TEST_CASE("running headers show the chapter, not on opening pages", "[layout][pages]") {
    const auto& result = laid_out().result;
    for (const auto& page : result.pages) {
        const bool has_header =
            find_exact_run(page, "1  Ausgangslage und Ziele der Integrationsarbeit") != nullptr;
        if (page.role == layout::PageRole::ChapterOpening ||
            page.role == layout::PageRole::Contents) {
            CHECK_FALSE(has_header);
        }
    }
    const auto anchor = result.anchors.at("zahlen");
    bool any = false;
    for (std::size_t index = anchor.page_index; index < result.pages.size(); ++index) {
        any = any || find_exact_run(result.pages[index],
                                    "1  Ausgangslage und Ziele der Integrationsarbeit");
    }
    CHECK(any);
}

TEST_CASE("an unreadable image is an error at its position", "[layout][images]") {
    model::Document document;
    document.style = test::test_style();
    auto chapter = test::chapter("bilder", "1", "Bilder");
    model::Block image;
    image.kind = model::BlockKind::Image;
    image.position = {"kapitel/bilder.md", 4, 1};
    image.image = std::make_shared<model::Image>();
    image.image->source = "bilder/fehlt.png";
    image.image->resolved = "/nonexistent/fehlt.png";
    chapter.blocks.push_back(image);
    document.chapters.push_back(chapter);
    test::finish_document(document);
    model::Diagnostics diagnostics;
    const auto result = layout::lay_out(document, diagnostics);
    REQUIRE(diagnostics.has_errors());
    CHECK(diagnostics.all()[0].position.line == 4);
    CHECK(result.pages.size() >= 4);
}
