#pragma once

#include <cstdint>
#include <string>

namespace stadtsatz::html {

// The screen PDF as the site offers it for download: the pipeline copies it into the site
// folder and tells the writer how large it is and how many pages it has.
struct PdfDownload {
    std::string file_name;    // path inside the site folder, e.g. "integrationskonzept.pdf"
    std::uintmax_t bytes = 0; // file size
    int pages = 0;
};

// The link text, with format, size and pages as accessible download links state them:
// "Integrationskonzept als barrierefreies PDF herunterladen (PDF, 1,2 MB, 74 Seiten)".
std::string pdf_download_label(const std::string& title, const PdfDownload& download);

} // namespace stadtsatz::html
