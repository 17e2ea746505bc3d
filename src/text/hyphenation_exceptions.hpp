#pragma once

#include "text/hyphenation_break.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stadtsatz::text {

// A line of an exception list that could not be used.
struct ExceptionProblem {
    std::size_t line = 0; // 1-based
    std::string message;  // German, for the editors
};

// The editors' exception list: words with their only allowed breaks, e.g. `Neu-Ulm`,
// `Ur=in-stinkt`, `Be=treu-ungs=an-ge-bot`. One word per line; `-` marks a break, `=` a compound
// joint; empty lines and lines starting with `#` are ignored. Words match case-insensitively
// (ICU simple case folding: ẞ = ß, Ä = ä); a hard hyphen in the text matches a `-` in the entry.
class HyphenationExceptions {
public:
    // A break of an entry: after `letter_count` letters of the word.
    struct Break {
        std::size_t letter_count = 0;
        BreakKind kind = BreakKind::Syllable;
    };

    // Adds the entries of an exception list's text; returns the lines it could not use.
    std::vector<ExceptionProblem> add_list(std::string_view text);

    // Adds one entry such as "Ur=in-stinkt"; false if it has no letters or other characters
    // than letters, apostrophes, `-` and `=`.
    bool add(std::string_view entry);

    // The breaks for a word given as its case-folded letters, or nullptr if it has no entry.
    const std::vector<Break>* find(std::u32string_view folded_letters) const;

    bool empty() const { return entries_.empty(); }
    std::size_t size() const { return entries_.size(); }

private:
    // Lets find() look up a string view without building a string.
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::u32string_view key) const {
            return std::hash<std::u32string_view>{}(key);
        }
    };
    std::unordered_map<std::u32string, std::vector<Break>, KeyHash, std::equal_to<>> entries_;
};

} // namespace stadtsatz::text
