#include "layout/layout.hpp"
#include "layout_test_document.hpp"
#include "pdf/font_programs.hpp"
#include "pdf/page_content.hpp"
#include "pdf/structure_tree.hpp"

#include <catch2/catch.hpp>
#include <functional>
#include <map>
#include <regex>

using namespace stadtsatz;

namespace {

// The rich test document (with a table caption) laid out and tagged the way the screen PDF's
// page writer tags it: every text run and picture asks the tree for its element. The text
// each element receives is kept, so tests can say what went where.
struct Tagged {
    model::Document document;
    model::Diagnostics diagnostics;
    layout::LaidOutDocument pages;
    std::unique_ptr<pdf::StructureTree> tree;
    std::map<int, std::string> text_of;      // element -> text drawn into it
    std::vector<pdf::ItemTag> artifacts;     // tags of text drawn as artifacts
    std::vector<std::string> artifact_texts; // and their texts

    Tagged() {
        test::build_rich(document);
        for (auto& block : document.chapters[1].blocks) {
            if (block.kind == model::BlockKind::Table) {
                block.table->caption = {model::make_text("Einwohner nach Stadtteil")};
            }
        }
        pages = layout::lay_out(document, diagnostics);
        tree = std::make_unique<pdf::StructureTree>(document, pages);
        for (std::size_t page = 0; page < pages.pages.size(); ++page) {
            int mcid = 0;
            for (const auto& item : pages.pages[page].items) {
                if (const auto* run = std::get_if<layout::TextRun>(&item)) {
                    const pdf::ItemTag tag = tree->tag_text(run->source, page, run->baseline);
                    if (tag.artifact) {
                        artifacts.push_back(tag);
                        artifact_texts.push_back(run->text);
                        continue;
                    }
                    tree->add_marked_content(tag.element, page, mcid++);
                    text_of[tag.element] += run->text;
                } else if (const auto* picture = std::get_if<layout::Picture>(&item)) {
                    const pdf::ItemTag tag = tree->tag_picture(picture->source);
                    REQUIRE_FALSE(tag.artifact);
                    tree->add_marked_content(tag.element, page, mcid++);
                }
            }
            int annotation = 0;
            for (const auto& area : pages.pages[page].links) {
                tree->add_annotation(area.source, page, annotation++);
            }
        }
        tree->prune();
    }

    const pdf::StructureElement& element(int index) const {
        return tree->elements()[static_cast<std::size_t>(index)];
    }

    std::vector<int> children(int index) const {
        std::vector<int> result;
        for (const auto& kid : element(index).kids) {
            if (kid.kind == pdf::StructureKid::Kind::Element) {
                result.push_back(kid.element);
            }
        }
        return result;
    }

    // Elements of `type` reachable from the root, in reading order.
    std::vector<int> all(const std::string& type) const {
        std::vector<int> result;
        std::function<void(int)> walk = [&](int index) {
            if (element(index).type == type) {
                result.push_back(index);
            }
            for (const int child : children(index)) {
                walk(child);
            }
        };
        walk(0);
        return result;
    }

    // The text of an element and everything below it.
    std::string text(int index) const {
        std::string result;
        const auto found = text_of.find(index);
        for (const auto& kid : element(index).kids) {
            if (kid.kind == pdf::StructureKid::Kind::Element) {
                result += text(kid.element);
            }
        }
        return (found != text_of.end() ? found->second : "") + result;
    }

    // The first element of `type` whose text contains `needle`.
    int find(const std::string& type, const std::string& needle) const {
        for (const int index : all(type)) {
            if (text(index).find(needle) != std::string::npos) {
                return index;
            }
        }
        return -1;
    }

    // The last such element in reading order: the innermost one, for nested elements.
    int find_innermost(const std::string& type, const std::string& needle) const {
        int result = -1;
        for (const int index : all(type)) {
            if (text(index).find(needle) != std::string::npos) {
                result = index;
            }
        }
        return result;
    }

    std::vector<std::string> child_types(int index) const {
        std::vector<std::string> types;
        for (const int child : children(index)) {
            types.push_back(element(child).type);
        }
        return types;
    }
};

const Tagged& tagged() {
    static const Tagged instance;
    return instance;
}

using Types = std::vector<std::string>;

} // namespace

