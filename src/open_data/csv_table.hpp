#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::open_data {

// One cell of a CSV row: what it holds decides whether it may be guarded against formulas.
struct CsvCell {
    std::string value;
    bool text = true; // editors' text: guarded against formula injection; false: a number or
                      // keyword Stadtsatz checked, written as it is (so "-3" stays a number)
};

// `value` as an RFC 4180 field: in double quotes, with quotes doubled, when it holds a comma,
// a double quote, CR or LF (or starts or ends with a space, which some tools trim).
std::string csv_field(std::string_view value);

// Editors' text as a cell a spreadsheet does not run as a formula: a text that starts with
// =, +, -, @, a tab or CR gets a leading apostrophe (OWASP "CSV injection").
std::string formula_safe(std::string_view text);

// One CSV record: the cells quoted as needed, joined by commas, ended by CRLF.
std::string csv_record(const std::vector<CsvCell>& cells);

} // namespace stadtsatz::open_data
