#include "html/edition_links.hpp"

#include "html/html_escape.hpp"

#include <filesystem>

namespace stadtsatz::html {

std::string other_edition_href(const model::Document& document, const model::OtherEdition& other) {
    std::string href;
    for (const auto& part : std::filesystem::path(document.site_folder)) {
        if (!part.empty() && part != ".") {
            href += "../";
        }
    }
    return href + other.site_folder + "/index.html";
}

std::string edition_links(const model::Document& document) {
    if (document.other_editions.empty()) {
        return {};
    }
    const std::string language =
        document.metadata.language.empty() ? std::string("de") : document.metadata.language;
    std::string html = "<nav class=\"edition-links\" aria-label=\"Andere Ausgaben\">\n<ul>\n";
    for (const model::OtherEdition& other : document.other_editions) {
        html += "<li><a href=\"" + escape_attribute(other_edition_href(document, other)) +
                "\" hreflang=\"" + escape_attribute(language) + "\" lang=\"" +
                escape_attribute(language) + "\">" + escape_text(other.link_text) + "</a></li>\n";
    }
    html += "</ul>\n</nav>\n";
    return html;
}

} // namespace stadtsatz::html
