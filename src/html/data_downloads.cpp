#include "html/data_downloads.hpp"

#include "html/html_escape.hpp"
#include "html/site_images.hpp"
#include "text/german_format.hpp"

namespace stadtsatz::html {

std::string data_downloads_html(const std::vector<DataDownload>& downloads) {
    if (downloads.empty()) {
        return "";
    }
    // aria-label, not an id: the section must not take an anchor id the editors may use
    std::string html = "<section class=\"open-data\" aria-label=\"Offene Daten\">\n"
                       "<h2>Offene Daten</h2>\n"
                       "<p>Die Maßnahmen und Indikatoren zum Weiterverarbeiten:</p>\n<ul>\n";
    for (const DataDownload& download : downloads) {
        html += "<li><a href=\"" + escape_attribute(encode_site_path(download.file_name)) +
                "\" type=\"" + escape_attribute(download.media_type) + "\" download>" +
                escape_text(download.label + " (" + download.format + ", " +
                            text::german_file_size(download.bytes) + ")") +
                "</a></li>\n";
    }
    return html + "</ul>\n</section>\n";
}

} // namespace stadtsatz::html
