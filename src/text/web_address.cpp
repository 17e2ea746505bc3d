#include "text/web_address.hpp"

#include <array>

namespace stadtsatz::text {
namespace {

bool is_ascii_letter(char character) {
    return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z');
}

// Top-level domains of the addresses German public bodies print (lower case).
constexpr std::array<std::string_view, 18> top_level_domains = {
    "de",     "at",      "ch",  "eu",  "com", "org", "net", "info",   "bayern",
    "berlin", "hamburg", "nrw", "gov", "edu", "int", "io",  "online", "digital"};

bool is_top_level_domain(std::string_view letters) {
    if (letters.size() < 2 || letters.size() > 7) {
        return false;
    }
    char lower[8] = {};
    for (std::size_t index = 0; index < letters.size(); ++index) {
        const char letter = letters[index];
        lower[index] = letter >= 'A' && letter <= 'Z' ? static_cast<char>(letter + 32) : letter;
    }
    const std::string_view folded(lower, letters.size());
    for (const std::string_view domain : top_level_domains) {
        if (folded == domain) {
            return true;
        }
    }
    return false;
}

} // namespace

bool is_web_or_mail_address(std::string_view token) {
    if (token.find("://") != std::string_view::npos ||
        token.find("www.") != std::string_view::npos || token.find('@') != std::string_view::npos) {
        return true;
    }
    // A domain: a letter, a dot, then a known top-level domain that ends the token (before
    // closing punctuation) or starts a path or port: neu-ulm.de, stadt-x.de/integration.
    for (std::size_t dot = token.find('.'); dot != std::string_view::npos;
         dot = token.find('.', dot + 1)) {
        if (dot == 0 || !is_ascii_letter(token[dot - 1])) {
            continue;
        }
        std::size_t end = dot + 1;
        while (end < token.size() && is_ascii_letter(token[end])) {
            ++end;
        }
        const bool ends_domain =
            end == token.size() ||
            std::string_view("/:).,;!?\"'").find(token[end]) != std::string_view::npos ||
            static_cast<unsigned char>(token[end]) >= 0x80; // closing quotes, dashes
        if (ends_domain && is_top_level_domain(token.substr(dot + 1, end - dot - 1))) {
            return true;
        }
    }
    return false;
}

} // namespace stadtsatz::text
