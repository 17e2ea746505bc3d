// German quotation marks: "…" becomes „…“, '…' becomes ‚…‘, and an apostrophe becomes ’.
// Whether a straight quote opens or closes is read from the character before it (start of
// the paragraph, a space, an opening bracket, a dash or an opening quote: it opens) and the
// character after it; a count of open quotes settles quotes with spaces on both sides.

#include "text/typography_stream.hpp"

#include <array>

namespace stadtsatz::text::typography {
namespace {

// Whether a quote after `before` opens: nothing, a space, a bracket, a dash, a slash or an
// opening quote precede it.
bool opens_after(char32_t before) {
    return before == 0 || is_space(before) ||
           std::u32string_view(U"([{</-\u2013\u2014\u201E\u201A\u00AB\u00BB").find(before) !=
               std::u32string_view::npos;
}

// Whether a quote before `after` can open: a word, number or opening bracket follows.
bool can_open_before(char32_t after) {
    return after != 0 && !is_space(after) &&
           std::u32string_view(U".,;:!?)]}").find(after) == std::u32string_view::npos;
}

// Short forms that begin with an apostrophe: 's (es), 'n, 'ne, 'nen, 'nem, 'ner (eine, ...).
bool is_elision_after(const CellStream& stream, std::size_t quote) {
    static const std::array<std::u32string_view, 6> elisions = {U"s",   U"n",   U"ne",
                                                                U"nen", U"nem", U"ner"};
    for (std::u32string_view elision : elisions) {
        const std::size_t end = quote + 1 + elision.size();
        if (matches(stream, quote + 1, elision) &&
            !is_letter(at(stream, static_cast<std::ptrdiff_t>(end)))) {
            return true;
        }
    }
    return false;
}

// Whether a straight single quote after `quote` could close one opened there: it follows a
// non-space and is not an apostrophe inside a word.
bool closing_single_follows(const CellStream& stream, std::size_t quote) {
    for (std::size_t index = quote + 1; index < stream.size(); ++index) {
        if (stream[index].character != U'\'' || stream[index].locked) {
            continue;
        }
        const auto position = static_cast<std::ptrdiff_t>(index);
        const char32_t before = at(stream, position - 1);
        const char32_t after = at(stream, position + 1);
        const bool inside_word = is_letter_or_digit(before) && is_letter(after);
        if (!is_space(before) && before != 0 && !inside_word) {
            return true;
        }
    }
    return false;
}

} // namespace

CellStream replace_quotes(const CellStream& stream) {
    CellStream result;
    result.reserve(stream.size());
    int open_doubles = 0;
    int open_singles = 0;
    for (std::size_t index = 0; index < stream.size(); ++index) {
        Cell cell = stream[index];
        const bool straight_quote = cell.character == U'"' || cell.character == U'\'';
        if (!straight_quote || cell.locked) {
            result.push_back(cell);
            continue;
        }
        // The character before is read from the result, so a quote just converted counts.
        const char32_t before = result.empty() ? 0 : result.back().character;
        const char32_t after = at(stream, static_cast<std::ptrdiff_t>(index) + 1);
        if (cell.character == U'"') {
            const bool opening =
                (opens_after(before) && can_open_before(after)) ||
                (open_doubles == 0 && !is_letter_or_digit(before) && is_letter_or_digit(after)) ||
                (opens_after(before) && open_doubles == 0);
            cell.character = opening ? double_open : double_close;
            open_doubles += opening ? 1 : (open_doubles > 0 ? -1 : 0);
        } else if (is_letter_or_digit(before) && is_letter(after)) {
            cell.character = apostrophe; // geht’s, Ku’damm, Andrea’s
        } else if (opens_after(before) && can_open_before(after)) {
            const bool opening =
                !is_elision_after(stream, index) && closing_single_follows(stream, index);
            cell.character = opening ? single_open : apostrophe; // ‚Zitat‘ or ’s, ’90er
            open_singles += opening ? 1 : 0;
        } else if (open_singles > 0) {
            cell.character = single_close;
            --open_singles;
        } else {
            cell.character = apostrophe; // Klaus’ Fahrrad
        }
        result.push_back(cell);
    }
    return result;
}

} // namespace stadtsatz::text::typography
