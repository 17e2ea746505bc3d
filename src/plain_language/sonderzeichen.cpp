#include "plain_language/token_rules.hpp"

#include <array>

namespace stadtsatz::plain_language {
namespace {

// A special character and what to write instead.
struct SpecialCharacter {
    std::string_view character;
    std::string_view instead;
};

constexpr std::array<SpecialCharacter, 5> special_characters = {{
    {"%", "Schreiben Sie „Prozent“ statt „%“"},
    {"&", "Schreiben Sie „und“ statt „&“"},
    {"§", "Schreiben Sie „Paragraf“ statt „§“"},
    {";", "Machen Sie zwei Sätze statt „;“"},
    {"/", "Schreiben Sie „oder“ oder „und“ statt „/“"},
}};

} // namespace

std::optional<Finding> check_sonderzeichen(const Paragraph& paragraph, std::size_t index) {
    const Sentence& sentence = paragraph.sentences[index];
    for (std::size_t at = 0; at < sentence.text.size(); ++at) {
        for (const SpecialCharacter& special : special_characters) {
            if (sentence.text.substr(at, special.character.size()) != special.character) {
                continue;
            }
            const std::size_t offset = sentence.offset + at;
            if (in_web_address(paragraph, offset)) {
                continue; // "/" in a URL, "&" in its query
            }
            return Finding{offset, "sonderzeichen", std::string(special.instead)};
        }
    }
    return std::nullopt;
}

} // namespace stadtsatz::plain_language
