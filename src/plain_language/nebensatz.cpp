#include "plain_language/nebensatz.hpp"

#include "plain_language/function_words.hpp"
#include "plain_language/konjunktiv_words.hpp"
#include "plain_language/nebensatz_words.hpp"
#include "plain_language/word_list.hpp"

#include <algorithm>
#include <span>

namespace stadtsatz::plain_language {

namespace {

using namespace subordinate_clause_words;

constexpr std::string_view rule = "nebensatz";

// A view of one clause of a sentence: tokens [begin, end).
struct ClauseView {
    const std::vector<Token>& tokens;
    std::size_t begin;
    std::size_t end;

    std::size_t size() const { return end - begin; }
    const Token& at(std::size_t position) const { return tokens[begin + position]; }

    // Whether the clause ends in a word that can be its verb: written small, no number, no
    // adverb that ends noun phrases ("heute"). A subordinate clause puts its verb last.
    bool ends_in_verb() const {
        if (size() < 2) {
            return false;
        }
        const Token& last = tokens[end - 1];
        return !last.is_number && !(last.capitalized && !last.sentence_start) &&
               !contains(function_words::non_verb_enders, last.lower);
    }

    bool holds_any(std::span<const std::string_view> words, std::size_t from) const {
        for (std::size_t index = begin + from; index < end; ++index) {
            if (contains(words, tokens[index].lower)) {
                return true;
            }
        }
        return false;
    }
};

ClauseView clause_from(const SentenceTokens& sentence, std::size_t index) {
    return {sentence.tokens, index, sentence.clause_ends[sentence.tokens[index].clause]};
}

// Whether a word is a frequent finite verb form, indicative or Konjunktiv I.
bool is_finite_verb(std::string_view word) {
    return contains(function_words::finite_verbs, word) ||
           contains(subjunctive_words::subjunctive_one, word) || word == "habe" || word == "gebe" ||
           word == "werde";
}

bool opens_clause(const Token& token) {
    return token.sentence_start || token.before != Boundary::None;
}

// "Wird der Antrag abgelehnt, können Sie …", "Haben Sie Fragen, rufen Sie an": a conditional
// clause that starts with its verb, followed by "dann" or by the main clause's verb and subject.
bool is_verb_first_condition(const SentenceTokens& sentence) {
    const std::vector<Token>& tokens = sentence.tokens;
    if (tokens.empty() || sentence.question || !contains(condition_verbs, tokens[0].lower)) {
        return false;
    }
    const ClauseView first = clause_from(sentence, 0);
    if (first.end + 1 >= tokens.size() || tokens[first.end].before != Boundary::Comma ||
        !(first.ends_in_verb() || is_inner_noun(tokens[first.end - 1]))) {
        return false;
    }
    const Token& next = tokens[first.end];
    const Token& after = tokens[first.end + 1];
    if (next.lower == "dann" || next.lower == "so") {
        return true;
    }
    return !next.capitalized && (is_finite_verb(next.lower) || contains(subjects, after.lower));
}

// Whether the word after an ambiguous opener is a verb in second place ("Da gibt es …").
bool verb_follows(const ClauseView& clause) {
    if (clause.size() < 2) {
        return false;
    }
    const Token& second = clause.at(1);
    if (second.capitalized && !second.sentence_start) {
        return false; // a noun or "Sie": "Da Sie …", "Damit Kinder …"
    }
    if (contains(function_words::finite_verbs, second.lower)) {
        return true;
    }
    return !contains(function_words::clause_openers, second.lower) && !second.is_number;
}

// Whether the article-like word at the clause's start begins an enumeration item
// ("…, die Schulen und die Vereine"): a noun phrase follows and the clause coordinates.
bool is_enumeration(const ClauseView& clause, std::size_t article_position) {
    const std::size_t next = article_position + 1;
    if (next >= clause.size()) {
        return false;
    }
    const Token& after = clause.at(next);
    const bool noun_phrase =
        is_inner_noun(after) ||
        (!after.capitalized && next + 1 < clause.size() && is_inner_noun(clause.at(next + 1)));
    return noun_phrase && clause.holds_any(coordinators, next);
}

// "…, um Deutsch zu lernen", "…, ohne anzurufen": an infinitive with "zu" in the clause.
bool has_zu_infinitive(const ClauseView& clause) {
    for (std::size_t position = 1; position < clause.size(); ++position) {
        const Token& token = clause.at(position);
        if (token.lower == "zu" && position + 1 < clause.size() &&
            !clause.at(position + 1).capitalized) {
            return true;
        }
        for (std::string_view prefix : function_words::separable_prefixes) {
            if (token.lower.size() > prefix.size() + 4 && token.lower.starts_with(prefix) &&
                token.lower.substr(prefix.size()).starts_with("zu") && token.lower.ends_with("n")) {
                return true; // "anzumelden", "einzukaufen"
            }
        }
    }
    return false;
}

// A relative pronoun (after an optional preposition) at `position` of a clause that starts
// after a comma.
bool is_relative_clause(const ClauseView& clause, std::size_t position) {
    const Token& pronoun = clause.at(position);
    if (!contains(relative_pronouns, pronoun.lower) || pronoun.capitalized ||
        !clause.ends_in_verb()) {
        return false;
    }
    // "…, das ist wichtig": a verb in second place, with more after it
    if (position + 2 < clause.size() && is_finite_verb(clause.at(position + 1).lower)) {
        return false;
    }
    if (!contains(article_like, pronoun.lower)) {
        return true;
    }
    // "…, der Kurs sei hilfreich": an article, its noun and a finite verb with more after it
    // is a main clause of indirect speech
    if (position + 3 < clause.size() && is_inner_noun(clause.at(position + 1)) &&
        is_finite_verb(clause.at(position + 2).lower)) {
        return false;
    }
    // "…, das Konzept zu beschließen": an infinitive group, no relative clause
    if (position + 1 < clause.size() && is_inner_noun(clause.at(position + 1)) &&
        has_zu_infinitive(clause)) {
        return false;
    }
    return !is_enumeration(clause, position);
}

bool is_question_word(std::string_view word) {
    return word.starts_with("w") && word != "während";
}

// `correlative`: the sentence holds "desto" or "umso".
bool starts_subordinate_clause(const SentenceTokens& sentence, std::size_t index,
                               bool correlative) {
    const Token& token = sentence.tokens[index];
    if (token.capitalized && !token.sentence_start) {
        return false;
    }
    const std::string_view word = token.lower;
    if (contains(conjunctions, word)) {
        // "Ob jung oder alt: …" has no verb
        if (word != "ob") {
            return true;
        }
        const ClauseView clause = clause_from(sentence, index);
        const bool alternative = clause.size() == 4 && clause.at(2).lower == "oder";
        return clause.ends_in_verb() && !alternative;
    }
    if (!opens_clause(token)) {
        return false;
    }
    const ClauseView clause = clause_from(sentence, index);
    if (word == "je") {
        return correlative; // "Je früher Sie kommen, desto besser."
    }
    if (contains(infinitive_openers, word) && clause.size() > 2 && !clause.at(1).is_number) {
        if (has_zu_infinitive(clause)) {
            return true;
        }
    }
    if (contains(clause_start_conjunctions, word)) {
        if (word == "während" && clause.size() > 1 &&
            (clause.at(1).lower == "des" || clause.at(1).lower == "eines")) {
            return false; // the preposition: "während des Kurses"
        }
        if (!clause.ends_in_verb()) {
            return false;
        }
        const bool adverb = contains(adverb_capable, word);
        if (token.before == Boundary::Comma) {
            // "…, da können Sie fragen": the adverb before a verb in second place
            return !(adverb && clause.size() > 2 &&
                     contains(function_words::finite_verbs, clause.at(1).lower));
        }
        // at the start of the sentence (or after a colon): a main clause must follow after a
        // comma ("Wer Fragen hat, kann anrufen."), the sentence is no question, and an adverb
        // is followed by no verb ("Da gibt es Hilfe, …")
        const bool main_clause_follows = clause.end < sentence.tokens.size() &&
                                         sentence.tokens[clause.end].before == Boundary::Comma;
        if (!main_clause_follows || (adverb && verb_follows(clause))) {
            return false;
        }
        return !(is_question_word(word) && sentence.question);
    }
    if (token.before != Boundary::Comma) {
        return false;
    }
    if (is_relative_clause(clause, 0)) {
        return true;
    }
    return contains(prepositions, word) && clause.size() > 2 && is_relative_clause(clause, 1);
}

} // namespace

std::optional<Finding> find_subordinate_clause(const SentenceTokens& sentence) {
    if (is_verb_first_condition(sentence)) {
        return finding_at(sentence.tokens[0], rule,
                          "Nebensatz (Bedingung mit dem Verb vorn): Schreiben Sie zwei kurze "
                          "Hauptsätze ('Haben Sie Fragen? Dann rufen Sie an.').");
    }
    const bool correlative =
        std::any_of(sentence.tokens.begin(), sentence.tokens.end(), [](const Token& token) {
            return token.lower == "desto" || token.lower == "umso";
        });
    for (std::size_t index = 0; index < sentence.tokens.size(); ++index) {
        if (starts_subordinate_clause(sentence, index, correlative)) {
            const Token& token = sentence.tokens[index];
            return finding_at(token, rule,
                              "Nebensatz ('" + std::string(token.text) +
                                  " …'): Schreiben Sie zwei kurze Hauptsätze ('Sie haben "
                                  "Fragen? Dann rufen Sie an.').");
        }
    }
    return std::nullopt;
}

} // namespace stadtsatz::plain_language
