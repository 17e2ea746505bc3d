#include "plain_language/plain_language_check.hpp"

#include "plain_language/token_rules.hpp"

#include <algorithm>

namespace stadtsatz::plain_language {

std::vector<Finding> check_paragraph(const Paragraph& paragraph, const Limits& limits,
                                     const text::Hyphenator& hyphenator) {
    std::vector<Finding> findings = check_tokens(paragraph, limits, hyphenator);
    // The grammar rules (satzlaenge, nebensatz, passiv, …) join here:
    // append(findings, check_grammar(paragraph, limits));
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.offset < b.offset; });
    return findings;
}

} // namespace stadtsatz::plain_language
