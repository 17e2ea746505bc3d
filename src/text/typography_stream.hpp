#pragma once

// The internal form the typographic rules work on: the characters of a paragraph's pieces as
// one stream, each remembering its piece and whether it must stay as written.

#include <cstddef>
#include <string>
#include <vector>

namespace stadtsatz::text::typography {

// One character of the stream.
struct Cell {
    char32_t character = 0;
    std::size_t piece = 0; // index of the piece the character belongs to (or was inserted in)
    bool locked = false;   // code or URL: never changed, but still read as context
};

using CellStream = std::vector<Cell>;

// The character at `index`, or 0 outside the stream (start and end of the paragraph).
inline char32_t at(const CellStream& stream, std::ptrdiff_t index) {
    if (index < 0 || static_cast<std::size_t>(index) >= stream.size()) {
        return 0;
    }
    return stream[static_cast<std::size_t>(index)].character;
}

// Whether no cell in [begin, end) is locked and the range lies inside the stream.
bool unlocked(const CellStream& stream, std::size_t begin, std::size_t end);

// Whether the stream holds `text` at `index`, in unlocked cells.
bool matches(const CellStream& stream, std::size_t index, std::u32string_view text);

bool is_letter(char32_t character);
bool is_digit(char32_t character);
bool is_space(char32_t character); // any Unicode white space, including no-break spaces
bool is_letter_or_digit(char32_t character);

// A space the rules may turn into a no-break space: U+0020, U+00A0, U+2009, U+202F.
bool is_joinable_space(char32_t character);

// Characters inserted by the rules.
inline constexpr char32_t no_break_space = 0x00A0;        // §, Nr., S., dates
inline constexpr char32_t narrow_no_break_space = 0x202F; // abbreviations, units
inline constexpr char32_t en_dash = 0x2013;
inline constexpr char32_t ellipsis = 0x2026;
inline constexpr char32_t double_open = 0x201E;  // „
inline constexpr char32_t double_close = 0x201C; // “
inline constexpr char32_t single_open = 0x201A;  // ‚
inline constexpr char32_t single_close = 0x2018; // ‘
inline constexpr char32_t apostrophe = 0x2019;   // ’

// The rules, applied in this order by apply_german_typography.
void lock_urls(CellStream& stream);
CellStream replace_ellipses(const CellStream& stream);
CellStream replace_dashes(const CellStream& stream);
CellStream replace_quotes(const CellStream& stream);
CellStream insert_no_break_spaces(const CellStream& stream);

} // namespace stadtsatz::text::typography
