#include "read/xml_well_formedness.hpp"

#include "read/unicode_text.hpp"

#include <array>
#include <cstdio>

namespace stadtsatz::read {
namespace {

bool is_xml_space(char character) {
    return character == ' ' || character == '\t' || character == '\n' || character == '\r';
}

bool starts_with(std::string_view text, std::size_t offset, std::string_view prefix) {
    return text.compare(offset, prefix.size(), prefix) == 0;
}

// The value of a digit in base 16 (or 10); -1 when `character` is none.
int digit_value(char character, bool hex) {
    if (character >= '0' && character <= '9') {
        return character - '0';
    }
    if (hex && character >= 'a' && character <= 'f') {
        return character - 'a' + 10;
    }
    if (hex && character >= 'A' && character <= 'F') {
        return character - 'A' + 10;
    }
    return -1;
}

// Whether `code` is an XML Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | ….
bool is_xml_char(unsigned long code) {
    return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
           (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
}

// A character that is valid UTF-8 but no XML Char; the offset of the first one.
std::optional<WellFormednessError> find_forbidden_character(std::string_view bytes) {
    for (std::size_t index = 0; index < bytes.size(); ++index) {
        const auto byte = static_cast<unsigned char>(bytes[index]);
        if (byte < 0x20 && !is_xml_char(byte)) {
            std::array<char, 8> code{};
            std::snprintf(code.data(), code.size(), "%04X", byte);
            return WellFormednessError{index, std::string("Steuerzeichen U+") + code.data() +
                                                  (byte == 0 ? " (NUL-Byte)" : "") +
                                                  " ist in XML nicht erlaubt"};
        }
        // U+FFFE and U+FFFF: EF BF BE, EF BF BF
        if (byte == 0xEF && index + 2 < bytes.size() &&
            static_cast<unsigned char>(bytes[index + 1]) == 0xBF &&
            (static_cast<unsigned char>(bytes[index + 2]) & 0xFE) == 0xBE) {
            return WellFormednessError{index, "Zeichen U+FFFE/U+FFFF ist in XML nicht erlaubt"};
        }
    }
    return std::nullopt;
}

// The length of a valid reference at `offset` ('&' … ';'); 0 when it is none.
std::size_t reference_length(std::string_view bytes, std::size_t offset) {
    for (std::string_view name : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
        if (starts_with(bytes, offset, name)) {
            return name.size();
        }
    }
    std::size_t index = offset + 1;
    if (index >= bytes.size() || bytes[index] != '#') {
        return 0;
    }
    ++index;
    const bool hex = index < bytes.size() && bytes[index] == 'x';
    if (hex) {
        ++index;
    }
    unsigned long code = 0;
    const std::size_t digits_start = index;
    while (index < bytes.size() && digit_value(bytes[index], hex) >= 0) {
        code = code * (hex ? 16 : 10) + static_cast<unsigned long>(digit_value(bytes[index], hex));
        if (code > 0x10FFFF) {
            return 0;
        }
        ++index;
    }
    if (index == digits_start || index >= bytes.size() || bytes[index] != ';' ||
        !is_xml_char(code)) {
        return 0;
    }
    return index + 1 - offset;
}

// What an '&' at `offset` that starts no valid reference says to the editor.
WellFormednessError bad_reference(std::string_view bytes, std::size_t offset) {
    std::size_t end = offset + 1;
    while (end < bytes.size() && end - offset < 40 && bytes[end] != ';' && bytes[end] != '<' &&
           bytes[end] != '&' && bytes[end] != ' ' && bytes[end] != '\n' && bytes[end] != '"') {
        ++end;
    }
    if (end < bytes.size() && bytes[end] == ';') {
        const std::string reference(bytes.substr(offset, end + 1 - offset));
        if (reference.size() > 1 && reference[1] == '#') {
            return {offset, "Zeichenreferenz „" + reference +
                                "“ ist ungültig: sie nennt kein in XML erlaubtes Zeichen"};
        }
        return {offset, "Entity-Referenz „" + reference +
                            "“ ist nicht deklariert und wird nicht ersetzt; erlaubt sind &amp; "
                            "&lt; &gt; &quot; &apos; und Zeichenreferenzen wie &#228;"};
    }
    return {offset, "ein einzelnes „&“ muss als &amp; geschrieben werden"};
}

// The end of a quoted string starting at `offset`, or of the text when it is not closed.
std::size_t after_quoted(std::string_view bytes, std::size_t offset) {
    const auto closing = bytes.find(bytes[offset], offset + 1);
    return closing == std::string_view::npos ? bytes.size() : closing + 1;
}

// Checks a <!DOCTYPE …> at `offset`; sets `end` to the offset after it.
std::optional<WellFormednessError> check_doctype(std::string_view bytes, std::size_t offset,
                                                 std::size_t& end) {
    std::size_t index = offset + 9; // "<!DOCTYPE"
    while (index < bytes.size() && bytes[index] != '[' && bytes[index] != '>') {
        if (bytes[index] == '"' || bytes[index] == '\'') {
            index = after_quoted(bytes, index);
            continue;
        }
        if (starts_with(bytes, index, "SYSTEM") || starts_with(bytes, index, "PUBLIC")) {
            return WellFormednessError{
                index, "DOCTYPE mit externer DTD: sie wird nicht gelesen, ihre Entities "
                       "würden nicht ersetzt; bitte die DOCTYPE-Angabe entfernen"};
        }
        ++index;
    }
    if (index < bytes.size() && bytes[index] == '[') {
        ++index;
        while (index < bytes.size() && bytes[index] != ']') {
            if (bytes[index] == '"' || bytes[index] == '\'') {
                index = after_quoted(bytes, index);
                continue;
            }
            if (starts_with(bytes, index, "<!--")) {
                const auto closing = bytes.find("-->", index + 4);
                index = closing == std::string_view::npos ? bytes.size() : closing + 3;
                continue;
            }
            if (starts_with(bytes, index, "<!ENTITY")) {
                return WellFormednessError{
                    index, "DOCTYPE mit Entity-Deklaration: Entities werden nicht ersetzt; "
                           "bitte die Deklaration entfernen und den Text direkt schreiben"};
            }
            ++index;
        }
    }
    const auto closing = bytes.find('>', index);
    end = closing == std::string_view::npos ? bytes.size() : closing + 1;
    return std::nullopt;
}

} // namespace

std::optional<WellFormednessError> find_well_formedness_error(std::string_view bytes) {
    if (const std::size_t invalid = invalid_utf8_offset(bytes); invalid != std::string_view::npos) {
        return WellFormednessError{invalid, "ungültiges Zeichen: die Datei ist nicht in UTF-8 "
                                            "gespeichert"};
    }
    if (auto forbidden = find_forbidden_character(bytes)) {
        return forbidden;
    }
    // Walk the markup; references count in text and in attribute values only. Outside the
    // root element only comments, processing instructions, a DOCTYPE and whitespace may be.
    std::size_t index = starts_with(bytes, 0, "\xEF\xBB\xBF") ? 3 : 0; // a byte order mark
    int depth = 0;                                                     // elements open at `index`
    bool root_ended = false; // the root element's end tag (or "/>") is behind `index`
    while (index < bytes.size()) {
        const char character = bytes[index];
        if (depth == 0 && character != '<' && !is_xml_space(character)) {
            return WellFormednessError{index, root_ended ? "Text nach dem Wurzelelement"
                                                         : "Text vor dem Wurzelelement"};
        }
        if (character == '&') {
            const std::size_t length = reference_length(bytes, index);
            if (length == 0) {
                return bad_reference(bytes, index);
            }
            index += length;
            continue;
        }
        if (character != '<') {
            ++index;
            continue;
        }
        std::string_view closing;
        if (starts_with(bytes, index, "<!--")) {
            closing = "-->";
        } else if (starts_with(bytes, index, "<![CDATA[")) {
            closing = "]]>";
        } else if (starts_with(bytes, index, "<?")) {
            closing = "?>";
        } else if (starts_with(bytes, index, "<!DOCTYPE")) {
            std::size_t end = index;
            if (auto error = check_doctype(bytes, index, end)) {
                return error;
            }
            index = end;
            continue;
        }
        if (!closing.empty()) {
            const auto end = bytes.find(closing, index + 2);
            index = end == std::string_view::npos ? bytes.size() : end + closing.size();
            continue;
        }
        // A tag: skip to its '>', checking references inside quoted attribute values.
        const bool end_tag = starts_with(bytes, index, "</");
        if (!end_tag && depth == 0 && root_ended) {
            return WellFormednessError{index, "nach dem Wurzelelement folgt ein weiteres Element"};
        }
        ++index;
        while (index < bytes.size() && bytes[index] != '>') {
            if (bytes[index] == '"' || bytes[index] == '\'') {
                const char quote = bytes[index++];
                while (index < bytes.size() && bytes[index] != quote) {
                    if (bytes[index] == '&') {
                        const std::size_t length = reference_length(bytes, index);
                        if (length == 0) {
                            return bad_reference(bytes, index);
                        }
                        index += length;
                        continue;
                    }
                    ++index;
                }
            }
            ++index;
        }
        const bool empty_element = bytes[index - 1] == '/';
        if (end_tag) {
            --depth;
        } else if (!empty_element) {
            ++depth;
        }
        if (depth <= 0) {
            depth = 0; // an end tag too many is pugixml's to report
            root_ended = true;
        }
        ++index;
    }
    return std::nullopt;
}

} // namespace stadtsatz::read
