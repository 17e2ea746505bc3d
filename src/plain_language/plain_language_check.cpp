#include "plain_language/plain_language_check.hpp"

#include "plain_language/grammar_rules.hpp"
#include "plain_language/token_rules.hpp"

#include <algorithm>

namespace stadtsatz::plain_language {

std::vector<Finding> check_paragraph(const Paragraph& paragraph, const Limits& limits,
                                     const text::Hyphenator& hyphenator) {
    std::vector<Finding> findings = check_tokens(paragraph, limits, hyphenator);
    std::vector<Finding> grammar = check_grammar(paragraph, limits);
    findings.insert(findings.end(), grammar.begin(), grammar.end());
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.offset < b.offset; });
    return findings;
}

} // namespace stadtsatz::plain_language
