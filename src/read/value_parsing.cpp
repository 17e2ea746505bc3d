#include "read/value_parsing.hpp"

#include <cstdlib>
#include <sstream>
#include <vector>

namespace stadtsatz::read {

namespace {

bool is_xml_space(char character) {
    return character == ' ' || character == '\t' || character == '\n' || character == '\r';
}

bool is_digit(char character) {
    return character >= '0' && character <= '9';
}

bool is_ascii_letter(char character) {
    return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z');
}

// One dot-separated part of a mail domain: letters, digits and '-', not empty.
bool is_domain_part(std::string_view part) {
    if (part.empty()) {
        return false;
    }
    for (char character : part) {
        if (!is_ascii_letter(character) && !is_digit(character) && character != '-') {
            return false;
        }
    }
    return true;
}

} // namespace

int hex_value(char character) {
    if (is_digit(character)) {
        return character - '0';
    }
    if (character >= 'a' && character <= 'f') {
        return character - 'a' + 10;
    }
    if (character >= 'A' && character <= 'F') {
        return character - 'A' + 10;
    }
    return -1;
}

std::string collapse_whitespace(std::string_view text) {
    std::string result;
    bool pending_space = false;
    for (char character : text) {
        if (is_xml_space(character)) {
            pending_space = !result.empty();
            continue;
        }
        if (pending_space) {
            result += ' ';
            pending_space = false;
        }
        result += character;
    }
    return result;
}

std::optional<int> parse_year(std::string_view text) {
    std::string trimmed = collapse_whitespace(text);
    if (trimmed.size() != 4) {
        return std::nullopt;
    }
    int year = 0;
    for (char character : trimmed) {
        if (!is_digit(character)) {
            return std::nullopt;
        }
        year = year * 10 + (character - '0');
    }
    if (year < 1900 || year > 2100) {
        return std::nullopt;
    }
    return year;
}

std::optional<double> parse_decimal(std::string_view text) {
    std::string trimmed = collapse_whitespace(text);
    std::size_t index = 0;
    if (index < trimmed.size() && (trimmed[index] == '+' || trimmed[index] == '-')) {
        ++index;
    }
    std::size_t digits = 0;
    while (index < trimmed.size() && is_digit(trimmed[index])) {
        ++index;
        ++digits;
    }
    if (index < trimmed.size() && trimmed[index] == '.') {
        ++index;
        while (index < trimmed.size() && is_digit(trimmed[index])) {
            ++index;
            ++digits;
        }
    }
    if (digits == 0 || index != trimmed.size()) {
        return std::nullopt;
    }
    // strtod is locale-dependent; the C locale (the default) uses '.'.
    return std::strtod(trimmed.c_str(), nullptr);
}

std::optional<bool> parse_yes_no(std::string_view text) {
    std::string trimmed = collapse_whitespace(text);
    if (trimmed == "ja") {
        return true;
    }
    if (trimmed == "nein") {
        return false;
    }
    return std::nullopt;
}

std::optional<double> parse_length_points(std::string_view text) {
    std::string trimmed = collapse_whitespace(text);
    if (trimmed.size() < 3) {
        return std::nullopt;
    }
    std::string unit = trimmed.substr(trimmed.size() - 2);
    std::string number = trimmed.substr(0, trimmed.size() - 2);
    if (number.empty() || number[0] == '+' || number[0] == '-') {
        return std::nullopt; // lengths are never negative
    }
    std::optional<double> value = parse_decimal(number);
    if (!value) {
        return std::nullopt;
    }
    if (unit == "pt") {
        return *value;
    }
    if (unit == "mm") {
        return *value * 72.0 / 25.4;
    }
    return std::nullopt;
}

std::optional<std::array<double, 4>> parse_cmyk(std::string_view text) {
    std::string trimmed = collapse_whitespace(text);
    std::vector<std::string> parts;
    std::istringstream stream(trimmed);
    std::string part;
    while (stream >> part) {
        parts.push_back(part);
    }
    if (parts.size() != 4) {
        return std::nullopt;
    }
    std::array<double, 4> cmyk{};
    for (std::size_t index = 0; index < 4; ++index) {
        std::optional<double> value = parse_decimal(parts[index]);
        if (!value || *value < 0 || *value > 100) {
            return std::nullopt;
        }
        cmyk[index] = *value / 100.0;
    }
    return cmyk;
}

std::optional<std::array<double, 3>> parse_rgb(std::string_view text) {
    std::string trimmed = collapse_whitespace(text);
    if (trimmed.size() != 7 || trimmed[0] != '#') {
        return std::nullopt;
    }
    std::array<double, 3> rgb{};
    for (std::size_t index = 0; index < 3; ++index) {
        int high = hex_value(trimmed[1 + index * 2]);
        int low = hex_value(trimmed[2 + index * 2]);
        if (high < 0 || low < 0) {
            return std::nullopt;
        }
        rgb[index] = (high * 16 + low) / 255.0;
    }
    return rgb;
}

bool is_valid_id(std::string_view text) {
    if (text.empty() || !is_ascii_letter(text[0])) {
        return false;
    }
    for (char character : text) {
        if (!is_ascii_letter(character) && !is_digit(character) && character != '-' &&
            character != '.' && character != '_') {
            return false;
        }
    }
    return true;
}

bool is_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (std::size_t index : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!is_digit(text[index])) {
            return false;
        }
    }
    auto number = [&](std::size_t from, std::size_t length) {
        int value = 0;
        for (std::size_t index = from; index < from + length; ++index) {
            value = value * 10 + (text[index] - '0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    static const int days_in_month[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > days_in_month[month - 1]) {
        return false;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

bool is_email_address(std::string_view text) {
    const std::size_t at = text.find('@');
    if (at == 0 || at == std::string_view::npos) {
        return false;
    }
    for (char character : text.substr(0, at)) {
        if (!is_ascii_letter(character) && !is_digit(character) && character != '.' &&
            character != '_' && character != '%' && character != '+' && character != '-') {
            return false;
        }
    }
    std::string_view domain = text.substr(at + 1);
    int parts = 0;
    for (std::size_t dot = domain.find('.');; dot = domain.find('.')) {
        if (!is_domain_part(domain.substr(0, dot))) {
            return false;
        }
        ++parts;
        if (dot == std::string_view::npos) {
            break;
        }
        domain.remove_prefix(dot + 1);
    }
    return parts >= 2;
}

bool is_web_address(std::string_view text) {
    std::string_view rest;
    if (text.rfind("https://", 0) == 0) {
        rest = text.substr(8);
    } else if (text.rfind("http://", 0) == 0) {
        rest = text.substr(7);
    } else {
        return false;
    }
    if (rest.empty()) {
        return false;
    }
    for (char character : rest) {
        if (is_xml_space(character) || character == '<' || character == '>' || character == '"') {
            return false;
        }
    }
    return true;
}

} // namespace stadtsatz::read
