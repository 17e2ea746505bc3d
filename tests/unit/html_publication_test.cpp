// What the site says about the publication around the chapters: the link to the screen PDF
// and the accessibility statement.

#include "document_builders.hpp"
#include "html/html_writer.hpp"

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
