#include "document_builders.hpp"
#include "html/html_writer.hpp"

#include <catch2/catch.hpp>
#include <regex>

using namespace stadtsatz;

namespace {

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++count;
    }
    return count;
}

model::Block html_field_of_action() {
    auto field = std::make_shared<model::FieldOfAction>();
    field->id = "hf-sprache";
    field->number = 1;
    field->title = "Sprache & Bildung";
    field->guiding_goal = {model::make_text("Alle lernen Deutsch.")};
    field->introduction = {{model::make_text("Einleitung.")}};
    model::Goal goal;
    goal.id = "Z-1.1";
    goal.text = {model::make_text("Kinder werden gefördert.")};
    model::Measure measure;
    measure.id = "M-1.1.1";
    measure.title = "Sprachkitas ausbauen";
    measure.description = {{model::make_text("Mehr Fachkräfte.")}};
    measure.lead_office = "Amt für Kindertagesstätten";
    measure.partners = {"Freie Träger", "Elternbeirat"};
    measure.start_year = 2026;
    measure.end_year = 2028;
    measure.priority = model::Priority::High;
    measure.status = model::MeasureStatus::InProgress;
    model::Indicator indicator;
    indicator.name = {model::make_text("Plätze")};
    indicator.unit = "Anzahl";
    indicator.baseline = model::IndicatorValue{2025, model::Decimal{1250, 0, "1250"}, {}, {}};
    indicator.target = model::IndicatorValue{2030, model::Decimal{12.5, 1, "12.5"}, {}, {}};
    indicator.data_source = {model::make_text("Kita-Statistik")};
    measure.indicators = {indicator};
    goal.measures = {measure};
    model::Measure ongoing = measure;
    ongoing.id = "M-1.1.2";
    ongoing.ongoing = true;
    ongoing.end_year = 0;
    goal.measures.push_back(ongoing);
    field->goals = {goal};
    return test::field_of_action_block(field);
}

// Two chapters; the second holds a field of action and links back to the first.
model::Document html_document() {
    model::Document document;
    document.metadata.title = "Integrationskonzept";
    document.metadata.subtitle = "Vielfalt gestalten";
    document.metadata.publisher = "Stadt Neu-Ulm";
    document.metadata.date = "2026-11-24";
    document.metadata.language = "de";
    document.metadata.sample_notice = "Musterinhalt: keine echten Daten";
    document.metadata.imprint_lines = {"Herausgeberin: Stadt Neu-Ulm"};
    document.edition_title = "Standardausgabe";

    auto first =
        test::chapter_of("ausgangslage", "Ausgangslage", "kapitel/01-ausgangslage.md", "1");
    first.blocks.push_back(test::heading_of(2, "Zahlen <&> Fakten", "zahlen", "1.1"));
    model::Inline footnote_call;
    footnote_call.kind = model::InlineKind::FootnoteReference;
    footnote_call.target = "quelle";
    footnote_call.number = 1;
    first.blocks.push_back(
        test::paragraph_of({model::make_text("Text"), footnote_call, test::link("#zahlen", "oben"),
                            test::link("#M-1.1.1", "Maßnahme"), test::link("#hf-sprache", "Feld"),
                            test::link("https://example.org/?a=1&b=2", "extern")}));
    model::Block table;
    table.kind = model::BlockKind::Table;
    table.table = std::make_shared<model::Table>();
    table.table->alignments = {model::Alignment::Left, model::Alignment::Right};
    table.table->header = {{{model::make_text("Jahr")}}, {{model::make_text("Anzahl")}}};
    table.table->rows = {{{{model::make_text("2025")}}, {{model::make_text("40")}}}};
    first.blocks.push_back(table);

    auto second = test::chapter_of("handeln", "Handeln", "kapitel/05-handeln.md", "2");
    second.blocks.push_back(test::paragraph_of({test::link("#ausgangslage", "Ausgangslage")}));
    second.blocks.push_back(html_field_of_action());

    document.chapters = {first, second};
    model::Footnote footnote;
    footnote.id = "quelle";
    footnote.number = 1;
    footnote.blocks = {test::paragraph_of({model::make_text("Statistik 2025")})};
    document.footnotes["quelle"] = footnote;
    document.chapter_of_anchor = {{"ausgangslage", "ausgangslage"},
                                  {"zahlen", "ausgangslage"},
                                  {"handeln", "handeln"},
                                  {"hf-sprache", "handeln"},
                                  {"Z-1.1", "handeln"},
                                  {"M-1.1.1", "handeln"},
                                  {"M-1.1.2", "handeln"}};
    document.toc = {{1, "1", "Ausgangslage", "ausgangslage", "ausgangslage"},
                    {2, "1.1", "Zahlen <&> Fakten", "zahlen", "ausgangslage"},
                    {1, "2", "Handeln", "handeln", "handeln"},
                    {2, "", "Handlungsfeld 1: Sprache & Bildung", "hf-sprache", "handeln"}};
    model::Colour accent;
    accent.rgb = {0.0, 80 / 255.0, 140 / 255.0};
    document.style.colours["akzent"] = accent;
    document.style.headings[0].colour = "akzent";
    return document;
}

