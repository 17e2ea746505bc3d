#pragma once

#include <string_view>

namespace stadtsatz::text {

// The built-in readings of ambiguous compounds (src/text/data/compound-readings.txt), in the
// exception list format, embedded at build time; defined in a source file CMake generates into
// the build folder. (The patterns themselves: hyphenation_pattern_tables.hpp.)
std::string_view compound_readings_text();

} // namespace stadtsatz::text
