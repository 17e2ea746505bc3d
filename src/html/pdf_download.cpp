#include "html/pdf_download.hpp"

#include "text/german_format.hpp"

namespace stadtsatz::html {

std::string pdf_download_label(const std::string& title, const PdfDownload& download) {
    const std::string no_break_space = "\u00A0"; // "74 Seiten" stays on one line
    const std::string pages = text::german_number(download.pages) + no_break_space +
                              (download.pages == 1 ? "Seite" : "Seiten");
    return title + " als barrierefreies PDF herunterladen (PDF, " +
           text::german_file_size(download.bytes) + ", " + pages + ")";
}

} // namespace stadtsatz::html