const std::string& file_of(const html::Site& site, const std::string& path) {
    for (const auto& file : site.files) {
        if (file.path == path) {
            return file.content;
        }
    }
    FAIL("no file " << path);
    static const std::string none;
    return none;
}

} // namespace

TEST_CASE("html: the site has a start page, one page per chapter and field, and a stylesheet") {
    model::Diagnostics diagnostics;
    const auto site = html::render_site(html_document(), diagnostics);
    REQUIRE(site.files.size() == 5);
    CHECK_FALSE(diagnostics.has_errors());
    for (const std::string path :
         {"index.html", "ausgangslage.html", "handeln.html", "hf-sprache.html"}) {
        const auto& page = file_of(site, path);
        INFO(path);
        CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"de\">", 0) == 0);
        CHECK(count_of(page, "<h1") == 1);
        CHECK(count_of(page, "<main id=\"inhalt\">") == 1);
        CHECK(page.find("href=\"#inhalt\"") != std::string::npos);
        CHECK(page.find("Musterinhalt: keine echten Daten") != std::string::npos);
        CHECK(page.find("<link rel=\"stylesheet\" href=\"style.css\">") != std::string::npos);
        CHECK(page.find("<meta charset=\"utf-8\">") != std::string::npos);
    }
    CHECK(file_of(site, "ausgangslage.html")
              .find("<title>Ausgangslage – Integrationskonzept</title>") != std::string::npos);
    CHECK(file_of(site, "index.html").find("<title>Integrationskonzept</title>") !=
          std::string::npos);
}

TEST_CASE("html: the start page lists every chapter and level-2 heading, and the imprint") {
    model::Diagnostics diagnostics;
    const auto site = html::render_site(html_document(), diagnostics);
    const auto& index = file_of(site, "index.html");
    CHECK(index.find("<h1>Integrationskonzept</h1>") != std::string::npos);
    CHECK(index.find("href=\"ausgangslage.html\"") != std::string::npos);
    CHECK(index.find("href=\"ausgangslage.html#zahlen\"") != std::string::npos);
    CHECK(index.find("href=\"hf-sprache.html\"") != std::string::npos);
    CHECK(index.find("Zahlen &lt;&amp;&gt; Fakten") != std::string::npos);
    CHECK(index.find("id=\"impressum\"") != std::string::npos);
    CHECK(index.find("24. November 2026") != std::string::npos);
}

TEST_CASE("html: links are rewritten to the page that holds their target") {
    model::Diagnostics diagnostics;
    const auto site = html::render_site(html_document(), diagnostics);
    const auto& first = file_of(site, "ausgangslage.html");
    CHECK(first.find("<a href=\"#zahlen\">oben</a>") != std::string::npos);
    CHECK(first.find("<a href=\"hf-sprache.html#M-1.1.1\">Maßnahme</a>") != std::string::npos);
    CHECK(first.find("<a href=\"hf-sprache.html\">Feld</a>") != std::string::npos);
    CHECK(first.find("<a href=\"https://example.org/?a=1&amp;b=2\">extern</a>") !=
          std::string::npos);
    const auto& second = file_of(site, "handeln.html");
    CHECK(second.find("<a href=\"ausgangslage.html\">Ausgangslage</a>") != std::string::npos);
    // Previous/next navigation and the way back to the start page.
    CHECK(first.find("rel=\"next\">Weiter: 2 Handeln") != std::string::npos);
    CHECK(second.find("href=\"ausgangslage.html\" rel=\"prev\"") != std::string::npos);
    CHECK(second.find("<a href=\"index.html\">Inhaltsverzeichnis</a>") != std::string::npos);
}