TEST_CASE("every drawn text belongs to an element; nothing is left unmatched", "[pdf][structure]") {
    const auto& t = tagged();
    CHECK(t.tree->unmatched() == 0);
    CHECK(t.element(0).type == "Document");
}

TEST_CASE("Document holds front matter, contents and one Sect per chapter, each led by its H1",
          "[pdf][structure]") {
    const auto& t = tagged();
    const auto sections = t.children(0);
    REQUIRE(sections.size() == 3 + t.document.chapters.size());
    for (const int section : sections) {
        CHECK(t.element(section).type == "Sect");
    }
    // The contents' heading "Inhalt", then one H1 per chapter, each leading its Sect.
    const auto headings = t.all("H1");
    REQUIRE(headings.size() == 1 + t.document.chapters.size());
    CHECK(t.text(headings[0]) == "Inhalt");
    CHECK(t.text(headings[1]) == "Vorwort");
    CHECK(t.text(headings[2]).find("1 Ausgangslage und Ziele") == 0);
    for (std::size_t chapter = 0; chapter < t.document.chapters.size(); ++chapter) {
        CHECK(t.children(sections[3 + chapter]).front() == headings[1 + chapter]);
    }
    // The title page's lines are paragraphs of the first Sect.
    CHECK(t.find("P", "Integrationskonzept der Stadt Neu-Ulm") >= 0);
    CHECK(t.text(t.children(sections[0]).front()).find("Stadt Neu-Ulm") == 0);
}

TEST_CASE("headings H2 to H6 carry their number and title", "[pdf][structure]") {
    const auto& t = tagged();
    CHECK(t.find("H2", "1.1 Bevölkerung") >= 0);
    CHECK(t.find("H2", "1.2 Zahlen und Daten") >= 0);
}

TEST_CASE("paragraphs are P, and a link inside one is a Link with its annotation",
          "[pdf][structure]") {
    const auto& t = tagged();
    const int paragraph = t.find("P", "fett gesetzter Text");
    REQUIRE(paragraph >= 0);
    CHECK(t.text(paragraph).find("kursiver Text") != std::string::npos);
    const int link = t.find("Link", "Maßnahme M-1.1.1");
    REQUIRE(link >= 0);
    CHECK(t.element(link).parent == paragraph);
    bool annotation = false;
    for (const auto& kid : t.element(link).kids) {
        annotation = annotation || kid.kind == pdf::StructureKid::Kind::Annotation;
    }
    CHECK(annotation);
    // Every link area of the layout got an OBJR in some Link element.
    std::size_t areas = 0;
    for (const auto& page : t.pages.pages) {
        areas += page.links.size();
    }
    std::size_t objects = 0;
    for (const int index : t.all("Link")) {
        for (const auto& kid : t.element(index).kids) {
            objects += kid.kind == pdf::StructureKid::Kind::Annotation ? 1 : 0;
        }
    }
    CHECK(objects == areas);
}

TEST_CASE("lists are L with LI, Lbl and LBody; a nested list sits in its item's LBody",
          "[pdf][structure]") {
    const auto& t = tagged();
    const int outer = t.find("L", "Nummer 1");
    REQUIRE(outer >= 0);
    for (const int item : t.children(outer)) {
        CHECK(t.element(item).type == "LI");
        CHECK(t.child_types(item) == Types{"Lbl", "LBody"});
        CHECK(t.text(t.children(item)[0]) == "\u2022");
    }
    const int inner = t.find_innermost("L", "Unterpunkt eins");
    REQUIRE(inner >= 0);
    CHECK(t.element(t.element(t.element(inner).parent).parent).type == "LI");
    CHECK(t.element(t.element(inner).parent).type == "LBody");
    CHECK(t.text(t.children(t.children(inner)[0])[0]) == "1.");
}

