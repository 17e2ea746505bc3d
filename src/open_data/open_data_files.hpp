#pragma once

#include "model/document.hpp"

#include <string>
#include <vector>

namespace stadtsatz::open_data {

// One file of an edition's open data.
struct OpenDataFile {
    std::string file_name;  // "massnahmen.csv"
    std::string content;    // the bytes to write
    std::string media_type; // "text/csv"
    std::string label;      // how the site names it: "Maßnahmen und Indikatoren als Tabelle"
    std::string format;     // how the site names its format: "CSV"
};

// The open data of an edition that prints fields of action: massnahmen.csv, massnahmen.json,
// the JSON Schema (`schema_text`, shipped as content/schema/massnahmen.schema.json) and
// datensatz.jsonld. Empty for an edition without fields of action.
std::vector<OpenDataFile> open_data_files(const model::Document& document,
                                          const std::string& schema_text);

} // namespace stadtsatz::open_data
