#include "plain_language/passiv.hpp"

#include "plain_language/function_words.hpp"
#include "plain_language/participle.hpp"
#include "plain_language/passiv_words.hpp"
#include "plain_language/word_list.hpp"

namespace stadtsatz::plain_language {

namespace {

constexpr std::string_view rule = "passiv";

// Whether the token at `index` can be the participle of a passive: participle-shaped, written
// small, not an attribute before a noun ("die geplanten Kurse") and not "wie geplant".
ParticipleShape participle_at(const SentenceTokens& sentence, std::size_t index) {
    const std::vector<Token>& tokens = sentence.tokens;
    const Token& token = tokens[index];
    if (token.is_number || (token.capitalized && !token.sentence_start)) {
        return ParticipleShape::None;
    }
    // an attribute: a noun follows, maybe after more adjectives ("die geplanten neuen Kurse")
    for (std::size_t next = index + 1; next < tokens.size() && next <= index + 3; ++next) {
        if (tokens[next].clause != token.clause) {
            break;
        }
        if (is_inner_noun(tokens[next])) {
            return ParticipleShape::None;
        }
        if (tokens[next].capitalized || !tokens[next].lower.ends_with("en")) {
            break;
        }
    }
    // the perfect of another verb: "mitgewirkt hat", "gekommen sind"
    if (index + 1 < tokens.size() && tokens[index + 1].clause == token.clause &&
        contains(passive_words::perfect_auxiliaries, tokens[index + 1].lower)) {
        return ParticipleShape::None;
    }
    if (index > 0 && tokens[index - 1].clause == token.clause &&
        (tokens[index - 1].lower == "wie" || tokens[index - 1].lower == "als")) {
        return ParticipleShape::None;
    }
    return participle_shape(token.lower);
}

} // namespace

std::optional<Finding> find_passive(const SentenceTokens& sentence) {
    const std::vector<Token>& tokens = sentence.tokens;
    std::size_t clause_begin = 0;
    for (std::size_t clause_end : sentence.clause_ends) {
        const Token* auxiliary = nullptr;
        bool past = false;
        bool agent = false;
        // after the auxiliary: an object outside a prepositional phrase makes a future
        // ("Wir werden Sie beraten"), none a passive ("Die Plätze werden nach Alter vergeben")
        bool object = false;
        bool in_phrase = false;
        bool ambiguous_without_object = false;
        ParticipleShape best = ParticipleShape::None;
        for (std::size_t index = clause_begin; index < clause_end; ++index) {
            const Token& token = tokens[index];
            if (token.lower == "worden") {
                return finding_at(token, rule,
                                  "Passiv ('ist … worden'): Schreiben Sie aktiv, wer etwas "
                                  "getan hat ('Die Stadt hat … gemacht').");
            }
            const bool is_past = contains(passive_words::past_auxiliaries, token.lower);
            const bool is_present = contains(passive_words::present_auxiliaries, token.lower);
            if ((is_past || is_present) && !(token.capitalized && !token.sentence_start)) {
                if (auxiliary == nullptr) {
                    auxiliary = &token;
                }
                past = past || is_past;
                continue;
            }
            if (contains(passive_words::agent_markers, token.lower)) {
                agent = true;
            }
            const ParticipleShape shape = participle_at(sentence, index);
            if (auxiliary != nullptr) {
                if (shape == ParticipleShape::Ambiguous && !object) {
                    ambiguous_without_object = true;
                }
                const bool genitive_attribute =
                    (token.lower == "der" || token.lower == "des") && index > 0 &&
                    is_inner_noun(tokens[index - 1]); // "nach dem Datum der Anmeldung"
                if (contains(function_words::prepositions, token.lower) || genitive_attribute) {
                    in_phrase = true;
                } else if (in_phrase && (is_inner_noun(token) || token.is_number)) {
                    in_phrase = false;
                } else if (!in_phrase && contains(passive_words::object_words, token.lower)) {
                    object = true;
                }
            }
            if (shape == ParticipleShape::Certain || best == ParticipleShape::None) {
                best = shape == ParticipleShape::None ? best : shape;
            }
        }
        const bool passive =
            auxiliary != nullptr &&
            (best == ParticipleShape::Certain ||
             (best == ParticipleShape::Ambiguous && (past || agent || ambiguous_without_object)));
        if (passive) {
            return finding_at(*auxiliary, rule,
                              "Passiv: Schreiben Sie aktiv, wer etwas tut ('Die Stadt prüft "
                              "den Antrag' statt 'Der Antrag wird geprüft').");
        }
        clause_begin = clause_end;
    }
    return std::nullopt;
}

} // namespace stadtsatz::plain_language