TEST_CASE("tables are Table with Caption, THead/TBody, TR, TH with a column scope and TD",
          "[pdf][structure]") {
    const auto& t = tagged();
    const int table = t.find("Table", "Stadtteil Nummer 0");
    REQUIRE(table >= 0);
    CHECK(t.child_types(table) == Types{"Caption", "THead", "TBody"});
    CHECK(t.text(t.children(table)[0]) == "Einwohner nach Stadtteil");
    const int header_row = t.children(t.children(table)[1])[0];
    const auto header_cells = t.children(header_row);
    REQUIRE(header_cells.size() == 3);
    for (const int cell : header_cells) {
        CHECK(t.element(cell).type == "TH");
        CHECK(t.element(cell).scope == "Column");
    }
    CHECK(t.text(header_cells[0]) == "Stadtteil");
    const auto rows = t.children(t.children(table)[2]);
    CHECK(rows.size() == 70); // one table, although it runs over several pages
    CHECK(t.child_types(rows[0]) == Types{"TD", "TD", "TD"});
    CHECK(t.text(t.children(rows[69])[0]) == "Stadtteil Nummer 69");
    // The header drawn again on continuation pages is an artifact, not a second header.
    int repeated = 0;
    for (std::size_t index = 0; index < t.artifacts.size(); ++index) {
        repeated += t.artifact_texts[index] == "Stadtteil" ? 1 : 0;
    }
    CHECK(repeated >= 1);
}

TEST_CASE("a picture is a Figure with its alternative text, its caption a Caption beside it",
          "[pdf][structure]") {
    const auto& t = tagged();
    auto figures = t.all("Figure");
    // The charts' Figures sit in a Div whose Caption comes first; the picture's caption follows.
    std::erase_if(figures, [&](int figure) {
        return t.child_types(t.element(figure).parent) != Types{"Figure", "Caption"};
    });
    REQUIRE(figures.size() == 1);
    CHECK(t.element(figures[0]).alternative == "Prozess");
    const int group = t.element(figures[0]).parent;
    CHECK(t.child_types(group) == Types{"Figure", "Caption"});
    CHECK(t.text(t.children(group)[1]).find("Abbildung 1") == 0);
}

TEST_CASE("a footnote is a Note with its ID, its number as Lbl, after the paragraph citing it",
          "[pdf][structure]") {
    const auto& t = tagged();
    const auto notes = t.all("Note");
    REQUIRE(notes.size() == 1);
    CHECK(t.element(notes[0]).note_id == "fn-a");
    CHECK(t.child_types(notes[0]) == Types{"Lbl", "P"});
    CHECK(t.text(notes[0]) == "1Quelle: Melderegister der Stadt Neu-Ulm, Stand 31.12.2025.");
    const int paragraph = t.find("P", "fett gesetzter Text");
    const auto siblings = t.children(t.element(paragraph).parent);
    const auto at = std::find(siblings.begin(), siblings.end(), paragraph);
    REQUIRE(at + 1 != siblings.end());
    CHECK(*(at + 1) == notes[0]);
}

TEST_CASE("block quotes and code blocks", "[pdf][structure]") {
    const auto& t = tagged();
    const int quote = t.find("BlockQuote", "Zweiter Absatz im Zitat.");
    REQUIRE(quote >= 0);
    CHECK(t.child_types(quote) == Types{"P", "P"});
    const int code = t.find("Code", "kapitel datei");
    REQUIRE(code >= 0);
    CHECK(t.element(t.element(code).parent).type == "P");
}

TEST_CASE("the contents are a TOC of TOCI with number and a Link to the heading",
          "[pdf][structure]") {
    const auto& t = tagged();
    const auto tocs = t.all("TOC");
    REQUIRE(tocs.size() == 1);
    const auto items = t.children(tocs[0]);
    CHECK(items.size() == t.document.toc.size());
    CHECK(t.child_types(items[0]) == Types{"Link"}); // Vorwort: unnumbered
    CHECK(t.child_types(items[1]) == Types{"Lbl", "Link"});
    CHECK(t.text(items[1]).find("1Ausgangslage und Ziele der Integrationsarbeit") == 0);
    CHECK(t.element(t.children(t.element(tocs[0]).parent).front()).type == "H1"); // "Inhalt"
}

