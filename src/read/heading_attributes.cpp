#include "read/heading_attributes.hpp"

namespace stadtsatz::read {
namespace {

bool is_name_character(char character) {
    return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') ||
           (character >= '0' && character <= '9') || character == '-' || character == '_';
}

bool is_blank(char character) {
    return character == ' ' || character == '\t';
}

// Whether `inside` (the text between the braces) looks like attributes at all.
bool looks_like_attributes(std::string_view inside) {
    std::size_t position = 0;
    while (position < inside.size() && is_blank(inside[position])) {
        ++position;
    }
    if (position < inside.size() && inside[position] == '#') {
        return true;
    }
    const std::size_t name_start = position;
    while (position < inside.size() && is_name_character(inside[position])) {
        ++position;
    }
    return position > name_start && position < inside.size() && inside[position] == '=';
}

} // namespace

std::optional<HeadingAttributes> heading_attributes(std::string_view text) {
    const std::size_t end = text.find_last_not_of(" \t");
    if (end == std::string_view::npos || text[end] != '}') {
        return std::nullopt;
    }
    // The block's "{": the last one outside a quoted value.
    std::size_t open = std::string_view::npos;
    bool quoted = false;
    for (std::size_t index = 0; index < end; ++index) {
        if (text[index] == '"') {
            quoted = !quoted;
        } else if (text[index] == '{' && !quoted) {
            open = index;
        }
    }
    if (open == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string_view inside = text.substr(open + 1, end - open - 1);
    if (!looks_like_attributes(inside)) {
        return std::nullopt;
    }
    HeadingAttributes result;
    result.start = open;
    std::size_t position = 0;
    auto skip_blanks = [&] {
        while (position < inside.size() && is_blank(inside[position])) {
            ++position;
        }
    };
    for (skip_blanks(); position < inside.size(); skip_blanks()) {
        if (inside[position] == '#') {
            const std::size_t start = ++position;
            while (position < inside.size() && !is_blank(inside[position])) {
                ++position;
            }
            result.id = std::string(inside.substr(start, position - start));
            if (result.id.empty()) {
                result.problem = "nach „#“ fehlt die id: {#id}";
            }
            continue;
        }
        const std::size_t name_start = position;
        while (position < inside.size() && is_name_character(inside[position])) {
            ++position;
        }
        const std::string name(inside.substr(name_start, position - name_start));
        if (name.empty() || position + 1 >= inside.size() || inside[position] != '=' ||
            inside[position + 1] != '"') {
            result.problem = "unlesbare Angabe in {…}: erlaubt sind #id und kurztitel=\"…\"";
            break;
        }
        const std::size_t value_start = position + 2;
        const std::size_t value_end = inside.find('"', value_start);
        if (value_end == std::string_view::npos) {
            result.problem = name + "=\"… ist nicht geschlossen: das zweite \" fehlt";
            break;
        }
        position = value_end + 1;
        if (name != "kurztitel") {
            result.problem = "unbekannte Angabe " + name + "= in {…}: erlaubt ist kurztitel=\"…\"";
            continue;
        }
        result.short_title = std::string(inside.substr(value_start, value_end - value_start));
        result.has_short_title = true;
    }
    return result;
}

} // namespace stadtsatz::read
