#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace stadtsatz::html {

// One open-data file the site offers (massnahmen.csv, …): the pipeline writes it into the
// site folder and tells the writer its name, type and size.
struct DataDownload {
    std::string file_name;    // path inside the site folder, e.g. "daten/massnahmen.csv"
    std::string label;        // "Maßnahmen und Indikatoren als Tabelle"
    std::string format;       // as the link names it: "CSV"
    std::string media_type;   // the link's type=, e.g. "text/csv"
    std::uintmax_t bytes = 0; // file size
};

// The section "Offene Daten" with a link to each file, its format and size ("… (CSV,
// 84 kB)"), for the start page and the pages with fields of action; empty without files.
std::string data_downloads_html(const std::vector<DataDownload>& downloads);

} // namespace stadtsatz::html