TEST_CASE("html: an unknown internal link is reported and not written as a link") {
    auto document = html_document();
    document.chapters[0].blocks.push_back(test::paragraph_of({test::link("#fehlt", "kaputt")}));
    model::Diagnostics diagnostics;
    const auto site = html::render_site(document, diagnostics);
    CHECK(diagnostics.has_errors());
    CHECK(file_of(site, "ausgangslage.html").find("#fehlt") == std::string::npos);
}

TEST_CASE("html: text and attributes are escaped") {
    auto document = html_document();
    document.metadata.title = "A \"B\" & <C>";
    model::Diagnostics diagnostics;
    const auto site = html::render_site(document, diagnostics);
    const auto& index = file_of(site, "index.html");
    CHECK(index.find("<h1>A \"B\" &amp; &lt;C&gt;</h1>") != std::string::npos);
    CHECK(index.find("<C>") == std::string::npos);
    const auto& chapter = file_of(site, "ausgangslage.html");
    CHECK(chapter.find("<title>Ausgangslage – A \"B\" &amp; &lt;C&gt;</title>") !=
          std::string::npos);
}

TEST_CASE("html: footnotes are listed at the end of the page with back links") {
    model::Diagnostics diagnostics;
    const auto site = html::render_site(html_document(), diagnostics);
    const auto& page = file_of(site, "ausgangslage.html");
    const auto call = page.find("<a href=\"#fn-1\" id=\"fnref-1\"");
    const auto note = page.find("<li id=\"fn-1\" value=\"1\">");
    REQUIRE(call != std::string::npos);
    REQUIRE(note != std::string::npos);
    CHECK(call < note);
    CHECK(page.find("Statistik 2025 <a href=\"#fnref-1\"", note) != std::string::npos);
    CHECK(page.find("<h2>Fußnoten</h2>") != std::string::npos);
    CHECK(file_of(site, "handeln.html").find("Fußnoten") == std::string::npos);
}

TEST_CASE("html: tables have column header cells") {
    model::Diagnostics diagnostics;
    const auto site = html::render_site(html_document(), diagnostics);
    const auto& page = file_of(site, "ausgangslage.html");
    CHECK(page.find("<thead>\n<tr><th scope=\"col\">Jahr</th><th scope=\"col\" "
                    "class=\"align-right\">Anzahl</th></tr>\n</thead>") != std::string::npos);
    CHECK(page.find("<td class=\"align-right\">40</td>") != std::string::npos);
}

TEST_CASE("html: fields of action become pages with goals and measure cards") {
    model::Diagnostics diagnostics;
    const auto site = html::render_site(html_document(), diagnostics);
    CHECK(diagnostics.all().empty());
    const auto& page = file_of(site, "hf-sprache.html");
    CHECK(page.find("<h1 id=\"hf-sprache\">Handlungsfeld 1: Sprache &amp; Bildung</h1>") !=
          std::string::npos);
    CHECK(page.find("Leitziel") != std::string::npos);
    CHECK(page.find("<h2 id=\"Z-1.1\">") != std::string::npos);
    CHECK(page.find("<article class=\"measure priority-high\" id=\"M-1.1.1\">") !=
          std::string::npos);
    CHECK(page.find("<h3>M-1.1.1 – Sprachkitas ausbauen</h3>") != std::string::npos);
    CHECK(page.find("<dt>Federführung</dt><dd>Amt für Kindertagesstätten</dd>") !=
          std::string::npos);
    CHECK(page.find("<dt>Partner</dt><dd>Freie Träger, Elternbeirat</dd>") != std::string::npos);
    CHECK(page.find("<dt>Zeitraum</dt><dd>2026–2028</dd>") != std::string::npos);
    CHECK(page.find("<dt>Zeitraum</dt><dd>ab 2026, dauerhaft</dd>") != std::string::npos);
    CHECK(page.find("<dt>Status</dt><dd>in Umsetzung</dd>") != std::string::npos);
    CHECK(page.find("<th scope=\"col\">Indikator</th>") != std::string::npos);
    CHECK(page.find(">1.250 (2025)</td>") != std::string::npos);
    CHECK(page.find(">12,5 (2030)</td>") != std::string::npos);
}

