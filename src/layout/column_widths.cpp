#include "layout/column_widths.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

namespace stadtsatz::layout {
namespace {

constexpr std::size_t level_count = 4;

// The widths of every column at each level, each level at least the one before.
std::array<std::vector<double>, level_count> levels_of(const std::vector<ColumnNeeds>& columns) {
    std::array<std::vector<double>, level_count> levels;
    for (const ColumnNeeds& column : columns) {
        const double whole_header = std::max(column.minimum, column.whole_header);
        const double whole_words = std::max(whole_header, column.whole_words);
        const double maximum = std::max(whole_words, column.maximum);
        levels[0].push_back(column.minimum);
        levels[1].push_back(whole_header);
        levels[2].push_back(whole_words);
        levels[3].push_back(maximum);
    }
    return levels;
}

double sum(const std::vector<double>& values) {
    double total = 0;
    for (double value : values) {
        total += value;
    }
    return total;
}

} // namespace

double total_minimum(const std::vector<ColumnNeeds>& columns) {
    double total = 0;
    for (const ColumnNeeds& column : columns) {
        total += column.minimum;
    }
    return total;
}

std::vector<double> column_widths(const std::vector<ColumnNeeds>& columns, double available) {
    const std::size_t count = columns.size();
    if (count == 0) {
        return {};
    }
    const auto levels = levels_of(columns);
    std::vector<double> widths = levels[0];
    const double minimum_total = sum(levels[0]);
    if (minimum_total >= available) {
        if (minimum_total > 0) {
            for (double& width : widths) {
                width *= available / minimum_total;
            }
        }
        return widths;
    }
    for (std::size_t level = 1; level < level_count; ++level) {
        const double lower_total = sum(levels[level - 1]);
        const double upper_total = sum(levels[level]);
        if (upper_total < available && level + 1 < level_count) {
            continue;
        }
        if (upper_total <= available) {
            // Every column gets its maximum; the rest is spread in proportion to the maxima.
            const double extra = available - upper_total;
            for (std::size_t column = 0; column < count; ++column) {
                const double share = upper_total > 0 ? levels[level][column] / upper_total
                                                     : 1.0 / static_cast<double>(count);
                widths[column] = levels[level][column] + extra * share;
            }
            return widths;
        }
        const double room = available - lower_total;
        const double wanted = upper_total - lower_total;
        for (std::size_t column = 0; column < count; ++column) {
            const double more = levels[level][column] - levels[level - 1][column];
            widths[column] = levels[level - 1][column] + room * more / wanted;
        }
        return widths;
    }
    return widths;
}

} // namespace stadtsatz::layout
