#include "plain_language/sentence_tokens.hpp"

#include "plain_language/function_words.hpp"
#include "plain_language/word_list.hpp"

#include <algorithm>

namespace stadtsatz::plain_language {

namespace {

// The boundary that the characters between two words make.
Boundary boundary_of(std::string_view gap) {
    Boundary boundary = Boundary::None;
    for (std::size_t index = 0; index < gap.size(); ++index) {
        const char character = gap[index];
        if (character == ';' || character == ':' || character == '(' || character == ')' ||
            character == '"' || character == '.' || character == '!' || character == '?') {
            return Boundary::Strong;
        }
        if (character == ',') {
            boundary = Boundary::Comma;
        }
        // – — „ “ ” ‚ ‘ » « (UTF-8 sequences starting with E2 80 or C2 BB/AB)
        const std::string_view rest = gap.substr(index);
        if (rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94") ||
            rest.starts_with("\xE2\x80\x9E") || rest.starts_with("\xE2\x80\x9C") ||
            rest.starts_with("\xE2\x80\x9D") || rest.starts_with("\xC2\xBB") ||
            rest.starts_with("\xC2\xAB")) {
            return Boundary::Strong;
        }
        if (character == '-' && index > 0 && gap[index - 1] == ' ') {
            return Boundary::Strong; // a hyphen used as a dash
        }
    }
    return boundary;
}

bool starts_with_capital(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    const auto first = static_cast<unsigned char>(text[0]);
    if (first >= 'A' && first <= 'Z') {
        return true;
    }
    return text.starts_with("\xC3\x84") || text.starts_with("\xC3\x96") ||
           text.starts_with("\xC3\x9C");
}

} // namespace

std::string lower_german(std::string_view text) {
    std::string lower(text);
    for (std::size_t index = 0; index < lower.size(); ++index) {
        char& character = lower[index];
        if (character >= 'A' && character <= 'Z') {
            character = static_cast<char>(character - 'A' + 'a');
        } else if (static_cast<unsigned char>(character) == 0xC3 && index + 1 < lower.size()) {
            char& next = lower[index + 1];
            const auto second = static_cast<unsigned char>(next);
            if (second == 0x84 || second == 0x96 || second == 0x9C) {
                next = static_cast<char>(second + 0x20); // Ä Ö Ü → ä ö ü
            }
            ++index;
        }
    }
    return lower;
}

bool is_formal_pronoun(std::string_view text) {
    return contains(function_words::formal_pronouns, text);
}

bool is_inner_noun(const Token& token) {
    return token.capitalized && !token.sentence_start && !token.is_number &&
           !is_formal_pronoun(token.text);
}

SentenceTokens tokenize_sentence(const Paragraph& paragraph, const Sentence& sentence) {
    SentenceTokens result;
    std::size_t previous_end = sentence.offset;
    std::size_t clause = 0;
    for (const Word& word : sentence.words) {
        Token token;
        token.text = word.text;
        token.lower = lower_german(word.text);
        token.offset = word.offset;
        token.capitalized = starts_with_capital(word.text);
        token.is_number = word.is_number;
        token.sentence_start = result.tokens.empty();
        const std::size_t gap_begin = std::min(previous_end, word.offset);
        token.before = token.sentence_start
                           ? Boundary::None
                           : boundary_of(paragraph.text.substr(gap_begin, word.offset - gap_begin));
        if (token.before != Boundary::None) {
            result.clause_ends.push_back(result.tokens.size());
            ++clause;
        }
        token.clause = clause;
        previous_end = word.offset + word.text.size();
        result.tokens.push_back(std::move(token));
    }
    result.clause_ends.push_back(result.tokens.size());
    const std::size_t sentence_end = sentence.offset + sentence.text.size();
    if (previous_end < sentence_end) {
        const std::string_view tail =
            paragraph.text.substr(previous_end, sentence_end - previous_end);
        result.question = tail.find('?') != std::string_view::npos;
    }
    return result;
}

} // namespace stadtsatz::plain_language
