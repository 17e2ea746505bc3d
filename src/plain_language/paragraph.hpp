#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::plain_language {

// One word of a sentence: a run of letters or digits as ICU's word break finds it, with the
// parts of a hyphenated word joined ("E-Mail-Adresse", "Integrations·konzept" are one word).
// Punctuation and spaces are no words.
struct Word {
    std::string_view text;
    std::size_t offset = 0; // bytes from the start of the paragraph
    bool is_number = false; // digits with separators: "2027", "1.000", "15.03.2027", "3,5"
};

// One sentence of a paragraph; "z. B.", "Nr. 5" and "20. November" do not end one.
struct Sentence {
    std::string_view text;
    std::size_t offset = 0; // bytes from the start of the paragraph
    std::vector<Word> words;
};

// A paragraph of running text, cut into sentences and words. The views point into the text
// given to segment_paragraph, which must outlive it.
struct Paragraph {
    std::string_view text;
    std::vector<Sentence> sentences;
};

// The sentences and words of one paragraph of plain text (no Markdown markup).
Paragraph segment_paragraph(std::string_view text);

} // namespace stadtsatz::plain_language
