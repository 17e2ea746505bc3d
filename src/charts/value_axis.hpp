#pragma once

// The value axis of a chart: round tick values that cover the data, their German labels, and
// the mapping of a value to a position along the axis.

#include <string>
#include <vector>

namespace stadtsatz::charts {

// Tick values at a round step (1, 2, 2.5 or 5 times a power of ten) from `low` to `high`.
struct ValueTicks {
    double low = 0;             // the first tick: 0, or a round value below a negative minimum
    double high = 1;            // the last tick: a round value at or above the maximum
    double step = 1;            // the distance between two ticks
    int decimals = 0;           // digits after the comma every label shows ("0,5" → 1)
    std::vector<double> values; // low, low + step, …, high: 3 to 5 values
};

// Ticks for data between `minimum` and `maximum`: the axis starts at 0 unless the data go
// below it, and has 3 to 5 ticks. Equal or reversed bounds still give a usable axis.
ValueTicks nice_ticks(double minimum, double maximum);

// A tick value as German readers write it, with the ticks' common decimals:
// 3400 → "3.400", 1 with one decimal → "1,0", -5 → "−5".
std::string tick_label(double value, int decimals);

// Maps values to positions: `low` lies at `start`, `high` at `end` (for a y axis `start` is
// the bottom of the plot, so larger values lie higher up).
struct LinearScale {
    double low = 0;
    double high = 1;
    double start = 0;
    double end = 1;

    double position(double value) const;
};

} // namespace stadtsatz::charts
