#pragma once

#include "html/data_downloads.hpp"
#include "html/pdf_download.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <optional>
#include <string>
#include <vector>

namespace stadtsatz::html {

// One file of the web edition, relative to the site folder (e.g. "ausgangslage.html").
struct SiteFile {
    std::string path;
    std::string content;
};

// The web edition: index.html (title, download link, table of contents), one page per chapter,
// style.css derived from the document's style. Images are listed in `images` for the caller to
// copy.
struct Site {
    std::vector<SiteFile> files;
    std::vector<std::pair<std::string, std::string>> images; // (absolute source, site path)
};

// `download` is the screen PDF the start page links to; without it the site offers none.
// `data` are the open-data files (massnahmen.csv, …) in the site folder, linked from the start
// page and from every chapter page with fields of action.
Site render_site(const model::Document& document, model::Diagnostics& diagnostics,
                 const std::optional<PdfDownload>& download = std::nullopt,
                 const std::vector<DataDownload>& data = {});

} // namespace stadtsatz::html
