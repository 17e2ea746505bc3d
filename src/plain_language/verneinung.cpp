#include "plain_language/verneinung.hpp"

#include "plain_language/verneinung_words.hpp"
#include "plain_language/word_list.hpp"

namespace stadtsatz::plain_language {

std::optional<Finding> find_negation(const SentenceTokens& sentence) {
    for (const Token& token : sentence.tokens) {
        const std::string_view word = token.lower;
        const std::string_view first_part = word.substr(0, word.find('-'));
        if (contains(negation_words::negations, first_part)) {
            return finding_at(token, "verneinung",
                              "Verneinung ('" + std::string(token.text) +
                                  "'): Schreiben Sie positiv, was gilt ('Der Kurs ist kostenlos' "
                                  "statt 'Der Kurs kostet nichts').");
        }
    }
    return std::nullopt;
}

} // namespace stadtsatz::plain_language
