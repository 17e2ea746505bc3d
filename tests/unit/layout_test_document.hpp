#pragma once

// Small documents built in code for the layout and PDF tests.

#include "model/document.hpp"

#include <string>

namespace stadtsatz::test {

inline std::string font_path(const std::string& name) {
    return std::string(STADTSATZ_SOURCE_DIR) + "/fonts/" + name;
}

// The standard style's essentials: A4, Noto Serif text, Noto Sans headings, an accent colour.
inline model::Style test_style() {
    model::Style style;
    style.name = "Test";
    style.position = {"styles/test.xml", 1, 1};
    style.fonts["text"] = {font_path("NotoSerif-Regular.ttf"), font_path("NotoSerif-Italic.ttf"),
                           font_path("NotoSerif-Bold.ttf"), font_path("NotoSerif-BoldItalic.ttf")};
    style.fonts["auszeichnung"] = {font_path("NotoSans-Regular.ttf"),
                                   font_path("NotoSans-Italic.ttf"), font_path("NotoSans-Bold.ttf"),
                                   font_path("NotoSans-BoldItalic.ttf")};
    model::Colour text;
    text.cmyk = {0, 0, 0, 0.9};
    text.rgb = {0.1, 0.1, 0.1};
    model::Colour accent;
    accent.cmyk = {1, 0.45, 0, 0.4};
    accent.rgb = {0, 0.31, 0.55};
    style.colours["text"] = text;
    style.colours["akzent"] = accent;
    style.body = {"text", 10, 14, "text", false, false, 0, 6, {}};
    for (std::size_t level = 0; level < 6; ++level) {
        model::HeadingStyle heading;
        heading.family = "auszeichnung";
        heading.bold = true;
        heading.colour = "akzent";
        heading.size = level == 0 ? 24 : level == 1 ? 16 : 12;
        heading.leading = heading.size * 1.2;
        heading.space_before = level == 0 ? 0 : 14;
        heading.space_after = level == 0 ? 18 : 6;
        heading.new_page = level == 0;
        style.headings[level] = heading;
    }
    style.caption = {"auszeichnung", 8.5, 11.5, "text", false, false, 4, 10, {}};
    style.footnote = {"text", 8, 10.5, "text", false, false, 0, 2, {}};
    style.table = {"auszeichnung", 8.5, 11.5, "text", false, false, 0, 0, {}};
    style.code = {"auszeichnung", 9, 13, "text", false, false, 0, 6, {}};
    style.running_header = {"auszeichnung", 8, 10, "text", false, false, 0, 0, {}};
    return style;
}

inline model::Block paragraph(const std::string& text, int line = 1) {
    model::Block block;
    block.kind = model::BlockKind::Paragraph;
    block.inlines.push_back(model::make_text(text, {"kapitel/test.md", line, 1}));
    block.position = {"kapitel/test.md", line, 1};
    return block;
}

inline model::Block heading(int level, const std::string& number, const std::string& title,
                            const std::string& id) {
    model::Block block;
    block.kind = model::BlockKind::Heading;
    block.level = level;
    block.number = number;
    block.id = id;
    block.inlines.push_back(model::make_text(title));
    return block;
}

inline const char* lorem() {
    return "Die Stadt Neu-Ulm wächst, und mit ihr wächst die Vielfalt ihrer Bevölkerung. "
           "Menschen aus mehr als hundertvierzig Ländern leben, arbeiten und lernen hier; sie "
           "prägen das Zusammenleben in den Stadtteilen, in Vereinen, Schulen und Betrieben. "
           "Integration gelingt dort, wo Begegnung selbstverständlich ist und wo alle die "
           "gleichen Chancen auf Bildung, Arbeit, Wohnen und Teilhabe haben.";
}

inline model::Chapter chapter(const std::string& id, const std::string& number,
                              const std::string& title) {
    model::Chapter result;
    result.id = id;
    result.number = number;
    result.title = {model::make_text(title)};
    result.position = {"kapitel/" + id + ".md", 1, 1};
    return result;
}

// A document with front matter metadata and the given chapters; toc entries for each chapter
// and each level-2 heading.
inline void finish_document(model::Document& document) {
    document.metadata.title = "Integrationskonzept der Stadt Neu-Ulm";
    document.metadata.subtitle = "Vielfalt gemeinsam gestalten";
    document.metadata.publisher = "Stadt Neu-Ulm";
    document.metadata.author = "Stabsstelle Integration";
    document.metadata.date = "2026-11-24";
    document.metadata.subject = "Integrationskonzept für Neu-Ulm";
    document.metadata.keywords = {"Integration", "Teilhabe"};
    document.metadata.sample_notice = "Musterinhalt: alle Angaben sind erfunden.";
    document.metadata.imprint_lines = {"Herausgeberin: Stadt Neu-Ulm",
                                       "Augsburger Straße 15, 89231 Neu-Ulm"};
    document.edition_id = "standard";
    document.edition_title = "Standardausgabe";
    if (document.style.fonts.empty()) {
        document.style = test_style();
    }
    document.toc.clear();
    for (const auto& item : document.chapters) {
        document.toc.push_back({1, item.number, model::plain_text(item.title), item.id, item.id});
        document.chapter_of_anchor[item.id] = item.id;
        for (const auto& block : item.blocks) {
            if (block.kind == model::BlockKind::Heading && block.level == 2) {
                document.toc.push_back(
                    {2, block.number, model::plain_text(block.inlines), block.id, item.id});
                document.chapter_of_anchor[block.id] = item.id;
            }
        }
    }
}

// A document with every kind of block: footnote, inline styles, links, nested lists, quote,
// code, a 70-row table, a picture and a field of action with four measures.
inline void build_rich(model::Document& d) {
    using namespace model;
    d.style = test_style();
    auto c1 = chapter("vorwort", "", "Vorwort");
    c1.numbered = false;
    for (int i = 0; i < 3; ++i)
        c1.blocks.push_back(paragraph(lorem()));
    auto c2 = chapter("ausgangslage", "1", "Ausgangslage und Ziele der Integrationsarbeit");
    c2.blocks.push_back(heading(2, "1.1", "Bevölkerung", "bevoelkerung"));
    Block p = paragraph(lorem());
    Inline fn;
    fn.kind = InlineKind::FootnoteReference;
    fn.target = "a";
    fn.number = 1;
    p.inlines.push_back(fn);
    Inline strong;
    strong.kind = InlineKind::Strong;
    strong.children = {make_text(" fett gesetzter Text")};
    p.inlines.push_back(strong);
    Inline em;
    em.kind = InlineKind::Emphasis;
    em.children = {make_text(" und kursiver Text, ")};
    p.inlines.push_back(em);
    Inline code;
    code.kind = InlineKind::Code;
    code.text = "code_beispiel";
    p.inlines.push_back(code);
    Inline link;
    link.kind = InlineKind::Link;
    link.target = "#M-1.1.1";
    link.children = {make_text(" Maßnahme M-1.1.1")};
    p.inlines.push_back(link);
    Inline url;
    url.kind = InlineKind::Link;
    url.target =
        "https://www.neu-ulm.de/leben-in-neu-ulm/integration/integrationskonzept-2026-beteiligung";
    url.children = {make_text(" https://www.neu-ulm.de/leben-in-neu-ulm/integration/"
                              "integrationskonzept-2026-beteiligung")};
    p.inlines.push_back(url);
    p.inlines.push_back(make_text(" Ende des Absatzes mit „Anführungszeichen“ – und … € § ẞ."));
    c2.blocks.push_back(p);
    Footnote f;
    f.id = "a";
    f.number = 1;
    f.blocks.push_back(paragraph("Quelle: Melderegister der Stadt Neu-Ulm, Stand 31.12.2025."));
    d.footnotes["a"] = f;
    Block list;
    list.kind = BlockKind::List;
    for (int i = 0; i < 3; ++i) {
        Blocks item{paragraph("Listenpunkt mit etwas mehr Text, damit er umbricht und die "
                              "Einrückung sichtbar wird, Nummer " +
                              std::to_string(i + 1))};
        if (i == 1) {
            Block inner;
            inner.kind = BlockKind::List;
            inner.ordered = true;
            inner.items = {{paragraph("Unterpunkt eins")}, {paragraph("Unterpunkt zwei")}};
            item.push_back(inner);
        }
        list.items.push_back(item);
    }
    c2.blocks.push_back(list);
    Block quote;
    quote.kind = BlockKind::BlockQuote;
    quote.children = {paragraph(lorem()), paragraph("Zweiter Absatz im Zitat.")};
    c2.blocks.push_back(quote);
    Block cb;
    cb.kind = BlockKind::CodeBlock;
    cb.text = "<kapitel datei=\"kapitel/01.md\"/>\n  eingerückt\n";
    c2.blocks.push_back(cb);
    c2.blocks.push_back(heading(2, "1.2", "Zahlen und Daten", "zahlen"));
    Block table;
    table.kind = BlockKind::Table;
    table.table = std::make_shared<Table>();
    table.table->alignments = {Alignment::Left, Alignment::Right, Alignment::Right};
    table.table->header = {{{make_text("Stadtteil")}},
                           {{make_text("Einwohner")}},
                           {{make_text("Anteil ausländischer Staatsangehöriger")}}};
    for (int i = 0; i < 70; ++i)
        table.table->rows.push_back({{{make_text("Stadtteil Nummer " + std::to_string(i))}},
                                     {{make_text(std::to_string(1000 + i * 37))}},
                                     {{make_text(std::to_string(10 + i % 20) + " %")}}});
    c2.blocks.push_back(table);
    Block tb;
    tb.kind = BlockKind::ThematicBreak;
    c2.blocks.push_back(tb);
    Block img;
    img.kind = BlockKind::Image;
    img.image = std::make_shared<Image>();
    img.image->source = "bilder/prozess.png";
    img.image->resolved = std::string(STADTSATZ_SOURCE_DIR) + "/content/bilder/prozess.png";
    img.image->alt = "Prozess";
    img.image->caption = {make_text("Abbildung 1: Der Beteiligungsprozess in fünf Schritten")};
    c2.blocks.push_back(img);
    for (int i = 0; i < 4; ++i)
        c2.blocks.push_back(paragraph(lorem()));
    auto c3 = chapter("handlungsfelder", "2", "Handlungsfelder");
    c3.blocks.push_back(paragraph(lorem()));
    Block fa;
    fa.kind = BlockKind::FieldOfAction;
    fa.field_of_action = std::make_shared<FieldOfAction>();
    auto& f1 = *fa.field_of_action;
    f1.id = "hf-sprache";
    f1.number = 1;
    f1.title = "Sprache und Bildung";
    f1.guiding_goal = {
        make_text("Alle Neu-Ulmerinnen und Neu-Ulmer haben gleiche Chancen auf Bildung – von "
                  "der Kita bis zur Weiterbildung.")};
    f1.introduction = {{make_text(lorem())}};
    for (int g = 1; g <= 2; ++g) {
        Goal goal;
        goal.id = "Z-1." + std::to_string(g);
        goal.text = {
            make_text("Kinder mit Förderbedarf erhalten früh und verlässlich Sprachförderung.")};
        for (int m = 1; m <= 2; ++m) {
            Measure ms;
            ms.id = "M-1." + std::to_string(g) + "." + std::to_string(m);
            ms.title = "Sprachkitas ausbauen";
            ms.description = {{make_text(lorem())}};
            ms.lead_office = "Amt für Kindertagesstätten";
            ms.partners = {"Freie Träger", "Volkshochschule"};
            ms.start_year = 2026;
            ms.end_year = m == 1 ? 2028 : 0;
            ms.ongoing = m == 2;
            Indicator ind;
            ind.name = {make_text("Anteil der Kitas mit Sprachförderkraft")};
            ind.unit = "Prozent";
            ind.baseline = IndicatorValue{2025, Decimal{1250, 0, "1250"}, {}, {}};
            ind.target = IndicatorValue{2030, Decimal{12.5, 1, "12.5"}, {}, {}};
            ind.data_source = {make_text("Kita-Bedarfsplanung")};
            ms.indicators = {ind, ind};
            goal.measures.push_back(ms);
        }
        f1.goals.push_back(goal);
    }
    c3.blocks.push_back(fa);
    d.chapters = {c1, c2, c3};
    finish_document(d);
    d.toc.push_back(
        {2, "", "Handlungsfeld 1: Sprache und Bildung", "hf-sprache", "handlungsfelder"});
}

} // namespace stadtsatz::test
