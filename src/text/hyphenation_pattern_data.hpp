#pragma once

#include <string_view>

namespace stadtsatz::text {

// The hyph-de-1996 Liang patterns (src/text/data/hyph-de-1996.pat.txt), one per line, embedded
// at build time; defined in a source file CMake generates into the build folder.
std::string_view hyphenation_pattern_text();

// The built-in readings of ambiguous compounds (src/text/data/compound-readings.txt), in the
// exception list format, embedded at build time like the patterns.
std::string_view compound_readings_text();

} // namespace stadtsatz::text
