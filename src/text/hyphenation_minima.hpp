#pragma once

#include <cstddef>
#include <string_view>

namespace stadtsatz::text {

// The letters on either side of a break inside a word, counted from the break to the nearest
// character that is no letter (a hard hyphen, a space, punctuation, a digit); soft hyphens
// (U+00AD) are skipped, not counted. Code points, not bytes: "Größe" has five letters.
struct LettersAroundBreak {
    std::size_t before = 0;
    std::size_t after = 0;
};

// For a break before byte `offset` of the UTF-8 `text`.
LettersAroundBreak letters_around_break(std::string_view text, std::size_t offset);

// Whether a line may end at the hyphenation point before byte `offset` of `text` under a
// style's minima: the word part around it (between hard hyphens) has at least `word_length`
// letters, with at least `left` before the break and `right` after it.
bool meets_hyphenation_minima(std::string_view text, std::size_t offset, std::size_t word_length,
                              std::size_t left, std::size_t right);

} // namespace stadtsatz::text
