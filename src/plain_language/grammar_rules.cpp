#include "plain_language/grammar_rules.hpp"

#include "plain_language/genitiv.hpp"
#include "plain_language/konjunktiv.hpp"
#include "plain_language/nebensatz.hpp"
#include "plain_language/passiv.hpp"
#include "plain_language/satzlaenge.hpp"
#include "plain_language/sentence_tokens.hpp"
#include "plain_language/verneinung.hpp"

#include <algorithm>

namespace stadtsatz::plain_language {

std::vector<Finding> check_grammar(const Paragraph& paragraph, const Limits& limits) {
    std::vector<Finding> findings;
    const auto add = [&findings](std::optional<Finding> finding) {
        if (finding) {
            findings.push_back(std::move(*finding));
        }
    };
    for (const Sentence& sentence : paragraph.sentences) {
        const SentenceTokens tokens = tokenize_sentence(paragraph, sentence);
        add(find_long_sentence(sentence, limits));
        add(find_subordinate_clause(tokens));
        add(find_passive(tokens));
        add(find_subjunctive(tokens));
        add(find_genitive(tokens));
        add(find_negation(tokens));
    }
    std::stable_sort(
        findings.begin(), findings.end(),
        [](const Finding& left, const Finding& right) { return left.offset < right.offset; });
    return findings;
}

} // namespace stadtsatz::plain_language
