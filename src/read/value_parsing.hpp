#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace stadtsatz::read {

// The value of a hexadecimal digit 0-9, a-f, A-F; -1 for any other character.
int hex_value(char character);

// Runs of XML whitespace become one space; leading and trailing whitespace is dropped
// (what XSD's xs:token does).
std::string collapse_whitespace(std::string_view text);

// A year: exactly four digits, 1900 to 2100.
std::optional<int> parse_year(std::string_view text);

// An xs:decimal: optional sign, digits, optional '.' and digits; no exponent, no ','.
std::optional<double> parse_decimal(std::string_view text);

// "ja" or "nein".
std::optional<bool> parse_yes_no(std::string_view text);

// A length with unit "mm" or "pt" ("22mm", "10.5pt"), in PostScript points.
std::optional<double> parse_length_points(std::string_view text);

// Four percentages 0..100 separated by spaces ("100 50 0 20"), as fractions 0..1.
std::optional<std::array<double, 4>> parse_cmyk(std::string_view text);

// "#rrggbb" as fractions 0..1.
std::optional<std::array<double, 3>> parse_rgb(std::string_view text);

// An id as the formats allow: a letter first, then letters, digits, '-', '.', '_' (ASCII).
bool is_valid_id(std::string_view text);

// An ISO date "YYYY-MM-DD" with a real month and day (29 February only in leap years).
bool is_iso_date(std::string_view text);

// An e-mail address as the schemas allow it: ASCII letters, digits and "._%+-" before the
// "@", then at least two dot-separated parts of letters, digits and "-".
bool is_email_address(std::string_view text);

// A web address for a link: "http://" or "https://", then no space and none of < > ".
bool is_web_address(std::string_view text);

} // namespace stadtsatz::read
