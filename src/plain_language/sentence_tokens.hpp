#pragma once

#include "plain_language/paragraph.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::plain_language {

// What stands between a word and the word before it, as far as clauses are concerned.
enum class Boundary {
    None,   // spaces only (or the hyphen inside a joined word)
    Comma,  // a comma: a clause or an enumeration may start here
    Strong, // ; : – — ( ) or quotation marks: a new clause or a new sentence-like part starts
};

// One word of a sentence as the grammar rules see it.
struct Token {
    std::string_view text;
    std::string lower;           // ASCII and Ä Ö Ü lower-cased, ß kept
    std::size_t offset = 0;      // bytes from the start of the paragraph
    bool capitalized = false;    // starts with a capital letter
    bool is_number = false;      // digits
    bool sentence_start = false; // the first word of the sentence
    Boundary before = Boundary::None;
    std::size_t clause = 0; // index of the clause: a new one starts after each comma or strong mark
};

// The words of one sentence with the punctuation around them, and where its clauses end.
struct SentenceTokens {
    std::vector<Token> tokens;
    std::vector<std::size_t> clause_ends; // for each clause: one past the index of its last token
    bool question = false;                // ends with a question mark
};

SentenceTokens tokenize_sentence(const Paragraph& paragraph, const Sentence& sentence);

// Lower-cases ASCII letters and Ä Ö Ü of UTF-8 text; other bytes stay.
std::string lower_german(std::string_view text);

// Whether a token is a noun in the middle of a sentence: capitalized, not the first word and
// not the formal pronoun (Sie, Ihnen, Ihr …).
bool is_inner_noun(const Token& token);

// Whether a word is a form of the formal pronoun: Sie, Ihnen, Ihr, Ihre, Ihrem, Ihren, Ihrer,
// Ihres.
bool is_formal_pronoun(std::string_view text);

} // namespace stadtsatz::plain_language
