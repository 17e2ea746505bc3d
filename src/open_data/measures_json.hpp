#pragma once

#include "model/document.hpp"

#include <string>

namespace stadtsatz::open_data {

// The file name of the JSON Schema massnahmen.json is checked against (shipped in
// content/schema/, copied beside the data).
inline constexpr const char* measures_schema_file_name = "massnahmen.schema.json";

// massnahmen.json: the publication's metadata and the fields of action the edition prints,
// with goals, measures and indicators. A number is an object {"wert": 1.0, "geschrieben":
// "1.0"}: the JSON number and the text as written, whose decimals a program may need.
std::string measures_json(const model::Document& document);

} // namespace stadtsatz::open_data