TEST_CASE("html: a field's page has its title, breadcrumb, neighbours and links in place",
          "[html]") {
    auto document = html_document();
    // A second field after the first, then a third chapter: the reading order runs through
    // the fields between their chapter and the next one.
    auto second_field =
        std::make_shared<model::FieldOfAction>(*document.chapters[1].blocks[1].field_of_action);
    second_field->id = "hf-arbeit";
    second_field->number = 2;
    second_field->title = "Arbeit";
    second_field->goals.clear();
    document.chapters[1].blocks.push_back(test::field_of_action_block(second_field));
    document.chapters.push_back(
        test::chapter_of("ausblick", "Ausblick", "kapitel/07-ausblick.md", "3"));
    document.chapter_of_anchor["hf-arbeit"] = "handeln";
    document.chapter_of_anchor["ausblick"] = "ausblick";
    model::Diagnostics diagnostics;
    const auto site = html::render_site(document, diagnostics);
    CHECK(diagnostics.all().empty());
    const auto& first = file_of(site, "hf-sprache.html");
    CHECK(
        first.find("<title>Handlungsfeld 1: Sprache &amp; Bildung – Integrationskonzept</title>") !=
        std::string::npos);
    // Breadcrumb: start page, chapter, the field as the current page.
    CHECK(first.find("<li><a href=\"index.html\">Startseite</a></li>\n"
                     "<li><a href=\"handeln.html\">2 Handeln</a></li>\n"
                     "<li><a href=\"hf-sprache.html\" aria-current=\"page\">Handlungsfeld 1: "
                     "Sprache &amp; Bildung</a></li>") != std::string::npos);
    CHECK(first.find("<a href=\"handeln.html\" rel=\"prev\">") != std::string::npos);
    CHECK(first.find("<a href=\"hf-arbeit.html\" rel=\"next\">") != std::string::npos);
    CHECK(first.find("<a class=\"skip-link\" href=\"#inhalt\">") != std::string::npos);
    // Links between measures of one field stay on the page.
    CHECK(count_of(first, "id=\"M-1.1.1\"") == 1);
    const auto& last = file_of(site, "hf-arbeit.html");
    CHECK(last.find("<a href=\"hf-sprache.html\" rel=\"prev\">") != std::string::npos);
    CHECK(last.find("<a href=\"ausblick.html\" rel=\"next\">") != std::string::npos);
    CHECK(file_of(site, "ausblick.html").find("<a href=\"hf-arbeit.html\" rel=\"prev\">") !=
          std::string::npos);
    // The chapter keeps its text and lists its fields where they stood, with the guiding goal.
    const auto& chapter = file_of(site, "handeln.html");
    CHECK(chapter.find("<a href=\"ausgangslage.html\">Ausgangslage</a>") != std::string::npos);
    CHECK(chapter.find("id=\"M-1.1.1\"") == std::string::npos);
    CHECK(chapter.find("<nav class=\"field-pages\" aria-label=\"Handlungsfelder\">\n<ul>\n"
                       "<li><a href=\"hf-sprache.html\">Handlungsfeld 1: Sprache &amp; "
                       "Bildung</a>\n<dl>\n<dt>Leitziel</dt>\n<dd>Alle lernen "
                       "Deutsch.</dd>\n</dl>\n</li>\n<li><a href=\"hf-arbeit.html\">") !=
          std::string::npos);
    CHECK(chapter.find("<a href=\"hf-sprache.html\" rel=\"next\">") != std::string::npos);
    // Every page's footer lists the field pages under their chapter.
    CHECK(file_of(site, "index.html")
              .find("<a href=\"handeln.html\">2 Handeln</a>\n<ol>\n<li><a "
                    "href=\"hf-sprache.html\">") != std::string::npos);
    CHECK(first.find("<li><a href=\"hf-sprache.html\" aria-current=\"page\">Handlungsfeld 1") !=
          std::string::npos);
    CHECK(first.find("<a href=\"handeln.html\" aria-current") == std::string::npos);
}

TEST_CASE("html: headings never skip a level") {
    auto document = html_document();
    document.chapters[0].blocks.push_back(test::heading_of(4, "Tief", "tief"));
    model::Diagnostics diagnostics;
    const auto site = html::render_site(document, diagnostics);
    const auto& page = file_of(site, "ausgangslage.html");
    CHECK(page.find("<h3 id=\"tief\">Tief</h3>") != std::string::npos);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(diagnostics.all().size() == 1);
}

