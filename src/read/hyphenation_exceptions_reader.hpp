#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace stadtsatz::read {

// The editors' hyphenation exception list, if the content folder has one.
inline constexpr const char* hyphenation_exceptions_file_name = "trennungen.txt";

// Reads the list's entries (one word per line; blank lines and lines starting with `#` are
// skipped), each with its line. A missing file is no error: the list is optional.
std::vector<model::HyphenationException>
read_hyphenation_exceptions(const std::filesystem::path& file, const std::string& display_name,
                            model::Diagnostics& diagnostics);

} // namespace stadtsatz::read
