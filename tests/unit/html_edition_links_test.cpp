// The links between the sites of a publication's editions (issue 10, item 1).
#include "html/edition_links.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

TEST_CASE("edition links climb out of the site folder to the other site",
          "[html][leichte-sprache]") {
    model::Document document;
    document.site_folder = "standard/html";
    model::OtherEdition other{"leichte-sprache", "Leichte Sprache", "leichte-sprache/html"};
    CHECK(html::other_edition_href(document, other) == "../../leichte-sprache/html/index.html");
    document.site_folder = "html";
    CHECK(html::other_edition_href(document, other) == "../leichte-sprache/html/index.html");
}

TEST_CASE("edition links appear only with another edition", "[html][leichte-sprache]") {
    model::Document document;
    document.site_folder = "leichte-sprache/html";
    CHECK(html::edition_links(document).empty());
    document.other_editions.push_back({"standard", "Das Konzept & mehr", "standard/html"});
    const std::string nav = html::edition_links(document);
    CHECK(nav.find("<nav class=\"edition-links\" aria-label=\"Andere Ausgaben\">") == 0);
    CHECK(nav.find("<a href=\"../../standard/html/index.html\" hreflang=\"de\" lang=\"de\">"
                   "Das Konzept &amp; mehr</a>") != std::string::npos);
}
