#pragma once

#include "plain_language/paragraph.hpp"

#include <cstddef>
#include <string_view>

namespace stadtsatz::plain_language {

// What the readability formulas count in a text. Words are the checker's words that hold a
// letter (numbers are no words here); a sentence counts if it has one.
struct TextCounts {
    std::size_t sentences = 0;
    std::size_t words = 0;
    std::size_t syllables = 0;
    std::size_t long_words = 0;         // more than 6 letters (LIX, Wiener Sachtextformel IW)
    std::size_t polysyllabic_words = 0; // 3 syllables or more (Wiener Sachtextformel MS)
    std::size_t monosyllabic_words = 0; // 1 syllable (Wiener Sachtextformel ES)

    void add(const TextCounts& other);
};

// The readability figures of a text; all 0 for a text without words.
struct Readability {
    double words_per_sentence = 0;    // ASL
    double syllables_per_word = 0;    // ASW
    double flesch_amstad = 0;         // 180 − ASL − 58.5 · ASW (Amstad 1978): higher is easier
    double wiener_sachtextformel = 0; // 1st Wiener Sachtextformel (Bamberger & Vanecek 1984):
                                      // school grade 4 (easy) to 15 (very hard)
    double lix = 0; // Läsbarhetsindex (Björnsson 1968): under 40 easy, over 60 very hard
};

// The syllables of a German word, counted by vowel groups: each of a e i o u ä ö ü y is one,
// but the diphthongs and long vowels ei ai ey ay au eu äu ou ie aa ee oo count once, "u"
// after "q" is no vowel, and "ien" is two (Fe-ri-en). Every word has at least one.
std::size_t syllables_in(std::string_view word);

// The letters of a word (hyphens, apostrophes and digits do not count).
std::size_t letters_in(std::string_view word);

TextCounts count_text(const Paragraph& paragraph);

Readability readability_of(const TextCounts& counts);

} // namespace stadtsatz::plain_language
