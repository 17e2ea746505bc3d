#include "plain_language/genitiv.hpp"

#include "plain_language/function_words.hpp"
#include "plain_language/genitiv_words.hpp"
#include "plain_language/word_list.hpp"

namespace stadtsatz::plain_language {

namespace {

constexpr std::string_view rule = "genitiv";
constexpr std::string_view message =
    "Genitiv: Schreiben Sie 'von dem' / 'von der' statt des Genitivs ('die Ziele von der "
    "Stadt' statt 'die Ziele der Stadt').";
constexpr std::string_view preposition_message =
    "Genitiv nach einer Präposition: Schreiben Sie den Satz anders, etwa mit 'weil', 'bei', "
    "'in' oder 'von dem' / 'von der' statt des Genitivs.";

// Articles, determiners and contractions: a word after them is no genitive name.
constexpr std::string_view determiners[] = {
    "der",   "die",    "das",   "den",    "dem",    "des",  "ein",   "eine", "einen", "einem",
    "einer", "eines",  "kein",  "keine",  "im",     "am",   "zum",   "zur",  "vom",   "beim",
    "ins",   "ans",    "aufs",  "unser",  "unsere", "mein", "meine", "sein", "seine", "ihr",
    "ihre",  "dieser", "diese", "dieses", "jeder",  "jede", "jedes", "alle"};

// Whether a lower-case word looks like an inflected adjective ("neuen", "große").
bool is_adjective_like(const Token& token) {
    if (token.capitalized && !token.sentence_start) {
        return false;
    }
    const std::string_view word = token.lower;
    return word.ends_with("e") || word.ends_with("en") || word.ends_with("er") ||
           word.ends_with("es") || word.ends_with("em");
}

// The index of the noun of the noun phrase starting at `index` (skipping up to three adjectives
// and numbers in the same clause), or tokens.size() if none.
std::size_t noun_of_phrase(const std::vector<Token>& tokens, std::size_t index) {
    const std::size_t clause = index < tokens.size() ? tokens[index].clause : 0;
    for (std::size_t skipped = 0; index < tokens.size() && skipped <= 3; ++index, ++skipped) {
        const Token& token = tokens[index];
        if (token.clause != clause) {
            break;
        }
        if (is_inner_noun(token)) {
            return index;
        }
        if (!token.is_number && !is_adjective_like(token)) {
            break;
        }
    }
    return tokens.size();
}

// Whether a noun (lower case) ends in a masculine head: "Stadtrat", "Deutschkurs".
bool is_masculine(std::string_view noun) {
    return ends_with_any(noun, genitive_words::masculine_heads);
}

// Whether the noun ends like a genitive of a masculine or neuter noun ("Jahres", "Programms").
bool has_genitive_s(std::string_view noun) {
    return noun.ends_with("s") && !ends_with_any(noun, genitive_words::s_noun_heads);
}

// Whether all letters after the first are capitals: an acronym such as "VHS".
bool is_acronym(std::string_view text) {
    return text.size() >= 2 && text[1] >= 'A' && text[1] <= 'Z';
}

// "Annas Buch", "Neu-Ulms Bürger": a capitalized word in -s right before a noun, with no
// article before it.
bool is_genitive_name(const std::vector<Token>& tokens, std::size_t index) {
    const Token& token = tokens[index];
    if (!token.capitalized || token.is_number || is_acronym(token.text) ||
        is_formal_pronoun(token.text) || token.lower.size() < 4 || !token.lower.ends_with("s") ||
        token.lower.ends_with("es") || // an adjective: "Bayerisches Landesamt", "Erstes Quartal"
        contains(genitive_words::not_genitive_names, token.lower) ||
        ends_with_any(token.lower, genitive_words::s_noun_heads)) {
        return false;
    }
    if (index + 1 >= tokens.size() || tokens[index + 1].clause != token.clause ||
        !is_inner_noun(tokens[index + 1])) {
        return false;
    }
    if (index > 0 && tokens[index - 1].clause == token.clause) {
        const Token& previous = tokens[index - 1];
        const bool title = previous.lower == "herrn" || previous.lower == "frau" ||
                           previous.lower == "herr" || previous.lower == "familie";
        if ((previous.capitalized && !title) || contains(determiners, previous.lower) ||
            is_adjective_like(previous)) {
            return false;
        }
    }
    return true;
}

// Whether the noun at `noun` ends a prepositional phrase inside a noun phrase ("ein im Ausland
// erworbener Abschluss") or at the clause start ("In diesem Konzept verwendeter Begriff"): an
// adjective after it agrees with the next noun, it is no genitive. "an Eltern kleiner Kinder"
// is one.
bool inside_prepositional_phrase(const std::vector<Token>& tokens, std::size_t noun) {
    for (std::size_t back = 1; back <= 4 && back <= noun; ++back) {
        const std::size_t index = noun - back;
        const Token& token = tokens[index];
        if (token.clause != tokens[noun].clause) {
            return false;
        }
        if (contains(function_words::prepositions, token.lower)) {
            const bool opens_clause = token.sentence_start || token.before != Boundary::None;
            const bool after_determiner = index > 0 && tokens[index - 1].clause == token.clause &&
                                          contains(determiners, tokens[index - 1].lower);
            return opens_clause || after_determiner;
        }
        if (token.before != Boundary::None || (!contains(determiners, token.lower) &&
                                               !is_adjective_like(token) && !token.is_number)) {
            return false;
        }
    }
    return false;
}

// The message if the token at `index` starts a genitive, empty otherwise.
std::string_view genitive_at(const std::vector<Token>& tokens, std::size_t index) {
    const Token& token = tokens[index];
    const std::string_view word = token.lower;
    const bool lower_case = !token.capitalized || token.sentence_start;
    if (lower_case && word == "des") {
        return message;
    }
    if (lower_case && (word == "deren" || word == "dessen")) {
        return noun_of_phrase(tokens, index + 1) < tokens.size() ? message : std::string_view{};
    }
    if (lower_case && contains(genitive_words::genitive_determiners, word)) {
        // "eines Jahres", "eines der Ziele"
        const std::size_t noun = noun_of_phrase(tokens, index + 1);
        const bool partitive = index + 1 < tokens.size() && tokens[index + 1].lower == "der";
        return noun < tokens.size() || partitive ? message : std::string_view{};
    }
    if (lower_case && contains(genitive_words::neuter_determiners, word)) {
        const std::size_t noun = noun_of_phrase(tokens, index + 1);
        return noun < tokens.size() && has_genitive_s(tokens[noun].lower) ? message
                                                                          : std::string_view{};
    }
    if (lower_case && contains(genitive_words::prepositions, word) && index + 1 < tokens.size() &&
        tokens[index + 1].clause == token.clause &&
        contains(genitive_words::articles_after_preposition, tokens[index + 1].lower)) {
        return preposition_message;
    }
    if (!token.capitalized && contains(genitive_words::attribute_determiners, word) && index > 0 &&
        tokens[index - 1].clause == token.clause && is_inner_noun(tokens[index - 1])) {
        const std::size_t noun = noun_of_phrase(tokens, index + 1);
        if (noun < tokens.size() && !(contains(genitive_words::masculine_capable, word) &&
                                      is_masculine(tokens[noun].lower))) {
            return message;
        }
    }
    // "Eltern kleiner Kinder": an adjective in -er without article between two nouns
    if (!token.capitalized && word.size() >= 5 && word.ends_with("er") && index > 0 &&
        index + 1 < tokens.size() && tokens[index - 1].clause == token.clause &&
        tokens[index + 1].clause == token.clause && is_inner_noun(tokens[index - 1]) &&
        is_inner_noun(tokens[index + 1]) && tokens[index - 1].before == Boundary::None &&
        !inside_prepositional_phrase(tokens, index - 1) &&
        !contains(genitive_words::not_attribute_adjectives, word)) {
        return message;
    }
    if (is_genitive_name(tokens, index)) {
        return message;
    }
    return {};
}

} // namespace

std::optional<Finding> find_genitive(const SentenceTokens& sentence) {
    for (std::size_t index = 0; index < sentence.tokens.size(); ++index) {
        const std::string_view found = genitive_at(sentence.tokens, index);
        if (!found.empty()) {
            return finding_at(sentence.tokens[index], rule, std::string(found));
        }
    }
    return std::nullopt;
}

} // namespace stadtsatz::plain_language
