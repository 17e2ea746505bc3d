#pragma once

#include "plain_language/grammar_rule.hpp"

namespace stadtsatz::plain_language {

// Rule "satzlaenge": a sentence with more words than `limits.sentence_words` (numbers and
// hyphenated words count as one word each). The finding stands at the sentence's start.
std::optional<Finding> find_long_sentence(const Sentence& sentence, const Limits& limits);

} // namespace stadtsatz::plain_language
