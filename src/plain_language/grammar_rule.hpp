#pragma once

#include "plain_language/finding.hpp"
#include "plain_language/sentence_tokens.hpp"

#include <optional>

namespace stadtsatz::plain_language {

// A rule's finding at a token: the token's offset, the rule's name and its message.
inline Finding finding_at(const Token& token, std::string_view rule, std::string message) {
    return Finding{token.offset, std::string(rule), std::move(message)};
}

} // namespace stadtsatz::plain_language
