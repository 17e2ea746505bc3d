#pragma once

#include <string>

namespace stadtsatz::html {

// The blocks of a generated measures overview (resolve/measures_overview.hpp) in the element
// its stylesheet rules address.
std::string measures_overview_html(const std::string& blocks_html);

// Keeps the overview's measure numbers, time frames, priorities, statuses and column headers
// on one line each (an id broken at its hyphen or a range at its dash reads wrong); the
// tables scroll sideways on a narrow screen like every table.
std::string measures_overview_css();

} // namespace stadtsatz::html
