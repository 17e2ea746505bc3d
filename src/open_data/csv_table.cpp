#include "open_data/csv_table.hpp"

namespace stadtsatz::open_data {

std::string csv_field(std::string_view value) {
    const bool quoted = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                        (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quoted) {
        return std::string(value);
    }
    std::string field = "\"";
    for (char character : value) {
        if (character == '"') {
            field += '"';
        }
        field += character;
    }
    return field + "\"";
}

std::string formula_safe(std::string_view text) {
    if (!text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' ||
                          text.front() == '@' || text.front() == '\t' || text.front() == '\r')) {
        return "'" + std::string(text);
    }
    return std::string(text);
}

std::string csv_record(const std::vector<CsvCell>& cells) {
    std::string record;
    for (std::size_t index = 0; index < cells.size(); ++index) {
        if (index > 0) {
            record += ',';
        }
        const CsvCell& cell = cells[index];
        record += csv_field(cell.text ? formula_safe(cell.value) : cell.value);
    }
    return record + "\r\n";
}

} // namespace stadtsatz::open_data
