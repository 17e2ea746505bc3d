#include "plain_language/token_rules.hpp"

namespace stadtsatz::plain_language {

std::optional<Finding> check_klammer(const Paragraph& paragraph, std::size_t index) {
    const Sentence& sentence = paragraph.sentences[index];
    for (std::size_t at = 0; at < sentence.text.size(); ++at) {
        const char character = sentence.text[at];
        if (character != '(' && character != ')' && character != '[' && character != ']') {
            continue;
        }
        const std::size_t offset = sentence.offset + at;
        // a bracket inside a URL (…/Seite_(Begriff)) is part of it; one around it is not
        const std::string_view token = token_around(paragraph.text, offset);
        const bool at_edge =
            offset == static_cast<std::size_t>(token.data() - paragraph.text.data()) ||
            offset + 1 ==
                static_cast<std::size_t>(token.data() - paragraph.text.data()) + token.size();
        if (!at_edge && in_web_address(paragraph, offset)) {
            continue;
        }
        return Finding{offset, "klammer",
                       "Vermeiden Sie Klammern: schreiben Sie, was in der Klammer steht, als "
                       "eigenen Satz"};
    }
    return std::nullopt;
}

} // namespace stadtsatz::plain_language
