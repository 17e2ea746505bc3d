#pragma once

// The year axis of a chart: years as points (the indicator chart's values) or as bands (the
// timeline's bars, a year wide each), and how many year labels fit.

namespace stadtsatz::charts {

// Years `first` to `last` laid out between `start` and `end` along x.
struct YearScale {
    int first = 0;
    int last = 0;
    double start = 0;
    double end = 1;

    // A year as a point: `first` at `start`, `last` at `end`; a single year in the middle.
    double point(int year) const;
    // A year as a band: the years divide start…end into equal bands.
    double band_width() const;
    double band_start(int year) const;
    double band_end(int year) const { return band_start(year) + band_width(); }
};

// Every how many years a label fits (1, 2, 5 or 10) when `years` labels of four digits at
// `size` points share `width`.
int year_label_step(int years, double width, double size);

} // namespace stadtsatz::charts
