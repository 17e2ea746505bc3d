#include "layout/column_widths.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

namespace stadtsatz::layout {
namespace {

constexpr std::size_t level_count = 6;
// The level up to which as many header words as fit are kept whole.
constexpr std::size_t whole_header_level = 2;

// The widths of every column at each level, each level at least the one before.
std::array<std::vector<double>, level_count> levels_of(const std::vector<ColumnNeeds>& columns) {
    std::array<std::vector<double>, level_count> levels;
    for (const ColumnNeeds& column : columns) {
        const double split_header = std::max(column.minimum, column.split_header);
        const double whole_header = std::max(split_header, column.whole_header);
        const double split_words = std::max(whole_header, column.split_words);
        const double whole_words = std::max(split_words, column.whole_words);
        const double maximum = std::max(whole_words, column.maximum);
        levels[0].push_back(column.minimum);
        levels[1].push_back(split_header);
        levels[2].push_back(whole_header);
        levels[3].push_back(split_words);
        levels[4].push_back(whole_words);
        levels[5].push_back(maximum);
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

// Between header words in two lines and whole: as many header words as possible stay whole
// (the ones that need least first), the rest of the room goes to the others in proportion.
std::vector<double> whole_headers_first(const std::vector<double>& split_header,
                                        const std::vector<double>& whole_header, double room) {
    std::vector<std::size_t> order(split_header.size());
    for (std::size_t column = 0; column < order.size(); ++column) {
        order[column] = column;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t left, std::size_t right) {
        return whole_header[left] - split_header[left] < whole_header[right] - split_header[right];
    });
    std::vector<double> widths = split_header;
    std::vector<bool> whole(split_header.size(), false);
    for (std::size_t column : order) {
        const double more = whole_header[column] - split_header[column];
        if (more > room) {
            break;
        }
        widths[column] = whole_header[column];
        whole[column] = true;
        room -= more;
    }
    double wanted = 0;
    for (std::size_t column = 0; column < split_header.size(); ++column) {
        wanted += whole[column] ? 0 : whole_header[column] - split_header[column];
    }
    for (std::size_t column = 0; column < split_header.size() && wanted > 0; ++column) {
        if (!whole[column]) {
            widths[column] += room * (whole_header[column] - split_header[column]) / wanted;
        }
    }
    return widths;
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
        if (level == whole_header_level) {
            return whole_headers_first(levels[level - 1], levels[level], room);
        }
        for (std::size_t column = 0; column < count; ++column) {
            const double more = levels[level][column] - levels[level - 1][column];
            widths[column] = levels[level - 1][column] + room * more / wanted;
        }
        return widths;
    }
    return widths;
}

} // namespace stadtsatz::layout
