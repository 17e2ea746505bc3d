#include "plain_language/token_rules.hpp"

#include <array>
#include <cctype>

namespace stadtsatz::plain_language {
namespace {

constexpr std::array<const char*, 12> month_names = {
    "Januar", "Februar", "März",      "April",   "Mai",      "Juni",
    "Juli",   "August",  "September", "Oktober", "November", "Dezember"};

// The runs of digits of `text` and what separates them: "15.03.2027" → 15 03 2027, ".".
struct DigitGroups {
    std::vector<std::string_view> groups;
    char separator = 0; // the one separator between all groups; 0 if they differ
};

DigitGroups digit_groups(std::string_view text) {
    DigitGroups result;
    std::size_t start = 0;
    for (std::size_t index = 0; index <= text.size(); ++index) {
        if (index < text.size() && std::isdigit(static_cast<unsigned char>(text[index]))) {
            continue;
        }
        result.groups.push_back(text.substr(start, index - start));
        if (index < text.size()) {
            const char separator = text[index];
            if (result.separator != 0 && result.separator != separator) {
                return {};
            }
            result.separator = separator;
        }
        start = index + 1;
    }
    return result;
}

int value_of(std::string_view digits) {
    int value = 0;
    for (char digit : digits) {
        value = value * 10 + (digit - '0');
    }
    return value;
}

bool valid(const NumericDate& date) {
    return date.day >= 1 && date.day <= 31 && date.month >= 1 && date.month <= 12;
}

} // namespace

std::optional<NumericDate> numeric_date(const Paragraph& paragraph, const Word& word) {
    if (!word.is_number) {
        return std::nullopt;
    }
    const DigitGroups parts = digit_groups(word.text);
    for (std::string_view group : parts.groups) {
        if (group.empty()) {
            return std::nullopt;
        }
    }
    NumericDate date;
    if (parts.separator == '.' && parts.groups.size() == 3 && parts.groups[0].size() <= 2 &&
        parts.groups[1].size() <= 2 &&
        (parts.groups[2].size() == 2 || parts.groups[2].size() == 4)) {
        date = {value_of(parts.groups[0]), value_of(parts.groups[1]), value_of(parts.groups[2])};
        if (parts.groups[2].size() == 2) {
            date.year += date.year < 70 ? 2000 : 1900;
        }
    } else if (parts.separator == '.' && parts.groups.size() == 2 && parts.groups[0].size() <= 2 &&
               parts.groups[1].size() <= 2) {
        // "15.03." needs its closing full stop, and no digit or "Uhr" after it (10.30 Uhr)
        const std::size_t after = word.offset + word.text.size();
        const std::string_view rest = paragraph.text.substr(after);
        if (rest.empty() || rest[0] != '.' ||
            (rest.size() > 1 && std::isdigit(static_cast<unsigned char>(rest[1]))) ||
            rest.substr(1, 5).find("Uhr") != std::string_view::npos) {
            return std::nullopt;
        }
        date = {value_of(parts.groups[0]), value_of(parts.groups[1]), 0};
    } else if (parts.separator == '-' && parts.groups.size() == 3 && parts.groups[0].size() == 4 &&
               parts.groups[1].size() == 2 && parts.groups[2].size() == 2) {
        date = {value_of(parts.groups[2]), value_of(parts.groups[1]), value_of(parts.groups[0])};
    } else {
        return std::nullopt;
    }
    if (!valid(date)) {
        return std::nullopt;
    }
    return date;
}

std::optional<Finding> check_datum(const Paragraph& paragraph, std::size_t index) {
    for (const Word& word : paragraph.sentences[index].words) {
        const auto date = numeric_date(paragraph, word);
        if (!date) {
            continue;
        }
        std::string written = std::to_string(date->day) + ". " + month_names[date->month - 1];
        if (date->year != 0) {
            written += " " + std::to_string(date->year);
        }
        std::string original(word.text);
        if (date->year == 0) {
            original += '.';
        }
        return Finding{word.offset, "datum",
                       "Schreiben Sie den Monat als Wort: „" + written + "“ statt „" + original +
                           "“"};
    }
    return std::nullopt;
}

} // namespace stadtsatz::plain_language
