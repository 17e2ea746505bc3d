#include "html/german_format.hpp"

#include <array>
#include <cmath>
#include <cstdio>

namespace stadtsatz::html {

std::string format_german_number(double value) {
    // Round to hundredths first, so 2.999 becomes "3" and not "3,00" with a carry problem.
    const double rounded = std::round(value * 100.0) / 100.0;
    const bool negative = rounded < 0;
    const double magnitude = std::fabs(rounded);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", magnitude);
    std::string digits(buffer);
    const auto point = digits.find('.');
    std::string integer_part = digits.substr(0, point);
    std::string fraction = point == std::string::npos ? "" : digits.substr(point + 1);
    while (!fraction.empty() && fraction.back() == '0') {
        fraction.pop_back();
    }
    std::string grouped;
    const auto length = integer_part.size();
    for (std::size_t index = 0; index < length; ++index) {
        if (index > 0 && (length - index) % 3 == 0) {
            grouped += '.';
        }
        grouped += integer_part[index];
    }
    std::string result = negative ? "−" + grouped : grouped; // U+2212 minus sign
    if (!fraction.empty()) {
        result += "," + fraction;
    }
    return result;
}

std::string format_german_date(const std::string& iso_date) {
    static const std::array<const char*, 12> month_names = {
        "Januar", "Februar", "März",      "April",   "Mai",      "Juni",
        "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
    int year = 0;
    int month = 0;
    int day = 0;
    char rest = 0;
    if (iso_date.size() != 10 ||
        std::sscanf(iso_date.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &rest) != 3 ||
        month < 1 || month > 12 || day < 1 || day > 31) {
        return iso_date;
    }
    return std::to_string(day) + ". " + month_names[static_cast<std::size_t>(month - 1)] + " " +
           std::to_string(year);
}

std::string format_time_frame(const model::Measure& measure) {
    const std::string start = std::to_string(measure.start_year);
    if (measure.ongoing) {
        return "ab " + start + ", dauerhaft";
    }
    if (measure.end_year == 0 || measure.end_year == measure.start_year) {
        return start;
    }
    return start + "–" + std::to_string(measure.end_year); // en dash for ranges
}

} // namespace stadtsatz::html
