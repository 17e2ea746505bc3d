#include "plain_language/konjunktiv.hpp"

#include "plain_language/konjunktiv_words.hpp"
#include "plain_language/word_list.hpp"

namespace stadtsatz::plain_language {

namespace {

constexpr std::string_view rule = "konjunktiv";

// `first_person`: the index of the sentence's first "ich", or tokens.size(). "habe" and
// "werde" are indicative with "ich" before them or right after ("Ich war krank und habe …",
// "Was habe ich …").
bool is_subjunctive(const std::vector<Token>& tokens, std::size_t index, std::size_t first_person) {
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
        return !token.sentence_start &&
               !(first_person < tokens.size() && first_person <= index + 1);
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
    std::size_t first_person = 0;
    while (first_person < sentence.tokens.size() && sentence.tokens[first_person].lower != "ich") {
        ++first_person;
    }
    for (std::size_t index = 0; index < sentence.tokens.size(); ++index) {
        if (is_subjunctive(sentence.tokens, index, first_person)) {
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
