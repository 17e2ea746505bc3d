#include "plain_language/readability.hpp"

#include "text/unicode_letters.hpp"

#include <string>

namespace stadtsatz::plain_language {
namespace {

bool is_vowel(char32_t letter) {
    switch (letter) {
    case U'a':
    case U'e':
    case U'i':
    case U'o':
    case U'u':
    case U'y':
    case U'ä':
    case U'ö':
    case U'ü':
        return true;
    default:
        return false;
    }
}

// Two vowels spoken as one syllable.
bool is_one_sound(char32_t first, char32_t second) {
    static constexpr char32_t pairs[][2] = {{U'e', U'i'}, {U'a', U'i'}, {U'e', U'y'}, {U'a', U'y'},
                                            {U'a', U'u'}, {U'e', U'u'}, {U'ä', U'u'}, {U'o', U'u'},
                                            {U'i', U'e'}, {U'a', U'a'}, {U'e', U'e'}, {U'o', U'o'}};
    for (const auto& pair : pairs) {
        if (pair[0] == first && pair[1] == second) {
            return true;
        }
    }
    return false;
}

} // namespace

std::size_t syllables_in(std::string_view word) {
    std::u32string letters;
    for (std::size_t index = 0; index < word.size();) {
        const char32_t code_point = text::next_code_point(word, index);
        if (text::is_letter(code_point)) {
            letters += text::fold_case(code_point);
        }
    }
    std::size_t syllables = 0;
    for (std::size_t at = 0; at < letters.size(); ++at) {
        const char32_t letter = letters[at];
        if (!is_vowel(letter) || (letter == U'u' && at > 0 && letters[at - 1] == U'q')) {
            continue;
        }
        ++syllables;
        if (at + 1 < letters.size() && is_one_sound(letter, letters[at + 1])) {
            const bool ien = letter == U'i' && at + 2 < letters.size() && letters[at + 2] == U'n';
            if (!ien) {
                ++at;
            }
        }
    }
    return syllables == 0 ? 1 : syllables;
}

std::size_t letters_in(std::string_view word) {
    std::size_t letters = 0;
    for (std::size_t index = 0; index < word.size();) {
        letters += text::is_letter(text::next_code_point(word, index)) ? 1 : 0;
    }
    return letters;
}

void TextCounts::add(const TextCounts& other) {
    sentences += other.sentences;
    words += other.words;
    syllables += other.syllables;
    long_words += other.long_words;
    polysyllabic_words += other.polysyllabic_words;
    monosyllabic_words += other.monosyllabic_words;
}

TextCounts count_text(const Paragraph& paragraph) {
    TextCounts counts;
    for (const Sentence& sentence : paragraph.sentences) {
        bool has_word = false;
        for (const Word& word : sentence.words) {
            const std::size_t letters = letters_in(word.text);
            if (letters == 0) {
                continue;
            }
            has_word = true;
            const std::size_t syllables = syllables_in(word.text);
            ++counts.words;
            counts.syllables += syllables;
            counts.long_words += letters > 6 ? 1 : 0;
            counts.polysyllabic_words += syllables >= 3 ? 1 : 0;
            counts.monosyllabic_words += syllables == 1 ? 1 : 0;
        }
        counts.sentences += has_word ? 1 : 0;
    }
    return counts;
}

Readability readability_of(const TextCounts& counts) {
    Readability figures;
    if (counts.words == 0 || counts.sentences == 0) {
        return figures;
    }
    const double words = static_cast<double>(counts.words);
    figures.words_per_sentence = words / static_cast<double>(counts.sentences);
    figures.syllables_per_word = static_cast<double>(counts.syllables) / words;
    figures.flesch_amstad = 180.0 - figures.words_per_sentence - 58.5 * figures.syllables_per_word;
    const double polysyllabic = 100.0 * static_cast<double>(counts.polysyllabic_words) / words;
    const double long_words = 100.0 * static_cast<double>(counts.long_words) / words;
    const double monosyllabic = 100.0 * static_cast<double>(counts.monosyllabic_words) / words;
    figures.wiener_sachtextformel = 0.1935 * polysyllabic + 0.1672 * figures.words_per_sentence +
                                    0.1297 * long_words - 0.0327 * monosyllabic - 0.875;
    figures.lix = figures.words_per_sentence + long_words;
    return figures;
}

} // namespace stadtsatz::plain_language
