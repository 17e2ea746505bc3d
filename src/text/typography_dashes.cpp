// Ellipsis and en dash: "..." becomes …; "--", a spaced hyphen and a hyphen in a number range
// become –. A hyphen inside words and ids (Neu-Ulm, E-Mail, M-1.1.1) and in the number of a
// standard (DIN 18040-2, ISO/IEC 27001-1) stays.

#include "text/typography_stream.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace stadtsatz::text::typography {
namespace {

bool is_number_separator(char32_t character) {
    return character == U'.' || character == U',';
}

// A number as written: digits, with '.' or ',' only between digits ("1.146", "31,5").
struct NumberToken {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// The number that ends right before `end`, if any.
std::optional<NumberToken> number_ending_at(const CellStream& stream, std::size_t end) {
    auto index = static_cast<std::ptrdiff_t>(end);
    if (!is_digit(at(stream, index - 1))) {
        return std::nullopt;
    }
    while (is_digit(at(stream, index - 1)) ||
           (is_number_separator(at(stream, index - 1)) && is_digit(at(stream, index - 2)) &&
            is_digit(at(stream, index)))) {
        --index;
    }
    return NumberToken{static_cast<std::size_t>(index), end};
}

// The number that starts at `begin`, if any.
std::optional<NumberToken> number_starting_at(const CellStream& stream, std::size_t begin) {
    auto index = static_cast<std::ptrdiff_t>(begin);
    if (!is_digit(at(stream, index))) {
        return std::nullopt;
    }
    while (is_digit(at(stream, index)) ||
           (is_number_separator(at(stream, index)) && is_digit(at(stream, index - 1)) &&
            is_digit(at(stream, index + 1)))) {
        ++index;
    }
    return NumberToken{begin, static_cast<std::size_t>(index)};
}

// The value of a German number: '.' groups thousands, ',' starts the decimals.
double value_of(const CellStream& stream, const NumberToken& number) {
    double value = 0;
    double decimal_factor = 0;
    for (std::size_t index = number.begin; index < number.end; ++index) {
        const char32_t character = stream[index].character;
        if (character == U',') {
            decimal_factor = 0.1;
        } else if (is_digit(character)) {
            const double digit = static_cast<double>(character - U'0');
            if (decimal_factor > 0) {
                value += digit * decimal_factor;
                decimal_factor /= 10;
            } else {
                value = value * 10 + digit;
            }
        }
    }
    return value;
}

bool has_separator(const CellStream& stream, const NumberToken& number) {
    for (std::size_t index = number.begin; index < number.end; ++index) {
        if (is_number_separator(stream[index].character)) {
            return true;
        }
    }
    return false;
}

// Designations of standards whose numbers carry a part after a hyphen ("DIN 18040-2").
constexpr std::u32string_view standard_prefixes[] = {
    U"DIN", U"EN", U"ISO", U"IEC", U"VDE", U"VDI", U"DVGW", U"ETSI", U"IEEE", U"ÖNORM", U"SN",
};

// Whether the word before the space that precedes `begin` names a standard: "DIN", "EN" in
// "DIN EN 12464-1", "IEC" in "ISO/IEC 27001-1".
bool follows_standard_prefix(const CellStream& stream, std::size_t begin) {
    auto index = static_cast<std::ptrdiff_t>(begin) - 1;
    if (!is_space(at(stream, index))) {
        return false;
    }
    const std::ptrdiff_t word_end = index;
    while (is_letter(at(stream, index - 1))) {
        --index;
    }
    std::u32string word;
    for (std::ptrdiff_t cell = index; cell < word_end; ++cell) {
        word += stream[static_cast<std::size_t>(cell)].character;
    }
    for (std::u32string_view prefix : standard_prefixes) {
        if (word == prefix) {
            return true;
        }
    }
    return false;
}

// Whether the hyphen at `hyphen` joins two standalone numbers that read as a range: the first
// number starts a word (not "M-1.1" or "A4-5"), the second ends one (not "2026-11-24"), no
// number starts with 0 like a telephone prefix, and the second is not below the first, except
// for a shortened end year ("2016-18": four digits, then one or two). "7050-0", a telephone
// extension, "18040-2", a part number, and every number after a standard's designation
// ("DIN 18040-2", "EN 1176-1") stay.
bool is_number_range(const CellStream& stream, std::size_t hyphen) {
    const auto left = number_ending_at(stream, hyphen);
    const auto right = number_starting_at(stream, hyphen + 1);
    if (!left || !right || !unlocked(stream, left->begin, right->end)) {
        return false;
    }
    const char32_t before = at(stream, static_cast<std::ptrdiff_t>(left->begin) - 1);
    const char32_t after = at(stream, static_cast<std::ptrdiff_t>(right->end));
    const bool standalone_left =
        before == 0 || is_space(before) ||
        std::u32string_view(U"([/\u201E\u201A\"'").find(before) != std::u32string_view::npos;
    const bool standalone_right = !is_letter_or_digit(after) && after != U'-' && after != U'/' &&
                                  !(after == U'.' && is_digit(at(stream, right->end + 1)));
    if (!standalone_left || !standalone_right) {
        return false;
    }
    // "0731 7050-8123": a number after a number and a space is part of a telephone number.
    const auto left_begin = static_cast<std::ptrdiff_t>(left->begin);
    if (is_space(before) && is_digit(at(stream, left_begin - 2))) {
        return false;
    }
    auto leading_zero = [&](const NumberToken& number) {
        return number.end - number.begin > 1 && stream[number.begin].character == U'0' &&
               is_digit(stream[number.begin + 1].character);
    };
    if (leading_zero(*left) || leading_zero(*right) ||
        follows_standard_prefix(stream, left->begin)) {
        return false;
    }
    const double from = value_of(stream, *left);
    const double to = value_of(stream, *right);
    if (to >= from) {
        return true;
    }
    // "2016-18": the end repeats only the last digits of the start year.
    const std::size_t right_digits = right->end - right->begin;
    if (has_separator(stream, *left) || has_separator(stream, *right) ||
        left->end - left->begin != 4 || right_digits > 2) {
        return false;
    }
    double modulus = 1;
    for (std::size_t digit = 0; digit < right_digits; ++digit) {
        modulus *= 10;
    }
    const double tail =
        from - modulus * static_cast<double>(static_cast<long long>(from / modulus));
    return to > tail;
}

} // namespace

CellStream replace_ellipses(const CellStream& stream) {
    CellStream result;
    result.reserve(stream.size());
    for (std::size_t index = 0; index < stream.size(); ++index) {
        const auto position = static_cast<std::ptrdiff_t>(index);
        if (matches(stream, index, U"...") && at(stream, position - 1) != U'.' &&
            at(stream, position + 3) != U'.') {
            result.push_back({ellipsis, stream[index].piece, false});
            index += 2;
            continue;
        }
        result.push_back(stream[index]);
    }
    return result;
}

CellStream replace_dashes(const CellStream& stream) {
    CellStream result;
    result.reserve(stream.size());
    for (std::size_t index = 0; index < stream.size(); ++index) {
        result.push_back(stream[index]);
        if (stream[index].character != U'-' || stream[index].locked) {
            continue;
        }
        const auto position = static_cast<std::ptrdiff_t>(index);
        // "--" as typed for a dash (TeX, Markdown): exactly two hyphens in one piece.
        if (matches(stream, index, U"--") && at(stream, position - 1) != U'-' &&
            at(stream, position + 2) != U'-' && stream[index + 1].piece == stream[index].piece) {
            result.back().character = en_dash;
            ++index;
            continue;
        }
        const bool spaced =
            is_space(at(stream, position - 1)) && is_space(at(stream, position + 1));
        if (spaced || is_number_range(stream, index)) {
            result.back().character = en_dash;
        }
    }
    return result;
}

} // namespace stadtsatz::text::typography
