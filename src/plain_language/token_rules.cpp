#include "plain_language/token_rules.hpp"

#include "text/web_address.hpp"

#include <algorithm>

namespace stadtsatz::plain_language {

std::string_view token_around(std::string_view text, std::size_t offset) {
    auto is_space = [&](std::size_t at) {
        return text[at] == ' ' || text[at] == '\n' || text[at] == '\t';
    };
    std::size_t begin = std::min(offset, text.size());
    while (begin > 0 && !is_space(begin - 1)) {
        --begin;
    }
    std::size_t end = std::min(offset, text.size());
    while (end < text.size() && !is_space(end)) {
        ++end;
    }
    return text.substr(begin, end - begin);
}

bool in_web_address(const Paragraph& paragraph, std::size_t offset) {
    return text::is_web_or_mail_address(token_around(paragraph.text, offset));
}

std::vector<Finding> check_tokens(const Paragraph& paragraph, const Limits& limits,
                                  const text::Hyphenator& hyphenator) {
    std::vector<Finding> findings;
    const std::set<std::string, std::less<>> explained = explained_acronyms(paragraph);
    for (std::size_t index = 0; index < paragraph.sentences.size(); ++index) {
        for (auto finding : {check_abkuerzung(paragraph, index, explained),
                             check_zahl(paragraph, index), check_datum(paragraph, index),
                             check_sonderzeichen(paragraph, index), check_klammer(paragraph, index),
                             check_langes_wort(paragraph, index, limits, hyphenator)}) {
            if (finding) {
                findings.push_back(std::move(*finding));
            }
        }
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.offset < b.offset; });
    return findings;
}

} // namespace stadtsatz::plain_language
