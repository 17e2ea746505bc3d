#pragma once

#include <vector>

namespace stadtsatz::layout {

// What one table column needs, padding included, from narrowest to widest. Each value is at
// least the one before it once the widths are computed.
struct ColumnNeeds {
    double minimum = 0;      // the widest piece between two break opportunities, hyphen included
    double split_header = 0; // the widest header word hyphenated at most once (two lines)
    double whole_header = 0; // the widest header word kept whole (no hyphenation)
    double split_words = 0;  // the widest word of any cell hyphenated at most once
    double whole_words = 0;  // the widest word of any cell kept whole
    double maximum = 0;      // the widest cell set without any line break
};

// Column widths sharing `available`, as browsers' automatic table layout does (CSS 2.1
// §17.5.2.2): when the maximum widths fit, they are widened in proportion to themselves;
// otherwise the widths lie between the two neighbouring levels (minimum, header words in at
// most two lines, whole header words, every word in at most two lines, whole words, maximum) whose
// totals enclose `available`, each column getting the share of the room in proportion to how much
// more it needs at the next level; except below whole header words, where as many header words as
// fit are kept whole (those needing least first) and only the others are hyphenated. Below the
// total minimum the minimum widths are squeezed in proportion (the caller avoids that case).
std::vector<double> column_widths(const std::vector<ColumnNeeds>& columns, double available);

// The total of the minimum widths of `columns`: below this a table cannot be laid out without
// breaking a word where it has no hyphenation point.
double total_minimum(const std::vector<ColumnNeeds>& columns);

} // namespace stadtsatz::layout
