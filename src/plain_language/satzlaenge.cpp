#include "plain_language/satzlaenge.hpp"

namespace stadtsatz::plain_language {

std::optional<Finding> find_long_sentence(const Sentence& sentence, const Limits& limits) {
    const std::size_t words = sentence.words.size();
    if (words <= limits.sentence_words) {
        return std::nullopt;
    }
    return Finding{sentence.offset, "satzlaenge",
                   "Der Satz hat " + std::to_string(words) + " Wörter; mehr als " +
                       std::to_string(limits.sentence_words) +
                       " sind zu viele. Teilen Sie ihn in kürzere Sätze."};
}

} // namespace stadtsatz::plain_language
