#pragma once

#include "model/document.hpp"

#include <string>
#include <vector>

namespace stadtsatz::open_data {

// The columns of massnahmen.csv, in order (README "Open data" describes each).
const std::vector<std::string>& measures_csv_columns();

// massnahmen.csv: a header row, then exactly one row per indicator of the fields of action
// the edition prints, with its measure's fields. UTF-8 without byte order mark, CRLF line
// ends, numbers with "." exactly as written in the XML, empty cells for absent values.
std::string measures_csv(const model::Document& document);

} // namespace stadtsatz::open_data
