#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <string>
#include <vector>

namespace stadtsatz::html {

// One file of the web edition, relative to the site folder (e.g. "ausgangslage.html").
struct SiteFile {
    std::string path;
    std::string content;
};

// The web edition: index.html (title, table of contents), one page per chapter, style.css
// derived from the document's style. Images are listed in `images` for the caller to copy.
struct Site {
    std::vector<SiteFile> files;
    std::vector<std::pair<std::string, std::string>> images; // (absolute source, site path)
};

Site render_site(const model::Document& document, model::Diagnostics& diagnostics);

} // namespace stadtsatz::html
