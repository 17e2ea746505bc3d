#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace stadtsatz::pdf {

// UTF-8 as UTF-16 code units (surrogate pairs beyond the BMP): the form of PDF text strings,
// /ActualText and ToUnicode destinations.
std::vector<std::uint16_t> utf16_units(const std::string& utf8);

// Appends the UTF-16 code units of `utf8` as hex digits, four per unit ("00E4").
void append_utf16_hex(std::string& out, const std::string& utf8);

} // namespace stadtsatz::pdf
