// What the site says about the publication around the chapters: the link to the screen PDF
// and the accessibility statement.

#include "document_builders.hpp"
#include "html/html_writer.hpp"
#include "resolve/resolve.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

model::Document publication_document() {
    model::Document document;
    document.metadata.title = "Integrationskonzept";
    document.metadata.publisher = "Stadt Neu-Ulm";
    document.metadata.date = "2026-11-24";
    auto first = test::chapter_of("vorwort", "Vorwort", "kapitel/00-vorwort.md");
    first.numbered = false;
    first.blocks.push_back(test::paragraph_of({model::make_text("Liebe Leserinnen.")}));
    auto second =
        test::chapter_of("ausgangslage", "Ausgangslage", "kapitel/01-ausgangslage.md", "1");
    second.blocks.push_back(test::paragraph_of({model::make_text("Zahlen.")}));
    document.chapters = {first, second};
    return document;
}

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++count;
    }
    return count;
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

TEST_CASE("html: the download link states format, size and pages in German", "[html]") {
    CHECK(html::pdf_download_label("Integrationskonzept", {"a.pdf", 1234567, 74}) ==
          "Integrationskonzept als barrierefreies PDF herunterladen (PDF, 1,2\u202FMB, "
          "74\u00A0Seiten)");
    CHECK(html::pdf_download_label("Satzung", {"a.pdf", 84321, 1}) ==
          "Satzung als barrierefreies PDF herunterladen (PDF, 84\u202FkB, 1\u00A0Seite)");
    CHECK(html::pdf_download_label("Bericht", {"a.pdf", 5300000, 1250}) ==
          "Bericht als barrierefreies PDF herunterladen (PDF, 5,3\u202FMB, 1.250\u00A0Seiten)");
}

TEST_CASE("html: the start page links the screen PDF when there is one", "[html]") {
    auto document = publication_document();
    document.metadata.title = "Konzept <&> \"2030\"";
    model::Diagnostics diagnostics;
    const auto site =
        html::render_site(document, diagnostics, html::PdfDownload{"konzept 2030.pdf", 698919, 70});
    CHECK_FALSE(diagnostics.has_errors());
    const auto& index = file_of(site, "index.html");
    CHECK(
        index.find("<p class=\"download\"><a href=\"konzept%202030.pdf\" type=\"application/pdf\">"
                   "Konzept &lt;&amp;&gt; \"2030\" als barrierefreies PDF herunterladen (PDF, "
                   "699\u202FkB, 70\u00A0Seiten)</a></p>") != std::string::npos);
    // Only the start page offers the download.
    CHECK(file_of(site, "ausgangslage.html").find("application/pdf") == std::string::npos);

    model::Diagnostics without;
    const auto plain = html::render_site(publication_document(), without);
    CHECK(file_of(plain, "index.html").find("herunterladen") == std::string::npos);
    CHECK(file_of(plain, "index.html").find(".pdf") == std::string::npos);
}

namespace {

// The publication document after resolve, with a declaration whose texts need escaping.
model::Document document_with_statement() {
    auto document = publication_document();
    model::AccessibilityDeclaration declaration;
    declaration.date = "2026-11-24";
    declaration.legal_basis = "Art. 13 BayBGG <Bayern> & BayDiV";
    declaration.conformance = model::Conformance::Partial;
    declaration.known_issues = {"Diagramme <img> sind Bilder & keine Tabellen"};
    declaration.evaluation_method = "Selbstbewertung";
    declaration.contact = {"Stabsstelle \"Integration\"", "", "", "a&b@neu-ulm.de", ""};
    declaration.enforcement_body = {"Durchsetzungsstelle", "", "", "",
                                    "https://example.org/?a=1&b=\"2\""};
    declaration.position = {"publikation.xml", 30, 3};
    document.accessibility = declaration;
    model::Diagnostics diagnostics;
    resolve::resolve_document(document, diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    return document;
}

} // namespace

TEST_CASE("html: every page's footer links the accessibility statement", "[html]") {
    model::Diagnostics diagnostics;
    const auto site = html::render_site(document_with_statement(), diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    int pages = 0;
    for (const auto& file : site.files) {
        if (file.path.size() < 5 || file.path.substr(file.path.size() - 5) != ".html") {
            continue;
        }
        ++pages;
        INFO(file.path);
        const auto footer = file.content.find("<footer class=\"site-footer\">");
        REQUIRE(footer != std::string::npos);
        const std::string link = file.path == "barrierefreiheit.html"
                                     ? "<a href=\"barrierefreiheit.html\" aria-current=\"page\">"
                                       "Erklärung zur Barrierefreiheit</a></p>\n</footer>"
                                     : "<a href=\"barrierefreiheit.html\">Erklärung zur "
                                       "Barrierefreiheit</a></p>\n</footer>";
        CHECK(file.content.find(link, footer) != std::string::npos);
    }
    CHECK(pages == 4); // start page, two chapters, the statement

    model::Diagnostics without;
    for (const auto& file : html::render_site(publication_document(), without).files) {
        CHECK(file.content.find("Barrierefreiheit") == std::string::npos);
    }
}

TEST_CASE("html: the start page links the accessibility statement", "[html]") {
    model::Diagnostics diagnostics;
    const auto site = html::render_site(document_with_statement(), diagnostics);
    const auto& index = file_of(site, "index.html");
    const auto main = index.find("<main id=\"inhalt\">");
    const auto main_end = index.find("</main>");
    const auto link = index.find(
        "steht in der <a href=\"barrierefreiheit.html\">Erklärung zur Barrierefreiheit</a>.</p>");
    REQUIRE(link != std::string::npos);
    CHECK(main < link);
    CHECK(link < main_end);
    // And it is in the contents like any chapter.
    CHECK(index.find("<li><a href=\"barrierefreiheit.html\">Erklärung zur Barrierefreiheit</a>") !=
          std::string::npos);
}

TEST_CASE("html: the statement page escapes every text from the manifest", "[html]") {
    model::Diagnostics diagnostics;
    const auto site = html::render_site(document_with_statement(), diagnostics);
    // Without the soft hyphens resolve's hyphenation puts into running text.
    std::string page = file_of(site, "barrierefreiheit.html");
    for (auto at = page.find("\u00AD"); at != std::string::npos; at = page.find("\u00AD")) {
        page.erase(at, 2);
    }
    CHECK(count_of(page, "<h1") == 1);
    CHECK(page.find("<h1 id=\"barrierefreiheit\">Erklärung zur Barrierefreiheit</h1>") !=
          std::string::npos);
    CHECK(page.find("<Bayern>") == std::string::npos);
    CHECK(page.find("&lt;Bayern&gt; &amp; BayDiV") != std::string::npos);
    CHECK(page.find("<img>") == std::string::npos);
    CHECK(page.find("Diagramme &lt;img&gt; sind") != std::string::npos);
    CHECK(page.find("Stabsstelle „Integration“") != std::string::npos); // typography applied
    CHECK(page.find("<a href=\"mailto:a&amp;b@neu-ulm.de\">a&amp;b@neu-ulm.de</a>") !=
          std::string::npos);
    CHECK(page.find("<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">") !=
          std::string::npos);
}
