#pragma once

#include <string_view>

namespace stadtsatz::text {

// Whether a space-delimited token (UTF-8, punctuation around it allowed) is or holds a URL, a
// domain or an e-mail address: it contains "://", "www." or "@", or a dot followed by at least
// two letters that end the token or a path (neu-ulm.de, stadt-x.de/integration). Such a token is
// never hyphenated and never broken at its own hyphens.
bool is_web_or_mail_address(std::string_view token);

} // namespace stadtsatz::text