TEST_CASE("html: images become figures and are listed for copying") {
    auto document = html_document();
    model::Block picture;
    picture.kind = model::BlockKind::Image;
    picture.image = std::make_shared<model::Image>();
    picture.image->source = "bilder/prozess.png";
    picture.image->resolved = "/content/bilder/prozess.png";
    picture.image->alt = "Ablauf \"neu\"";
    picture.image->caption = {model::make_text("Der Prozess")};
    document.chapters[1].blocks.push_back(picture);
    model::Diagnostics diagnostics;
    const auto site = html::render_site(document, diagnostics);
    CHECK(file_of(site, "handeln.html")
              .find("<figure>\n<img src=\"bilder/prozess.png\" alt=\"Ablauf &quot;neu&quot;\"") !=
          std::string::npos);
    CHECK(file_of(site, "handeln.html").find("<figcaption>Der Prozess</figcaption>") !=
          std::string::npos);
    REQUIRE(site.images.size() == 1);
    CHECK(site.images[0].first == "/content/bilder/prozess.png");
    CHECK(site.images[0].second == "bilder/prozess.png");
}

TEST_CASE("html: the stylesheet carries the style's colours") {
    model::Diagnostics diagnostics;
    const auto site = html::render_site(html_document(), diagnostics);
    const auto& css = file_of(site, "style.css");
    CHECK(css.find("--farbe-akzent: #00508c;") != std::string::npos);
    CHECK(std::regex_search(css, std::regex("h1 \\{[^}]*color: #00508c;")));
    CHECK(css.find(":focus-visible") != std::string::npos);
    CHECK(css.find("@media print") != std::string::npos);
}

