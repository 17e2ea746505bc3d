#pragma once

#include "model/document.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace stadtsatz::open_data {

// One file the dataset offers, as its DCAT distribution describes it.
struct DistributionFile {
    std::string file_name;    // relative to the description: "massnahmen.csv"
    std::string title;        // "Maßnahmen und Indikatoren (CSV)"
    std::string format;       // EU file-type code: "CSV", "JSON"
    std::string media_type;   // "text/csv"
    std::uintmax_t bytes = 0; // dcat:byteSize
};

// datensatz.jsonld: a DCAT-AP.de description (dcat:Dataset) of the measures' open data for a
// city's open-data portal, with publisher, dates, keywords, theme SOCI, the licence of
// <lizenz> (default Datenlizenz Deutschland – Namensnennung 2.0) and one dcat:Distribution per
// file. The files' URLs are relative to the description, which lies beside them.
std::string dataset_description(const model::Document& document,
                                const std::vector<DistributionFile>& files);

} // namespace stadtsatz::open_data
