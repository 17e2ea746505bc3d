#include "read/markdown_conversion.hpp"
#include "read/markdown_reader.hpp"
#include "read_test_files.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

// Reads `text` as chapter "kapitel/07-test.md" of a content folder holding bilder/bild.png.
std::optional<read::ChapterSource> read_text(const std::string& text,
                                             model::Diagnostics& diagnostics) {
    test::TemporaryFolder folder;
    folder.write("bilder/bild.png", "not really a PNG, but the reader only checks existence");
    auto file = folder.write("kapitel/07-test.md", text);
    return read::read_markdown_chapter(file, "kapitel/07-test.md", folder.path(), diagnostics);
}

const std::string name = "kapitel/07-test.md";

// Whether some warning sits at file:line:column and its message contains `fragment`.
bool has_warning_at(const model::Diagnostics& diagnostics, const std::string& file, int line,
                    int column, const std::string& fragment) {
    for (const auto& diagnostic : diagnostics.all()) {
        if (diagnostic.severity == model::Severity::Warning && diagnostic.position.file == file &&
            diagnostic.position.line == line && diagnostic.position.column == column &&
            diagnostic.message.find(fragment) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("markdown reader maps a chapter to blocks and inlines") {
    model::Diagnostics diagnostics;
    auto source =
        read::read_markdown_chapter(test::fixtures_dir() + "/kapitel/01-eins.md",
                                    "kapitel/01-eins.md", test::fixtures_dir(), diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(source);
    CHECK(diagnostics.all().empty());
    const model::Chapter& chapter = source->chapter;
    CHECK(chapter.id == "ausgangslage-in-neu-ulm");
    CHECK(model::plain_text(chapter.title) == "Ausgangslage in Neu-Ulm");
    CHECK(chapter.position.file == "kapitel/01-eins.md");
    CHECK(chapter.position.line == 1);
    CHECK(chapter.position.column == 1);
    REQUIRE(chapter.blocks.size() == 7);

    const model::Block& paragraph = chapter.blocks[0];
    REQUIRE(paragraph.kind == model::BlockKind::Paragraph);
    CHECK(paragraph.position.line == 3);
    std::vector<model::InlineKind> kinds;
    for (const auto& run : paragraph.inlines) {
        kinds.push_back(run.kind);
    }
    using K = model::InlineKind;
    REQUIRE(kinds.size() == 17);
    CHECK(kinds == std::vector<K>{K::Text, K::Emphasis, K::Text, K::Strong, K::Text,
                                  K::Strikethrough, K::Text, K::Code, K::Text, K::FootnoteReference,
                                  K::Text, K::SoftBreak, K::Text, K::Link, K::Text, K::Link,
                                  K::Text});
    CHECK(paragraph.inlines[0].text == "Text mit ");
    CHECK(paragraph.inlines[7].text == "code");
    CHECK(paragraph.inlines[9].target == "01-eins-quelle");
    CHECK(paragraph.inlines[9].position.line == 3);
    CHECK(paragraph.inlines[9].position.column == 68); // byte column 69: "ß" is one
    CHECK(paragraph.inlines[13].target == "02-zwei.md#ziele");
    CHECK(model::plain_text(paragraph.inlines[13].children) == "Link");
    CHECK(paragraph.inlines[15].target == "https://www.neu-ulm.de");

    const model::Block& heading = chapter.blocks[1];
    REQUIRE(heading.kind == model::BlockKind::Heading);
    CHECK(heading.level == 2);
    CHECK(heading.id == "ziele-fuer-2030");
    CHECK(heading.position.line == 6);

    const model::Block& figure = chapter.blocks[2];
    REQUIRE(figure.kind == model::BlockKind::Image);
    REQUIRE(figure.image);
    CHECK(figure.image->source == "bilder/bild.png");
    CHECK(figure.image->alt == "Ein Diagramm der Stadtteile");
    CHECK(model::plain_text(figure.image->caption) == "Stadtteile im Überblick");
    CHECK(figure.image->resolved ==
          (std::filesystem::path(test::fixtures_dir()) / "bilder/bild.png").lexically_normal());
    CHECK(figure.position.line == 8);
    CHECK(figure.position.column == 1);

    const model::Block& table = chapter.blocks[3];
    REQUIRE(table.kind == model::BlockKind::Table);
    REQUIRE(table.table);
    CHECK(table.table->alignments ==
          std::vector<model::Alignment>{model::Alignment::Left, model::Alignment::Right});
    REQUIRE(table.table->header.size() == 2);
    CHECK(model::plain_text(table.table->header[0].content) == "Stadtteil");
    REQUIRE(table.table->rows.size() == 2);
    CHECK(model::plain_text(table.table->rows[0][1].content) == "12,5 %");

    const model::Block& explicit_id = chapter.blocks[4];
    CHECK(explicit_id.id == "massnahmen");
    CHECK(model::plain_text(explicit_id.inlines) == "Maßnahmen");

    const model::Block& list = chapter.blocks[5];
    REQUIRE(list.kind == model::BlockKind::List);
    CHECK(list.ordered);
    CHECK(list.start == 1);
    REQUIRE(list.items.size() == 2);
    CHECK(model::plain_text(list.items[1][0].inlines) == "zweitens");

    const model::Block& quote = chapter.blocks[6];
    REQUIRE(quote.kind == model::BlockKind::BlockQuote);
    CHECK(model::plain_text(quote.children[0].inlines) == "Ein Zitat.");

    REQUIRE(source->footnotes.size() == 1);
    CHECK(source->footnotes[0].id == "01-eins-quelle");
    CHECK(source->footnotes[0].position.line == 22);
    CHECK(source->footnotes[0].position.column == 1);
    CHECK(model::plain_text(source->footnotes[0].blocks[0].inlines) ==
          "Statistisches Landesamt, 2025.");
}

TEST_CASE("markdown reader derives heading ids like the README says") {
    model::Diagnostics diagnostics;
    auto source = read_text("# Über Größe & Maß: Straße, Café\n\n"
                            "## Ziele für 2030 {#ziele}\n\n"
                            "### Schöne   Öffnung!!\n",
                            diagnostics);
    REQUIRE(source);
    CHECK(source->chapter.id == "ueber-groesse-mass-strasse-cafe");
    CHECK(source->chapter.blocks[0].id == "ziele");
    CHECK(model::plain_text(source->chapter.blocks[0].inlines) == "Ziele für 2030");
    CHECK(source->chapter.blocks[1].id == "schoene-oeffnung");
}

TEST_CASE("markdown reader normalises text to NFC and keeps link targets as written") {
    model::Diagnostics diagnostics;
    // "Grüße" with a combining diaeresis; a link to a heading id with an umlaut.
    auto source = read_text("# Titel\n\nGru\xCC\x88\xC3\x9F"
                            "e [oben](#maßnahmen)\n",
                            diagnostics);
    REQUIRE(source);
    const auto& inlines = source->chapter.blocks.at(0).inlines;
    REQUIRE(inlines.size() == 2);
    CHECK(inlines[0].text == "Grüße ");
    CHECK(inlines[1].target == "#maßnahmen");
}

TEST_CASE("markdown reader makes footnote ids unique per chapter") {
    model::Diagnostics diagnostics;
    auto source =
        read_text("# Titel\n\nA[^2] und B[^x].\n\n[^x]: Zweite.\n[^2]: Erste.\n", diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(source);
    REQUIRE(source->chapter.blocks.size() == 1);
    const auto& inlines = source->chapter.blocks[0].inlines;
    REQUIRE(inlines.size() == 5);
    CHECK(inlines[1].kind == model::InlineKind::FootnoteReference);
    CHECK(inlines[1].target == "07-test-2");
    CHECK(inlines[3].target == "07-test-x");
    REQUIRE(source->footnotes.size() == 2);
    for (const auto& footnote : source->footnotes) {
        if (footnote.id == "07-test-2") {
            CHECK(model::plain_text(footnote.blocks[0].inlines) == "Erste.");
            CHECK(footnote.position.line == 6);
        } else {
            CHECK(footnote.id == "07-test-x");
            CHECK(model::plain_text(footnote.blocks[0].inlines) == "Zweite.");
            CHECK(footnote.position.line == 5);
        }
    }
}

TEST_CASE("markdown reader requires exactly one level-1 heading at the start") {
    model::Diagnostics late;
    read_text("Erst Text.\n\n# Titel\n", late);
    INFO(test::describe(late));
    CHECK(test::has_error_at(late, name, 1, 1, "beginnt mit einer Überschrift der Ebene 1"));

    model::Diagnostics second;
    read_text("# Eins\n\nText.\n\n# Zwei\n", second);
    INFO(test::describe(second));
    CHECK(test::has_error_at(second, name, 5, 1, "zweite Überschrift der Ebene 1"));

    model::Diagnostics empty;
    CHECK_FALSE(read_text("", empty));
    CHECK(test::has_error_at(empty, name, 1, 1, "das Kapitel ist leer"));
}

TEST_CASE("markdown reader checks images") {
    model::Diagnostics missing;
    read_text("# Titel\n\nVorher.\n\n  ![Plan](bilder/fehlt.png)\n", missing);
    INFO(test::describe(missing));
    CHECK(test::has_error_at(missing, name, 5, 3, "Bilddatei nicht gefunden: bilder/fehlt.png"));

    model::Diagnostics no_alt;
    read_text("# Titel\n\n![](bilder/bild.png)\n", no_alt);
    INFO(test::describe(no_alt));
    CHECK(test::has_error_at(no_alt, name, 3, 1, "Bild ohne Alternativtext"));

    model::Diagnostics format;
    read_text("# Titel\n\n![Plan](bilder/plan.gif)\n", format);
    CHECK(test::has_error_at(format, name, 3, 1, "Bildformat nicht unterstützt"));

    model::Diagnostics in_cell;
    read_text("# Titel\n\n| a |\n|---|\n| ![Plan](bilder/bild.png) |\n", in_cell);
    INFO(test::describe(in_cell));
    CHECK(test::has_error_at(in_cell, name, 5, 3, "ein Bild steht in einem Absatz"));
}

TEST_CASE("markdown reader sets an image inside a paragraph as a figure after it", "[read]") {
    model::Diagnostics diagnostics;
    auto source = read_text(
        "# Titel\n\nÄrger ![Plan](bilder/bild.png) im Text, [![Karte](bilder/bild.png)](x.md).\n",
        diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(source);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(has_warning_at(diagnostics, name, 3, 7, "als eigene Abbildung nach dem Absatz"));
    const model::Blocks& blocks = source->chapter.blocks;
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].kind == model::BlockKind::Paragraph);
    // Inside a link the alternative text stays as the link's text.
    CHECK(model::plain_text(blocks[0].inlines) == "Ärger  im Text, Karte.");
    REQUIRE(blocks[1].kind == model::BlockKind::Image);
    CHECK(blocks[1].image->alt == "Plan");
    CHECK(blocks[1].position.line == 3);
    CHECK(blocks[1].position.column == 7);
    REQUIRE(blocks[2].kind == model::BlockKind::Image);
    CHECK(blocks[2].image->alt == "Karte");

    model::Diagnostics only_images;
    auto figures =
        read_text("# Titel\n\n![A](bilder/bild.png) ![B](bilder/bild.png)\n", only_images);
    REQUIRE(figures);
    REQUIRE(figures->chapter.blocks.size() == 2);
    CHECK(figures->chapter.blocks[0].kind == model::BlockKind::Image);
    CHECK(figures->chapter.blocks[1].kind == model::BlockKind::Image);
}

TEST_CASE("markdown reader keeps whether a list is tight", "[read][gfm]") {
    model::Diagnostics diagnostics;
    auto source = read_text("# Titel\n\n- a\n- b\n  - c\n\nText\n\n- d\n\n- e\n", diagnostics);
    REQUIRE(source);
    const model::Blocks& blocks = source->chapter.blocks;
    REQUIRE(blocks.size() == 3);
    REQUIRE(blocks[0].kind == model::BlockKind::List);
    CHECK(blocks[0].tight);
    REQUIRE(blocks[0].items.size() == 2);
    REQUIRE(blocks[0].items[1].size() == 2);
    CHECK(blocks[0].items[1][1].tight); // the nested list
    REQUIRE(blocks[2].kind == model::BlockKind::List);
    CHECK_FALSE(blocks[2].tight);
    CHECK(blocks[0].tasks.empty());
}

TEST_CASE("markdown reader reads task list items", "[read][gfm]") {
    model::Diagnostics diagnostics;
    auto source = read_text("# Titel\n\n- normal\n- [ ] offen\n- [x] erledigt\n", diagnostics);
    REQUIRE(source);
    const model::Block& list = source->chapter.blocks.at(0);
    REQUIRE(list.kind == model::BlockKind::List);
    using T = model::TaskState;
    CHECK(list.tasks == std::vector<T>{T::None, T::Open, T::Done});
    CHECK(model::plain_text(list.items[1].at(0).inlines) == "offen");
    CHECK(model::plain_text(list.items[2].at(0).inlines) == "erledigt");
}

TEST_CASE("markdown reader keeps the info string of fenced code", "[read][gfm]") {
    model::Diagnostics diagnostics;
    auto source = read_text("# Titel\n\n```json title=a\n{}\n```\n\n    eingerückt\n", diagnostics);
    REQUIRE(source);
    REQUIRE(source->chapter.blocks.size() == 2);
    CHECK(source->chapter.blocks[0].info == "json title=a");
    CHECK(source->chapter.blocks[0].text == "{}");
    CHECK(source->chapter.blocks[1].info.empty());
}

TEST_CASE("markdown reader accepts an empty heading with a warning", "[read][gfm]") {
    model::Diagnostics diagnostics;
    auto source = read_text("# Titel\n\n## \n\nText\n", diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(source);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(has_warning_at(diagnostics, name, 3, 1, "leere Überschrift"));
    const model::Block& heading = source->chapter.blocks.at(0);
    CHECK(heading.kind == model::BlockKind::Heading);
    CHECK(heading.inlines.empty());
    CHECK(heading.id.empty()); // resolve names it

    model::Diagnostics title;
    read_text("# \n\nText\n", title);
    CHECK(test::has_error_at(title, name, 1, 1, "der Kapiteltitel ist leer"));
}

TEST_CASE("markdown reader drops raw HTML with a warning") {
    model::Diagnostics diagnostics;
    auto source = read_text("# Titel\n\n<div>roh</div>\n\nGröße <b>fett</b>.\n", diagnostics);
    REQUIRE(source);
    CHECK_FALSE(diagnostics.has_errors());
    REQUIRE(diagnostics.all().size() == 3);
    CHECK(diagnostics.all()[0].position.line == 3);
    CHECK(diagnostics.all()[0].position.column == 1);
    CHECK(diagnostics.all()[1].position.line == 5);
    CHECK(diagnostics.all()[1].position.column == 7); // code points: "Größe " is 6
    REQUIRE(source->chapter.blocks.size() == 1);
    CHECK(model::plain_text(source->chapter.blocks[0].inlines) == "Größe fett.");
}

TEST_CASE("markdown reader reports text that is not UTF-8") {
    model::Diagnostics diagnostics;
    CHECK_FALSE(read_text("# Titel\n\nGr\xF6\xDF"
                          "e\n",
                          diagnostics));
    CHECK(test::has_error_at(diagnostics, name, 3, 3, "nicht in UTF-8"));
}

TEST_CASE("markdown reader takes a paragraph \"Tabelle: …\" before a table as its caption",
          "[read]") {
    model::Diagnostics diagnostics;
    auto source = read_text("# Titel\n\n"
                            "Tabelle:  Einwohner *nach* Stadtteilen[^q]\n\n"
                            "| Stadtteil | Anteil |\n"
                            "|---|--:|\n"
                            "| Pfuhl | 9 % |\n\n"
                            "Danach.\n\n"
                            "[^q]: Melderegister.\n",
                            diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(source);
    CHECK(diagnostics.all().empty());
    const auto& blocks = source->chapter.blocks;
    REQUIRE(blocks.size() == 2); // the caption paragraph is gone from the flow
    REQUIRE(blocks[0].kind == model::BlockKind::Table);
    CHECK(blocks[0].position.line == 5);
    const model::Inlines& caption = blocks[0].table->caption;
    CHECK(model::plain_text(caption) == "Einwohner nach Stadtteilen");
    REQUIRE(caption.size() == 4);
    CHECK(caption[0].kind == model::InlineKind::Text);
    CHECK(caption[0].text == "Einwohner ");
    CHECK(caption[0].position.line == 3);
    CHECK(caption[0].position.column == 11); // after "Tabelle:" and two spaces
    CHECK(caption[1].kind == model::InlineKind::Emphasis);
    CHECK(caption[1].position.line == 3);
    CHECK(caption[1].position.column == 21);
    CHECK(caption[3].kind == model::InlineKind::FootnoteReference);
    CHECK(caption[3].target == "07-test-q");
    CHECK(blocks[1].kind == model::BlockKind::Paragraph);
}

TEST_CASE("markdown reader reads a caption written right above the table's header", "[read]") {
    model::Diagnostics diagnostics;
    auto source = read_text("# Titel\n\n"
                            "Tabelle: Größe im Überblick\n"
                            "| A | B |\n"
                            "|---|---|\n"
                            "| 1 | 2 |\n",
                            diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(source);
    CHECK(diagnostics.all().empty());
    REQUIRE(source->chapter.blocks.size() == 1);
    const auto& table = source->chapter.blocks[0];
    REQUIRE(table.kind == model::BlockKind::Table);
    const model::Inlines& caption = table.table->caption;
    REQUIRE(caption.size() == 1);
    CHECK(caption[0].text == "Größe im Überblick"); // no space left from the line end
    // cmark-gfm gives this paragraph no position; the caption's line is still reported.
    CHECK(caption[0].position.line == 3);
    CHECK(caption[0].position.column == 10);
}

TEST_CASE("markdown reader keeps \"Tabelle:\" without a table as a paragraph, with a warning",
          "[read]") {
    model::Diagnostics alone;
    auto source = read_text("# Titel\n\nTabelle: ohne Tabelle\n\nText.\n", alone);
    REQUIRE(source);
    REQUIRE(source->chapter.blocks.size() == 2);
    CHECK(model::plain_text(source->chapter.blocks[0].inlines) == "Tabelle: ohne Tabelle");
    CHECK_FALSE(alone.has_errors());
    REQUIRE(alone.all().size() == 1);
    CHECK(alone.all()[0].severity == model::Severity::Warning);
    CHECK(alone.all()[0].position.line == 3);
    CHECK(alone.all()[0].position.column == 1);
    CHECK(alone.all()[0].message.find("nicht direkt vor einer Tabelle") != std::string::npos);

    model::Diagnostics after;
    auto below = read_text("# Titel\n\n| A |\n|---|\n| 1 |\n\nTabelle: darunter\n", after);
    REQUIRE(below);
    REQUIRE(below->chapter.blocks.size() == 2);
    CHECK(below->chapter.blocks[0].table->caption.empty());
    REQUIRE(after.all().size() == 1);
    CHECK(after.all()[0].position.line == 7);

    model::Diagnostics plain;
    auto mention = read_text("# Titel\n\nDie Tabelle: unten.\n\n| A |\n|---|\n| 1 |\n", plain);
    REQUIRE(mention);
    CHECK(plain.all().empty());
    REQUIRE(mention->chapter.blocks.size() == 2);
    CHECK(mention->chapter.blocks[1].table->caption.empty());
}

TEST_CASE("markdown reader takes only the caption right before a table", "[read]") {
    model::Diagnostics diagnostics;
    auto source = read_text("# Titel\n\nTabelle: Erste\n\nTabelle: Zweite\n\n| A |\n|---|\n| 1 |\n",
                            diagnostics);
    REQUIRE(source);
    const auto& blocks = source->chapter.blocks;
    REQUIRE(blocks.size() == 2);
    CHECK(model::plain_text(blocks[0].inlines) == "Tabelle: Erste");
    CHECK(model::plain_text(blocks[1].table->caption) == "Zweite");
    CHECK_FALSE(diagnostics.has_errors());
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].position.line == 3);
    CHECK(diagnostics.all()[0].message.find("zweite Beschriftung") != std::string::npos);

    model::Diagnostics empty;
    auto bare = read_text("# Titel\n\nTabelle:\n\n| A |\n|---|\n| 1 |\n", empty);
    REQUIRE(bare);
    REQUIRE(bare->chapter.blocks.size() == 1);
    CHECK(bare->chapter.blocks[0].table->caption.empty());
    REQUIRE(empty.all().size() == 1);
    CHECK(empty.all()[0].severity == model::Severity::Warning);
    CHECK(empty.all()[0].position.line == 3);
    CHECK(empty.all()[0].message.find("ohne Text") != std::string::npos);
}

namespace {

std::string repeated(const std::string& piece, int count) {
    std::string text;
    for (int index = 0; index < count; ++index) {
        text += piece;
    }
    return text;
}

// How many block levels (lists and quotes) the first block of `blocks` opens, innermost first.
int block_depth(const model::Blocks& blocks) {
    if (blocks.empty()) {
        return 0;
    }
    const model::Block& block = blocks.front();
    if (block.kind == model::BlockKind::BlockQuote) {
        return 1 + block_depth(block.children);
    }
    if (block.kind == model::BlockKind::List && !block.items.empty()) {
        return 1 + block_depth(block.items.front());
    }
    return 0;
}

int inline_depth(const model::Inlines& inlines) {
    int deepest = 0;
    for (const auto& run : inlines) {
        if (!run.children.empty()) {
            deepest = std::max(deepest, 1 + inline_depth(run.children));
        }
    }
    return deepest;
}

int error_count(const model::Diagnostics& diagnostics) {
    return static_cast<int>(std::count_if(
        diagnostics.all().begin(), diagnostics.all().end(),
        [](const model::Diagnostic& each) { return each.severity == model::Severity::Error; }));
}

} // namespace

TEST_CASE("markdown reader limits the nesting of lists and quotes", "[read][pathological]") {
    const int limit = read::deepest_block_nesting;
    struct Form {
        std::string marker; // one level, written on one line: "> > > Text"
        int width;          // bytes per level
    };
    for (const Form& form : {Form{"> ", 2}, Form{"- ", 2}, Form{"1. ", 3}}) {
        INFO("marker \"" << form.marker << "\"");
        model::Diagnostics deepest;
        auto source = read_text("# Titel\n\n" + repeated(form.marker, limit) + "Text\n", deepest);
        INFO(test::describe(deepest));
        REQUIRE(source);
        CHECK_FALSE(deepest.has_errors());
        CHECK(block_depth(source->chapter.blocks) == limit);

        model::Diagnostics deeper;
        source = read_text("# Titel\n\n" + repeated(form.marker, limit + 1) + "Text\n", deeper);
        INFO(test::describe(deeper));
        CHECK(test::has_error_at(deeper, name, 3, limit * form.width + 1,
                                 "zu tief verschachtelt: mehr als " + std::to_string(limit) +
                                     " Ebenen aus Listen und Zitaten"));
        CHECK(error_count(deeper) == 1);

        // Far deeper than any stack allows when every stage recurses: one error, no crash.
        model::Diagnostics far;
        read_text("# Titel\n\n" + repeated(form.marker, 20000) + "Text\n\nDanach.\n", far);
        CHECK(error_count(far) == 1);
    }
    // Levels count across kinds: quotes in lists in quotes.
    model::Diagnostics mixed;
    read_text("# Titel\n\n" + repeated("> - ", limit / 2) + "> Text\n", mixed);
    CHECK(error_count(mixed) == 1);
}

TEST_CASE("markdown reader limits the nesting of emphasis and links", "[read][pathological]") {
    const int limit = read::deepest_inline_nesting;
    // *a **a *a … a* a** a*: every opener is closed in reverse order.
    const auto nested = [](int levels) {
        std::string opening;
        std::string closing;
        for (int level = 0; level < levels; ++level) {
            const std::string delimiter = level % 2 == 0 ? "*" : "**";
            opening += delimiter + "a ";
            closing = "a" + delimiter + (closing.empty() ? "" : " ") + closing;
        }
        return "# Titel\n\n" + opening + closing + "\n";
    };
    model::Diagnostics deepest;
    auto source = read_text(nested(limit), deepest);
    INFO(test::describe(deepest));
    REQUIRE(source);
    CHECK_FALSE(deepest.has_errors());
    CHECK(inline_depth(source->chapter.blocks.at(0).inlines) == limit);

    model::Diagnostics deeper;
    read_text(nested(limit + 1), deeper);
    INFO(test::describe(deeper));
    REQUIRE(error_count(deeper) == 1);
    CHECK(deeper.all().at(0).position.line == 3);
    CHECK(deeper.all().at(0).message == "zu tief verschachtelt: mehr als " + std::to_string(limit) +
                                            " Ebenen aus Hervorhebungen und Links ineinander");

    model::Diagnostics far;
    read_text(nested(30000), far);
    CHECK(error_count(far) == 1);
}

TEST_CASE("markdown reader joins thousands of text pieces into one run", "[read][pathological]") {
    // cmark-gfm makes a text node of every "[" and "](" that opens nothing.
    const std::string text = repeated("[a](b", 5000) + repeated("[a](<b", 5000);
    model::Diagnostics diagnostics;
    auto source = read_text("# Titel\n\n" + text + " ☺ Cafe\u0301\n", diagnostics);
    REQUIRE(source);
    REQUIRE(source->chapter.blocks.size() == 1);
    const model::Inlines& runs = source->chapter.blocks[0].inlines;
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].text == text + " ☺ Café"); // normalised to NFC as a whole
    CHECK(runs[0].position.line == 3);
    CHECK(runs[0].position.column == 1);
}
