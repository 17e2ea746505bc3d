#include "open_data/json_value.hpp"

#include <cstdio>

namespace stadtsatz::open_data {
namespace {

bool is_digit(char character) {
    return character >= '0' && character <= '9';
}

// True when `text` is a number by JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool is_json_number(std::string_view text) {
    std::size_t at = 0;
    if (at < text.size() && text[at] == '-') {
        ++at;
    }
    if (at >= text.size() || !is_digit(text[at])) {
        return false;
    }
    if (text[at] == '0') {
        ++at;
    } else {
        while (at < text.size() && is_digit(text[at])) {
            ++at;
        }
    }
    if (at < text.size() && text[at] == '.') {
        ++at;
        if (at >= text.size() || !is_digit(text[at])) {
            return false;
        }
        while (at < text.size() && is_digit(text[at])) {
            ++at;
        }
    }
    if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
        ++at;
        if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
            ++at;
        }
        if (at >= text.size() || !is_digit(text[at])) {
            return false;
        }
        while (at < text.size() && is_digit(text[at])) {
            ++at;
        }
    }
    return at == text.size();
}

// An XML decimal ("+5", ".5", "5.", "007") in JSON's form with the same digits after the point.
std::string json_number_text(std::string_view written) {
    if (is_json_number(written)) {
        return std::string(written);
    }
    std::string text(written);
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.erase(0, 1);
    }
    while (text.size() > 1 && text.front() == '0' && is_digit(text[1])) {
        text.erase(0, 1);
    }
    if (!text.empty() && text.front() == '.') {
        text.insert(0, "0");
    }
    if (!text.empty() && text.back() == '.') {
        text.pop_back();
    }
    text = (negative ? "-" : "") + text;
    if (is_json_number(text)) {
        return text;
    }
    return "null"; // not a number at all: the reader never lets one through
}

void indent(int depth, std::string& out) {
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
}

} // namespace

JsonValue JsonValue::boolean(bool value) {
    JsonValue result;
    result.kind_ = Kind::Boolean;
    result.text_ = value ? "true" : "false";
    return result;
}

JsonValue JsonValue::number(std::string_view written) {
    JsonValue result;
    result.kind_ = Kind::Number;
    result.text_ = json_number_text(written);
    return result;
}

JsonValue JsonValue::integer(long long value) {
    JsonValue result;
    result.kind_ = Kind::Number;
    result.text_ = std::to_string(value);
    return result;
}

JsonValue JsonValue::string(std::string text) {
    JsonValue result;
    result.kind_ = Kind::String;
    result.text_ = std::move(text);
    return result;
}

JsonValue JsonValue::array() {
    JsonValue result;
    result.kind_ = Kind::Array;
    return result;
}

JsonValue JsonValue::object() {
    JsonValue result;
    result.kind_ = Kind::Object;
    return result;
}

JsonValue& JsonValue::push(JsonValue value) {
    items_.push_back(std::move(value));
    return items_.back();
}

JsonValue& JsonValue::set(std::string key, JsonValue value) {
    for (auto& [existing, member] : members_) {
        if (existing == key) {
            member = std::move(value);
            return member;
        }
    }
    members_.emplace_back(std::move(key), std::move(value));
    return members_.back().second;
}

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (std::size_t at = 0; at < text.size(); ++at) {
        const unsigned char character = static_cast<unsigned char>(text[at]);
        switch (character) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (character < 0x20 || character == 0x7F) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", character);
                out += escaped;
            } else if (character == 0xE2 && at + 2 < text.size() &&
                       static_cast<unsigned char>(text[at + 1]) == 0x80 &&
                       (static_cast<unsigned char>(text[at + 2]) == 0xA8 ||
                        static_cast<unsigned char>(text[at + 2]) == 0xA9)) {
                // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
                out += static_cast<unsigned char>(text[at + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
                at += 2;
            } else {
                out += static_cast<char>(character);
            }
        }
    }
    return out + "\"";
}

void append_json(const JsonValue& value, int depth, std::string& out) {
    switch (value.kind_) {
    case JsonValue::Kind::Null:
        out += "null";
        break;
    case JsonValue::Kind::Boolean:
    case JsonValue::Kind::Number:
        out += value.text_;
        break;
    case JsonValue::Kind::String:
        out += json_string(value.text_);
        break;
    case JsonValue::Kind::Array:
        if (value.items_.empty()) {
            out += "[]";
            break;
        }
        out += "[\n";
        for (std::size_t index = 0; index < value.items_.size(); ++index) {
            indent(depth + 1, out);
            append_json(value.items_[index], depth + 1, out);
            out += index + 1 < value.items_.size() ? ",\n" : "\n";
        }
        indent(depth, out);
        out += "]";
        break;
    case JsonValue::Kind::Object:
        if (value.members_.empty()) {
            out += "{}";
            break;
        }
        out += "{\n";
        for (std::size_t index = 0; index < value.members_.size(); ++index) {
            indent(depth + 1, out);
            out += json_string(value.members_[index].first) + ": ";
            append_json(value.members_[index].second, depth + 1, out);
            out += index + 1 < value.members_.size() ? ",\n" : "\n";
        }
        indent(depth, out);
        out += "}";
        break;
    }
}

std::string to_json(const JsonValue& value) {
    std::string out;
    append_json(value, 0, out);
    return out + "\n";
}

} // namespace stadtsatz::open_data
