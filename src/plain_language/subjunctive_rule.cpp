#include "plain_language/subjunctive_rule.hpp"

#include "plain_language/subjunctive_words.hpp"
#include "plain_language/word_list.hpp"

namespace stadtsatz::plain_language {

namespace {

constexpr std::string_view rule = "konjunktiv";

// Whether "ich" stands before the token at `index` in the sentence or right after it ("ich
// habe", "Ich war krank und habe …", "Was habe ich …").
bool next_to_first_person(const std::vector<Token>& tokens, std::size_t index) {
    for (std::size_t other = 0; other < tokens.size() && other <= index + 1; ++other) {
        if (other != index && tokens[other].lower == "ich") {
            return true;
        }
    }
    return false;
}

bool is_subjunctive(const std::vector<Token>& tokens, std::size_t index) {
    const Token& token = tokens[index];
    if (token.capitalized && !token.sentence_start) {
        return false; // "die Würde des Menschen"
    }
    if (contains(subjunctive_words::subjunctive_two, token.lower)) {
        return true;
    }
    if (contains(subjunctive_words::subjunctive_one, token.lower)) {
        // "Sei pünktlich!", "Seien Sie …": the imperative opens its clause
        const bool opens_clause = token.sentence_start || token.before != Boundary::None;
        return !opens_clause;
    }
    if (contains(subjunctive_words::subjunctive_one_unless_first_person, token.lower)) {
        return !token.sentence_start && !next_to_first_person(tokens, index);
    }
    if (index > 0 && contains(subjunctive_words::subjunctive_one_after_third_person, token.lower)) {
        const Token& previous = tokens[index - 1];
        return previous.clause == token.clause && !previous.capitalized &&
               contains(subjunctive_words::third_person_pronouns, previous.lower);
    }
    return false;
}

} // namespace

std::optional<Finding> find_subjunctive(const SentenceTokens& sentence) {
    for (std::size_t index = 0; index < sentence.tokens.size(); ++index) {
        if (is_subjunctive(sentence.tokens, index)) {
            const Token& token = sentence.tokens[index];
            std::string message = "Konjunktiv ('" + std::string(token.text) +
                                  "'): Schreiben Sie in der Wirklichkeitsform, was ist oder was "
                                  "jemand tun kann ('Sie können …', 'Bitte bringen Sie …').";
            return finding_at(token, rule, std::move(message));
        }
    }
    return std::nullopt;
}

} // namespace stadtsatz::plain_language
