#include "charts/year_axis.hpp"

#include "charts/chart_text.hpp"

namespace stadtsatz::charts {

double YearScale::point(int year) const {
    if (last <= first) {
        return (start + end) / 2;
    }
    return start + static_cast<double>(year - first) / (last - first) * (end - start);
}

double YearScale::band_width() const {
    const int years = last >= first ? last - first + 1 : 1;
    return (end - start) / years;
}

double YearScale::band_start(int year) const {
    return start + (year - first) * band_width();
}

int year_label_step(int years, double width, double size) {
    const double label = estimated_text_width("2030", size) + size; // a label and a gap
    for (int step : {1, 2, 5, 10}) {
        const int labels = (years + step - 1) / step;
        if (labels * label <= width) {
            return step;
        }
    }
    return 10;
}

} // namespace stadtsatz::charts
