#include "read/hyphenation_exceptions_reader.hpp"

#include "read/source_text.hpp"
#include "read/unicode_text.hpp"
#include "text/normalization.hpp"

#include <sstream>

namespace stadtsatz::read {

std::vector<model::HyphenationException>
read_hyphenation_exceptions(const std::filesystem::path& file, const std::string& display_name,
                            model::Diagnostics& diagnostics) {
    std::vector<model::HyphenationException> entries;
    std::error_code error;
    if (!std::filesystem::exists(file, error)) {
        return entries;
    }
    std::string bytes;
    if (const auto problem = read_text_file(file.string(), bytes)) {
        diagnostics.error({display_name, 0, 0}, *problem);
        return entries;
    }
    std::istringstream stream(std::move(bytes));
    std::string line;
    int line_number = 0;
    while (std::getline(stream, line)) {
        ++line_number;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        const auto first = line.find_first_not_of(" \t");
        if (first == std::string::npos || line[first] == '#') {
            continue;
        }
        const auto last = line.find_last_not_of(" \t");
        const std::string entry = line.substr(first, last - first + 1);
        const model::SourcePosition position{display_name, line_number,
                                             static_cast<int>(first) + 1};
        if (!is_valid_utf8(entry)) {
            diagnostics.error(position,
                              "ungültiges Zeichen: die Datei ist nicht in UTF-8 gespeichert");
            continue;
        }
        entries.push_back({text::to_nfc(entry), position});
    }
    return entries;
}

} // namespace stadtsatz::read
