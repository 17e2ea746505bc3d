#include "layout/number_format.hpp"

#include <cmath>
#include <cstdio>

namespace stadtsatz::layout {

std::string german_number(double value) {
    const bool negative = value < 0;
    const long long hundredths = std::llround(std::fabs(value) * 100);
    const long long whole = hundredths / 100;
    const long long fraction = hundredths % 100;
    std::string digits = std::to_string(whole);
    std::string grouped;
    for (std::size_t index = 0; index < digits.size(); ++index) {
        if (index > 0 && (digits.size() - index) % 3 == 0) {
            grouped += '.';
        }
        grouped += digits[index];
    }
    if (fraction != 0) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "%02lld", fraction);
        std::string decimals = buffer;
        if (decimals.back() == '0') {
            decimals.pop_back();
        }
        grouped += "," + decimals;
    }
    return negative ? "\u2212" + grouped : grouped;
}

std::string time_frame(const model::Measure& measure) {
    const std::string start = std::to_string(measure.start_year);
    if (measure.ongoing || measure.end_year == 0) {
        return "ab " + start + ", dauerhaft";
    }
    if (measure.end_year == measure.start_year) {
        return start;
    }
    return start + "\u2013" + std::to_string(measure.end_year);
}

std::string german_date(const std::string& iso_date) {
    static const char* months[] = {"Januar",    "Februar", "März",     "April",
                                   "Mai",       "Juni",    "Juli",     "August",
                                   "September", "Oktober", "November", "Dezember"};
    int year = 0;
    int month = 0;
    int day = 0;
    if (iso_date.size() != 10 ||
        std::sscanf(iso_date.c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3 || month < 1 ||
        month > 12 || day < 1 || day > 31) {
        return iso_date;
    }
    return std::to_string(day) + ". " + months[month - 1] + " " + std::to_string(year);
}

} // namespace stadtsatz::layout
