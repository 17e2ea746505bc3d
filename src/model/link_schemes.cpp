#include "model/link_schemes.hpp"

#include <cctype>

namespace stadtsatz::model {

std::optional<std::string> scheme_of(const std::string& target) {
    std::string scheme;
    for (const char character : target) {
        const auto byte = static_cast<unsigned char>(character);
        if (byte <= 0x20 || byte == 0x7f) {
            continue; // a browser drops these before it reads the scheme
        }
        if (character == ':') {
            if (scheme.empty()) {
                return std::nullopt;
            }
            return scheme;
        }
        // RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
        const bool scheme_character = scheme.empty()
                                          ? std::isalpha(byte) != 0
                                          : std::isalnum(byte) != 0 || character == '+' ||
                                                character == '-' || character == '.';
        if (!scheme_character) {
            return std::nullopt; // '/', '#', '?', … before any ':': a relative target
        }
        scheme += static_cast<char>(std::tolower(byte));
    }
    return std::nullopt;
}

bool is_allowed_scheme(const std::string& scheme) {
    return scheme == "https" || scheme == "http" || scheme == "mailto" || scheme == "tel";
}

bool is_allowed_link_target(const std::string& target) {
    const auto scheme = scheme_of(target);
    return !scheme || is_allowed_scheme(*scheme);
}

std::string allowed_schemes_hint() {
    return "externe Links beginnen mit https://, http://, mailto: oder tel:";
}

} // namespace stadtsatz::model
