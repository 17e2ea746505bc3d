#pragma once

#include "text/hyphenation_break.hpp"
#include "text/hyphenation_exceptions.hpp"

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::text {

class HyphenationPatterns;
class CompoundLexicon;

// The most letters a part of a word between hard hyphens may have to be hyphenated: the longest
// German words in real texts have about 70 (Grundstücksverkehrsgenehmigungszuständigkeits-
// übertragungsverordnung, 67). A longer run of letters is no word but pasted data and is left
// whole, which also bounds the work per word (the correction of fragments is quadratic in it).
inline constexpr std::size_t longest_hyphenated_part = 100;

// Which breaks the hyphenator reports. The defaults are every legal break of German (Na-me,
// Ta-xi); how short a word or fragment a line may break is the style's choice, applied by
// layout (model::HyphenationMinima), not here.
struct HyphenationOptions {
    std::size_t left_min = 2;        // letters that must stay before a break
    std::size_t right_min = 2;       // letters that must go after a break
    std::size_t min_word_length = 4; // shorter words are not split (Ein-Euro-Job counts whole)
    // false: report every break as a syllable break unless finding the joints is needed to
    // correct the breaks (faster; the breaks themselves are the same)
    bool classify = true;
};

// German hyphenation: Liang's algorithm with the hyph-de-1996 patterns, the editors'
// exception list, built-in readings of ambiguous compounds and soft hyphens, with every break
// classified as compound joint, break after a prefix or syllable break. Words are expected in NFC
// (see normalization.hpp).
//
// A "word" may carry punctuation around it ("(Freitag)", "bzw."), which is never part of it.
// Not hyphenated: URLs, e-mail addresses, words with digits or other non-letters inside,
// abbreviations (GmbH, AsylbLG, EU). A word with hard hyphens (E-Mail-Adresse) is hyphenated
// part by part, never right next to a hyphen. Precedence: exception list, then soft hyphens,
// then patterns. Thread-safe for concurrent calls once constructed.
class Hyphenator {
public:
    explicit Hyphenator(HyphenationOptions options = {},
                        HyphenationExceptions exceptions = HyphenationExceptions());

    // The breaks of a UTF-8 word, offsets in bytes of `word`, ascending.
    std::vector<BreakPoint> hyphenate(std::string_view word) const;
    // The same for a UTF-16 word, offsets in UTF-16 code units.
    std::vector<BreakPoint> hyphenate(std::u16string_view word) const;
    // Allocation-free variant for bulk use: replaces the contents of `breaks`.
    void hyphenate(std::string_view word, std::vector<BreakPoint>& breaks) const;

    const HyphenationOptions& options() const { return options_; }
    const HyphenationExceptions& exceptions() const { return exceptions_; }

private:
    HyphenationOptions options_;
    HyphenationExceptions exceptions_;
    const HyphenationPatterns* patterns_;
    std::shared_ptr<const CompoundLexicon> lexicon_; // released with the last hyphenator
    const HyphenationExceptions* readings_;          // built-in readings of ambiguous compounds
};

// The built-in readings of ambiguous compounds (src/text/data/compound-readings.txt), such as
// Spar=gel-der and Stau=be-cken; the editors' exception list wins over them.
const HyphenationExceptions& compound_readings();

// The breaks of every word in a UTF-8 text run, offsets in bytes of `text`. Words are found
// with ICU's word break iterator (locale "de"); words joined by hard hyphens are hyphenated
// together, and nothing in a space-delimited token that is a URL, an e-mail address or looks
// like code (contains @, ://, www., _, /, \, {, }, <, >, =, `) is hyphenated.
std::vector<BreakPoint> hyphenate_text(const Hyphenator& hyphenator, std::string_view text);

// The word with `separator` at every break (and `joint_separator` at compound joints); soft
// hyphens in the word are dropped.
std::string mark_breaks(std::string_view word, std::span<const BreakPoint> breaks,
                        std::string_view separator, std::string_view joint_separator);

// The same, appended to `marked` (no allocation per word in loops over word lists).
void append_marked_breaks(std::string& marked, std::string_view word,
                          std::span<const BreakPoint> breaks, std::string_view separator,
                          std::string_view joint_separator);

} // namespace stadtsatz::text
