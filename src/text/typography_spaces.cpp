// No-break spaces where German typography keeps things on one line:
// - a narrow no-break space (U+202F) inside abbreviations of several parts (z. B., d. h.,
//   u. a.; also written without a space, "z.B." becomes "z. B.") and between a number and
//   its unit (10 %, 5 €, 3 km, 1,5 Mio. €);
// - a no-break space (U+00A0) after §, §§, Art., Abs., Nr. and S. before a number (§ 1,
//   Nr. 5, S. 12), in dates (1. Januar 2017: after the day and between month and year;
//   24. 11. 2026 between its numbers) and in standard numbers (DIN 18040-2, DIN EN ISO 9001,
//   EN 301 549: after the body's name and between the groups of digits).

#include "text/typography_stream.hpp"

#include <array>
#include <vector>

namespace stadtsatz::text::typography {
namespace {

// Abbreviations of several parts, each part followed by a dot; longer ones first so that
// "u. v. m." wins over "u. v.".
const std::vector<std::vector<std::u32string_view>>& abbreviations() {
    static const std::vector<std::vector<std::u32string_view>> list = {
        {U"u", U"v", U"m"}, {U"i", U"d", U"R"}, {U"z", U"B"}, {U"d", U"h"},  {U"u", U"a"},
        {U"z", U"T"},       {U"o", U"Ä"},       {U"u", U"Ä"}, {U"u", U"U"},  {U"v", U"a"},
        {U"s", U"o"},       {U"s", U"u"},       {U"o", U"g"}, {U"z", U"Zt"}, {U"m", U"E"},
        {U"i", U"A"},       {U"i", U"V"},       {U"d", U"J"}, {U"a", U"D"},  {U"e", U"V"},
        {U"n", U"Chr"},     {U"v", U"Chr"}};
    return list;
}

// Units that stay with the number before them.
constexpr std::array<std::u32string_view, 13> units = {
    U"%", U"€", U"mm", U"cm", U"m", U"km", U"kg", U"t", U"h", U"min", U"Mio.", U"Mrd.", U"Tsd."};

// Words after which a number stays on the same line.
constexpr std::array<std::u32string_view, 6> number_prefixes = {U"§§",   U"§",   U"Art.",
                                                                U"Abs.", U"Nr.", U"S."};

// Designations of standards, which stay with the number of their standard (DIN 18040-2), as
// typography_dashes.cpp knows them, and the joint forms ISO/IEC and DIN SPEC.
constexpr std::array<std::u32string_view, 13> standards_bodies = {
    U"DIN",  U"EN",   U"ISO",   U"IEC", U"VDE",     U"VDI", U"DVGW",
    U"ETSI", U"IEEE", U"ÖNORM", U"SN",  U"ISO/IEC", U"SPEC"};

constexpr std::array<std::u32string_view, 13> months = {
    U"Januar", U"Jänner", U"Februar",   U"März",    U"April",    U"Mai",     U"Juni",
    U"Juli",   U"August", U"September", U"Oktober", U"November", U"Dezember"};

// Whether a word may start at `index`: no letter, digit or dot directly before it.
bool word_starts_at(const CellStream& stream, std::size_t index) {
    const char32_t before = at(stream, static_cast<std::ptrdiff_t>(index) - 1);
    return !is_letter_or_digit(before) && before != U'.';
}

// Whether the word `word` starts at `index` and ends there (no letter after it; a word ending
// in a dot or a symbol ends by itself).
bool word_at(const CellStream& stream, std::size_t index, std::u32string_view word) {
    if (!matches(stream, index, word)) {
        return false;
    }
    const bool ends_itself = !is_letter_or_digit(word.back());
    const char32_t after = at(stream, static_cast<std::ptrdiff_t>(index + word.size()));
    return ends_itself || !is_letter_or_digit(after);
}

// The length of the abbreviation starting at `index` written with or without spaces, and
// its parts; 0 when there is none.
std::size_t abbreviation_at(const CellStream& stream, std::size_t index,
                            const std::vector<std::u32string_view>*& found) {
    if (!word_starts_at(stream, index)) {
        return 0;
    }
    for (const auto& parts : abbreviations()) {
        std::size_t position = index;
        bool matched = true;
        for (std::size_t part = 0; part < parts.size() && matched; ++part) {
            if (part > 0 && position < stream.size() && !stream[position].locked &&
                is_joinable_space(stream[position].character)) {
                ++position; // "z. B." or "z.B."
            }
            matched = matches(stream, position, parts[part]) &&
                      matches(stream, position + parts[part].size(), U".");
            position += parts[part].size() + 1;
        }
        if (matched) {
            found = &parts;
            return position - index;
        }
    }
    return 0;
}

// Whether the joinable space at `index` follows a number and precedes a unit.
bool joins_number_and_unit(const CellStream& stream, std::size_t index) {
    const auto position = static_cast<std::ptrdiff_t>(index);
    const char32_t before = at(stream, position - 1);
    const bool after_scale =
        index >= 4 && (matches(stream, index - 4, U"Mio.") || matches(stream, index - 4, U"Mrd.") ||
                       matches(stream, index - 4, U"Tsd."));
    if (!is_digit(before) && !after_scale) {
        return false; // no number before the space
    }
    for (std::u32string_view unit : units) {
        if (word_at(stream, index + 1, unit) &&
            (is_digit(before) || (after_scale && unit == U"€"))) {
            return true;
        }
    }
    return false;
}

// Whether the joinable space at `index` follows §, Nr., S., ... and precedes a number.
bool joins_prefix_and_number(const CellStream& stream, std::size_t index) {
    if (!is_digit(at(stream, static_cast<std::ptrdiff_t>(index) + 1))) {
        return false;
    }
    for (std::u32string_view prefix : number_prefixes) {
        if (index >= prefix.size() && matches(stream, index - prefix.size(), prefix) &&
            word_starts_at(stream, index - prefix.size())) {
            return true;
        }
    }
    return false;
}

bool month_at(const CellStream& stream, std::size_t index) {
    for (std::u32string_view month : months) {
        if (word_at(stream, index, month) && word_starts_at(stream, index)) {
            return true;
        }
    }
    return false;
}

bool month_ends_at(const CellStream& stream, std::size_t end) {
    for (std::u32string_view month : months) {
        // The cheap comparison first: month_at tries every month again.
        if (end >= month.size() && matches(stream, end - month.size(), month) &&
            month_at(stream, end - month.size())) {
            return true;
        }
    }
    return false;
}

// Whether the joinable space at `index` is inside a date: after a day ("1." to "31.") before
// a month name, or after a month name before a four-digit year.
bool inside_date(const CellStream& stream, std::size_t index) {
    const auto position = static_cast<std::ptrdiff_t>(index);
    if (at(stream, position - 1) == U'.' && month_at(stream, index + 1)) {
        std::ptrdiff_t day_begin = position - 1;
        while (is_digit(at(stream, day_begin - 1)) && position - day_begin <= 3) {
            --day_begin;
        }
        const std::size_t digits = index - 1 - static_cast<std::size_t>(day_begin);
        if (digits >= 1 && digits <= 2 &&
            word_starts_at(stream, static_cast<std::size_t>(day_begin))) {
            int day = 0;
            for (std::size_t cell = static_cast<std::size_t>(day_begin); cell < index - 1; ++cell) {
                day = day * 10 + static_cast<int>(stream[cell].character - U'0');
            }
            return day >= 1 && day <= 31;
        }
        return false;
    }
    if (month_ends_at(stream, index)) {
        for (std::ptrdiff_t digit = 1; digit <= 4; ++digit) {
            if (!is_digit(at(stream, position + digit))) {
                return false;
            }
        }
        return !is_letter_or_digit(at(stream, position + 5));
    }
    return false;
}

// The start of the token that ends just before `end` (tokens are separated by spaces).
std::size_t token_start(const CellStream& stream, std::size_t end) {
    std::size_t start = end;
    while (start > 0 && !is_space(stream[start - 1].character)) {
        --start;
    }
    return start;
}

// The end of the token that starts at `start`.
std::size_t token_end(const CellStream& stream, std::size_t start) {
    std::size_t end = start;
    while (end < stream.size() && !is_space(stream[end].character)) {
        ++end;
    }
    return end;
}

bool is_standards_body(const CellStream& stream, std::size_t start, std::size_t end) {
    for (std::u32string_view body : standards_bodies) {
        if (end - start == body.size() && matches(stream, start, body)) {
            return true;
        }
    }
    return false;
}

// A group of a standard's number: digits, with - . : / between them (18040-2, 9001:2015).
bool is_number_group(const CellStream& stream, std::size_t start, std::size_t end) {
    if (start == end || !is_digit(stream[start].character)) {
        return false;
    }
    for (std::size_t index = start; index < end; ++index) {
        const char32_t character = stream[index].character;
        if (!is_digit(character) && character != U'-' && character != U'.' && character != U':' &&
            character != U'/') {
            return false;
        }
    }
    return true;
}

// Whether the joinable space at `index` is inside a standard number: after a standards body
// (DIN, EN, ISO, ...) before a digit or another body (DIN EN ISO 9001), or between two groups of
// digits that follow a body (EN 301 549).
bool inside_standard_number(const CellStream& stream, std::size_t index) {
    const std::size_t next_end = token_end(stream, index + 1);
    const bool next_is_number = is_digit(at(stream, static_cast<std::ptrdiff_t>(index) + 1));
    const bool next_is_body = is_standards_body(stream, index + 1, next_end);
    if (!next_is_number && !next_is_body) {
        return false;
    }
    std::size_t end = index;
    for (int groups = 0; groups < 4 && end > 0; ++groups) {
        const std::size_t start = token_start(stream, end);
        if (is_standards_body(stream, start, end)) {
            return true;
        }
        if (!next_is_number || !is_number_group(stream, start, end) || start == 0) {
            return false;
        }
        end = start - 1; // the space before this group
    }
    return false;
}

// Whether the joinable space at `index` is inside a numeric date: after the day "24." before
// the month "11.", or after the month before a year (24. 11. 2026).
bool inside_numeric_date(const CellStream& stream, std::size_t index) {
    // A number of one or two digits followed by a dot, starting at `start`; its length or 0.
    const auto day_or_month_at = [&](std::size_t start) -> std::size_t {
        std::size_t end = start;
        while (end < stream.size() && end - start < 3 && is_digit(stream[end].character)) {
            ++end;
        }
        const std::size_t digits = end - start;
        return digits >= 1 && digits <= 2 && at(stream, static_cast<std::ptrdiff_t>(end)) == U'.'
                   ? digits + 1
                   : 0;
    };
    const std::size_t before_start = token_start(stream, index);
    if (index - before_start < 2 || before_start + day_or_month_at(before_start) != index ||
        !word_starts_at(stream, before_start)) {
        return false;
    }
    const std::size_t after = index + 1;
    if (const std::size_t month = day_or_month_at(after); month > 0) {
        // "24. 11." : the next token is the month (and nothing follows it but punctuation).
        const char32_t following = at(stream, static_cast<std::ptrdiff_t>(after + month));
        return !is_letter_or_digit(following);
    }
    // "24. 11. 2026": the day before the month, the month before this space, a year after.
    if (before_start < 2 || !is_space(stream[before_start - 1].character)) {
        return false;
    }
    const std::size_t day_start = token_start(stream, before_start - 1);
    if (day_start + day_or_month_at(day_start) != before_start - 1) {
        return false;
    }
    for (std::ptrdiff_t digit = 0; digit < 4; ++digit) {
        if (!is_digit(at(stream, static_cast<std::ptrdiff_t>(after) + digit))) {
            return false;
        }
    }
    return !is_letter_or_digit(at(stream, static_cast<std::ptrdiff_t>(after) + 4));
}

} // namespace

CellStream insert_no_break_spaces(const CellStream& stream) {
    CellStream result;
    result.reserve(stream.size() + stream.size() / 16);
    for (std::size_t index = 0; index < stream.size(); ++index) {
        const Cell& cell = stream[index];
        if (cell.locked) {
            result.push_back(cell);
            continue;
        }
        const std::vector<std::u32string_view>* parts = nullptr;
        if (const std::size_t length = abbreviation_at(stream, index, parts); length > 0) {
            // Rewrite "z.B." and "z. B." alike as part, dot, narrow no-break space, ...
            std::size_t source = index;
            for (std::size_t part = 0; part < parts->size(); ++part) {
                if (is_joinable_space(stream[source].character)) {
                    ++source;
                }
                for (std::size_t offset = 0; offset <= (*parts)[part].size(); ++offset) {
                    result.push_back(stream[source++]);
                }
                if (part + 1 < parts->size()) {
                    result.push_back({narrow_no_break_space, stream[source - 1].piece, false});
                }
            }
            index += length - 1;
            continue;
        }
        if (is_joinable_space(cell.character)) {
            Cell joined = cell;
            if (joins_number_and_unit(stream, index)) {
                joined.character = narrow_no_break_space;
            } else if (joins_prefix_and_number(stream, index) || inside_date(stream, index) ||
                       inside_numeric_date(stream, index) ||
                       inside_standard_number(stream, index)) {
                joined.character = no_break_space;
            }
            result.push_back(joined);
            continue;
        }
        result.push_back(cell);
    }
    return result;
}

} // namespace stadtsatz::text::typography