TEST_CASE("a field of action is a Sect of goals and measure cards with facts and indicators",
          "[pdf][structure]") {
    const auto& t = tagged();
    const int heading = t.find("H2", "Handlungsfeld 1: Sprache und Bildung");
    REQUIRE(heading >= 0);
    const int field = t.element(heading).parent;
    CHECK(t.element(field).type == "Sect");
    const auto parts = t.child_types(field);
    REQUIRE(parts.size() >= 4);
    CHECK(parts[0] == "H2");
    CHECK(parts[1] == "Div"); // guiding goal: label and text
    CHECK(t.text(t.children(field)[1]).find("LEITZIEL") == 0);
    const int goal = t.find("H3", "Z-1.1");
    REQUIRE(goal >= 0);
    CHECK(t.text(goal).find("Kinder mit Förderbedarf") != std::string::npos);
    const int measure = t.find("H4", "M-1.1.1");
    REQUIRE(measure >= 0);
    const int card = t.element(measure).parent;
    CHECK(t.element(card).type == "Div");
    CHECK(t.element(card).parent == t.element(goal).parent);
    // One Div (Caption, Figure) per chart of a numeric indicator, after the indicator table.
    CHECK(t.child_types(card) == Types{"H4", "P", "L", "Table", "Div", "Div"});
    const int chart = t.children(card)[4];
    CHECK(t.child_types(chart) == Types{"Caption", "Figure"});
    CHECK_FALSE(t.element(t.children(chart)[1]).alternative.empty());
    const int facts = t.children(card)[2];
    const auto first_fact = t.children(t.children(facts)[0]);
    CHECK(t.text(first_fact[0]) == "Federführung");
    CHECK(t.text(first_fact[1]) == "Amt für Kindertagesstätten");
    const int indicators = t.children(card)[3];
    CHECK(t.text(t.children(t.children(t.children(indicators)[0])[0])[0]) == "Indikator");
}

TEST_CASE("page numbers and running heads are pagination artifacts", "[pdf][structure]") {
    const auto& t = tagged();
    int headers = 0;
    int footers = 0;
    for (const auto& tag : t.artifacts) {
        headers += std::string(tag.artifact_subtype) == "Header" ? 1 : 0;
        footers += std::string(tag.artifact_subtype) == "Footer" ? 1 : 0;
    }
    CHECK(headers > 0);
    CHECK(footers >= static_cast<int>(t.pages.pages.size()) - 2); // not on title and imprint
    for (const int index : t.all("P")) {
        CHECK_FALSE(std::regex_match(t.text(index), std::regex("[0-9]+"))); // no page number
    }
}

TEST_CASE("the page writer marks every drawn item: MCIDs of elements or artifacts",
          "[pdf][structure]") {
    model::Document document;
    test::build_rich(document);
    model::Diagnostics diagnostics;
    const auto pages = layout::lay_out(document, diagnostics);
    const auto fonts = pdf::prepare_fonts(pages, document.style, diagnostics);
    pdf::StructureTree tree(document, pages);
    pdf::ResourceNames names;
    names.font = [](const std::string&) { return std::string("F1"); };
    names.image = [](const std::string&) { return std::string("X1"); };
    pdf::PageGeometry geometry;
    geometry.trim_height = pages.page_height;
    for (std::size_t page = 0; page < pages.pages.size(); ++page) {
        std::vector<int> mcids;
        const std::string content =
            pdf::draw_page(pages.pages[page], page, geometry, fonts, names, &tree, mcids);
        // Every show-text and image operator is inside a marked-content sequence.
        int depth = 0;
        std::size_t shown = 0;
        std::size_t unmarked = 0;
        std::size_t begun = 0;
        for (std::size_t at = 0; at < content.size();) {
            const std::size_t end = content.find('\n', at);
            const std::string line = content.substr(at, end - at);
            at = end == std::string::npos ? content.size() : end + 1;
            if (line.size() >= 3 && line.compare(line.size() - 3, 3, "BDC") == 0) {
                ++depth;
                begun += line.find("/MCID ") != std::string::npos ? 1 : 0;
            } else if (line == "EMC") {
                --depth;
            } else if ((line.size() >= 2 && line.compare(line.size() - 2, 2, "TJ") == 0) ||
                       line.find(" Do") != std::string::npos) {
                ++shown;
                unmarked += depth == 0 ? 1 : 0;
            }
            REQUIRE(depth >= 0);
        }
        CHECK(depth == 0);
        CHECK(unmarked == 0);
        CHECK(begun == mcids.size()); // MCIDs are numbered densely from 0
        (void)shown;
    }
}
