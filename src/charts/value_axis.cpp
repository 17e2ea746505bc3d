#include "charts/value_axis.hpp"

#include "text/german_format.hpp"

#include <array>
#include <cmath>
#include <cstdio>

namespace stadtsatz::charts {

namespace {

// The most intervals an axis gets (5 ticks); the smallest round step that needs no more wins.
constexpr int maximum_intervals = 4;

// Digits after the comma that a step needs: 0.25 → 2, 2.5 → 1, 50 → 0.
int step_decimals(double step) {
    int decimals = 0;
    double scaled = step;
    while (decimals < 6 && std::fabs(scaled - std::round(scaled)) > 1e-9 * std::fabs(scaled)) {
        scaled *= 10;
        ++decimals;
    }
    return decimals;
}

} // namespace

ValueTicks nice_ticks(double minimum, double maximum) {
    if (!std::isfinite(minimum) || !std::isfinite(maximum)) {
        minimum = 0;
        maximum = 1;
    }
    if (maximum < minimum) {
        std::swap(minimum, maximum);
    }
    double low_bound = std::min(0.0, minimum);
    double high_bound = std::max(0.0, maximum);
    if (high_bound - low_bound <= 0) {
        high_bound = low_bound + 1; // all values 0: an axis from 0 to 1
    }
    const double span = high_bound - low_bound;
    // Start one decade below the span's order so the first candidates are too fine.
    double decade = std::pow(10.0, std::floor(std::log10(span)) - 1);
    constexpr std::array<double, 4> factors{1, 2, 2.5, 5};
    ValueTicks ticks;
    for (int round = 0; round < 4; ++round, decade *= 10) {
        bool found = false;
        for (double factor : factors) {
            const double step = factor * decade;
            const double first = std::floor(low_bound / step + 1e-9);
            const double last = std::ceil(high_bound / step - 1e-9);
            if (last - first <= maximum_intervals) {
                ticks.step = step;
                ticks.low = first * step;
                ticks.high = last * step;
                found = true;
                break;
            }
        }
        if (found) {
            break;
        }
    }
    ticks.decimals = step_decimals(ticks.step);
    const int count = static_cast<int>(std::lround((ticks.high - ticks.low) / ticks.step));
    const double first_index = std::round(ticks.low / ticks.step);
    for (int index = 0; index <= count; ++index) {
        double value = (first_index + index) * ticks.step;
        if (std::fabs(value) < ticks.step * 1e-9) {
            value = 0; // no "−0"
        }
        ticks.values.push_back(value);
    }
    return ticks;
}

std::string tick_label(double value, int decimals) {
    char written[64];
    std::snprintf(written, sizeof written, "%.*f", decimals, value);
    std::string text(written);
    if (text.rfind("-", 0) == 0 && text.find_first_not_of("-0.") == std::string::npos) {
        text.erase(0, 1); // "-0.0" rounds to zero: no minus sign
    }
    return text::german_decimal(text);
}

double LinearScale::position(double value) const {
    if (high == low) {
        return start;
    }
    return start + (value - low) / (high - low) * (end - start);
}

} // namespace stadtsatz::charts