TEST_CASE("html: a table's caption becomes <caption>, escaped, with its markup", "[html]") {
    auto document = html_document();
    auto& table = *document.chapters[0].blocks[2].table;
    model::Inline emphasis;
    emphasis.kind = model::InlineKind::Emphasis;
    emphasis.children = {model::make_text("je Jahr")};
    table.caption = {model::make_text("Anzahl <&> \"Plätze\" "), emphasis,
                     test::footnote_call("quelle", 1)};
    model::Diagnostics diagnostics;
    const auto site = html::render_site(document, diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    const auto& page = file_of(site, "ausgangslage.html");
    const auto caption = page.find("<table>\n<caption>Anzahl &lt;&amp;&gt; \"Plätze\" "
                                   "<em>je Jahr</em><sup class=\"footnote-ref\">");
    REQUIRE(caption != std::string::npos);
    CHECK(page.find("</caption>\n<thead>", caption) != std::string::npos);
    // The scroll region is named after the caption, not after the column headings.
    CHECK(page.find("aria-label=\"Tabelle: Anzahl &lt;&amp;&gt; &quot;Plätze&quot; je "
                    "Jahr\">\n<table>") != std::string::npos);
    CHECK(page.find("Tabelle: Jahr, Anzahl") == std::string::npos);
    // The same footnote is called from the text and from the caption: two back links.
    CHECK(page.find("href=\"#fnref-1-2\"") != std::string::npos);
}

TEST_CASE("html: a table without caption has no <caption>", "[html]") {
    model::Diagnostics diagnostics;
    const auto site = html::render_site(html_document(), diagnostics);
    const auto& page = file_of(site, "ausgangslage.html");
    CHECK(page.find("<caption>") == std::string::npos);
    CHECK(page.find("aria-label=\"Tabelle: Jahr, Anzahl\"") != std::string::npos);
}

TEST_CASE("html: the stylesheet styles table captions like figure captions", "[html]") {
    auto document = html_document();
    document.style.caption.size = 8.5;
    document.style.caption.italic = true;
    model::Diagnostics diagnostics;
    const auto site = html::render_site(document, diagnostics);
    const auto& css = file_of(site, "style.css");
    std::smatch rule;
    REQUIRE(std::regex_search(css, rule, std::regex("\ncaption \\{([^}]*)\\}")));
    CHECK(rule[1].str().find("font-size: 0.875rem;") != std::string::npos); // 8.5pt of 10pt
    CHECK(rule[1].str().find("font-style: italic;") != std::string::npos);
    CHECK(rule[1].str().find("color: var(--muted-text);") != std::string::npos);
    CHECK(rule[1].str().find("text-align: left;") != std::string::npos);
    // The print rules are valid declarations (they once read "break - inside : avoid").
    CHECK(css.find("    break-inside: avoid;\n") != std::string::npos);
    CHECK(css.find(" : ") == std::string::npos);
}

namespace {

// A bullet list of one-paragraph items, tight or loose.
model::Block list_of(std::vector<std::string> texts, bool tight) {
    model::Block list;
    list.kind = model::BlockKind::List;
    list.tight = tight;
    for (auto& text : texts) {
        list.items.push_back({test::paragraph_of({model::make_text(std::move(text))})});
    }
    return list;
}

// The page of the first chapter after appending `block` to it.
std::string page_with(const model::Block& block) {
    auto document = html_document();
    document.chapters[0].blocks.push_back(block);
    model::Diagnostics diagnostics;
    const auto site = html::render_site(document, diagnostics);
    return file_of(site, "ausgangslage.html");
}

} // namespace

TEST_CASE("html: tight list items have no <p>, loose ones do", "[html][gfm]") {
    model::Block tight = list_of({"eins", "zwei"}, true);
    tight.items[1].push_back(list_of({"innen"}, true));
    CHECK(page_with(tight).find("<ul>\n<li>eins</li>\n<li>zwei\n<ul>\n<li>innen</li>\n</ul>\n"
                                "</li>\n</ul>") != std::string::npos);
    const std::string loose = page_with(list_of({"eins", "zwei"}, false));
    CHECK(loose.find("<ul>\n<li>\n<p>eins</p>\n</li>\n<li>\n<p>zwei</p>\n</li>\n</ul>") !=
          std::string::npos);
}

TEST_CASE("html: task list items get a named, disabled checkbox", "[html][gfm]") {
    model::Block list = list_of({"normal", "offen", "fertig"}, true);
    list.tasks = {model::TaskState::None, model::TaskState::Open, model::TaskState::Done};
    const std::string page = page_with(list);
    CHECK(page.find("<ul class=\"task-list\">\n<li>normal</li>\n"
                    "<li class=\"task\"><input type=\"checkbox\" disabled aria-label=\"offen\"> "
                    "offen</li>\n"
                    "<li class=\"task\"><input type=\"checkbox\" disabled checked "
                    "aria-label=\"erledigt\"> fertig</li>\n</ul>") != std::string::npos);
    list.tight = false;
    CHECK(page_with(list).find("<li class=\"task\">\n<p><input type=\"checkbox\" disabled "
                               "aria-label=\"offen\"> offen</p>\n</li>") != std::string::npos);
}

TEST_CASE("html: fenced code keeps its language as a class", "[html][gfm]") {
    model::Block code;
    code.kind = model::BlockKind::CodeBlock;
    code.text = "a < b";
    code.info = "c++\"x title=y";
    CHECK(page_with(code).find("<pre tabindex=\"0\"><code class=\"language-c++&quot;x\">a &lt; "
                               "b</code></pre>") != std::string::npos);
    code.info.clear();
    CHECK(page_with(code).find("<pre tabindex=\"0\"><code>a &lt; b</code></pre>") !=
          std::string::npos);
}

TEST_CASE("html: an empty heading is an anchor, not an empty <h2>", "[html][gfm]") {
    model::Block heading;
    heading.kind = model::BlockKind::Heading;
    heading.level = 2;
    heading.id = "abschnitt";
    const std::string page = page_with(heading);
    CHECK(page.find("<div id=\"abschnitt\"></div>") != std::string::npos);
    CHECK(page.find("<h2 id=\"abschnitt\"") == std::string::npos);
}

TEST_CASE("html: a link with a scheme outside the allow-list never becomes an href") {
    auto document = html_document();
    for (const char* target :
         {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " java\tscript:alert(1)",
          "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd"}) {
        document.chapters[0].blocks.push_back(test::paragraph_of({test::link(target, "böse")}));
    }
    model::Diagnostics diagnostics;
    const auto site = html::render_site(document, diagnostics);
    CHECK(diagnostics.all().size() >= 6);
    const auto& page = file_of(site, "ausgangslage.html");
    for (const char* scheme : {"script:", "vbscript", "data:", "file:"}) {
        INFO(scheme);
        CHECK(page.find(scheme) == std::string::npos);
    }
    CHECK(page.find("https://example.org/") != std::string::npos); // allowed ones stay
}
