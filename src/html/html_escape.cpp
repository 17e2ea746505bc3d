#include "html/html_escape.hpp"

namespace stadtsatz::html {
namespace {

std::string escape(std::string_view text, bool in_attribute) {
    std::string result;
    result.reserve(text.size() + text.size() / 8);
    for (char character : text) {
        switch (character) {
        case '&':
            result += "&amp;";
            break;
        case '<':
            result += "&lt;";
            break;
        case '>':
            result += "&gt;";
            break;
        case '"':
            result += in_attribute ? "&quot;" : "\"";
            break;
        case '\'':
            result += in_attribute ? "&#39;" : "'";
            break;
        default:
            result += character;
            break;
        }
    }
    return result;
}

} // namespace

std::string escape_text(std::string_view text) {
    return escape(text, false);
}

std::string escape_attribute(std::string_view text) {
    return escape(text, true);
}

std::string id_attribute(const std::string& id) {
    return id.empty() ? "" : " id=\"" + escape_attribute(id) + "\"";
}

std::string encode_url_component(std::string_view text) {
    static const char* const hex_digits = "0123456789ABCDEF";
    std::string result;
    for (char character : text) {
        const auto byte = static_cast<unsigned char>(character);
        const bool unreserved = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                                (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' ||
                                byte == '_' || byte == '~';
        if (unreserved) {
            result += character;
        } else {
            result += '%';
            result += hex_digits[byte >> 4];
            result += hex_digits[byte & 0x0F];
        }
    }
    return result;
}

} // namespace stadtsatz::html
