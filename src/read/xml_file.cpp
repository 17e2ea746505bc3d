#include "read/xml_file.hpp"

#include "read/value_parsing.hpp"
#include "read/xml_well_formedness.hpp"
#include "text/normalization.hpp"

#include <cstring>

namespace stadtsatz::read {

namespace {

// pugixml's parse status in the editors' language.
std::string describe_parse_status(pugi::xml_parse_status status) {
    switch (status) {
    case pugi::status_unrecognized_tag:
        return "unbekannte Markup-Konstruktion";
    case pugi::status_bad_pi:
        return "fehlerhafte Verarbeitungsanweisung <?...?>";
    case pugi::status_bad_comment:
        return "fehlerhafter Kommentar <!--...-->";
    case pugi::status_bad_cdata:
        return "fehlerhafter CDATA-Abschnitt";
    case pugi::status_bad_doctype:
        return "fehlerhafte DOCTYPE-Angabe";
    case pugi::status_bad_pcdata:
        return "fehlerhafter Text";
    case pugi::status_bad_start_element:
        return "fehlerhaftes Start-Tag";
    case pugi::status_bad_attribute:
        return "fehlerhaftes Attribut (Anführungszeichen vergessen?)";
    case pugi::status_bad_end_element:
        return "fehlerhaftes End-Tag";
    case pugi::status_end_element_mismatch:
        return "End-Tag passt nicht zum offenen Element (oder fehlt)";
    case pugi::status_append_invalid_root:
        return "ungültiges Wurzelelement";
    case pugi::status_no_document_element:
        return "kein Wurzelelement gefunden";
    default:
        return "Datei kann nicht gelesen werden";
    }
}

bool is_space(char character) {
    return character == ' ' || character == '\t' || character == '\n' || character == '\r';
}

bool is_name_end(char character) {
    return is_space(character) || character == '=' || character == '>' || character == '/';
}

} // namespace

bool XmlFile::load(const std::filesystem::path& path, const std::string& display_name,
                   model::Diagnostics& diagnostics) {
    std::string bytes;
    if (const auto problem = read_text_file(path.string(), bytes)) {
        diagnostics.error({display_name, 0, 0}, *problem);
        source_ = std::make_unique<SourceText>(display_name, std::string());
        return false;
    }
    source_ = std::make_unique<SourceText>(display_name, std::move(bytes));
    const std::string& text = source_->bytes();
    if (const auto violation = find_well_formedness_error(text)) {
        diagnostics.error(source_->at_offset(violation->offset),
                          "kein gültiges XML: " + violation->message);
        return false;
    }
    pugi::xml_parse_result result =
        document_.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result) {
        diagnostics.error(source_->at_offset(static_cast<std::size_t>(result.offset)),
                          "kein gültiges XML: " + describe_parse_status(result.status) +
                              " (pugixml: " + result.description() + ")");
        return false;
    }
    // pugixml accepts several top-level elements; XML does not.
    int elements = 0;
    for (pugi::xml_node child : document_.children()) {
        if (child.type() == pugi::node_element && ++elements == 2) {
            diagnostics.error(position(child), "kein gültiges XML: nach dem Wurzelelement <" +
                                                   std::string(root().name()) +
                                                   "> folgt ein weiteres Element");
            return false;
        }
        if ((child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) &&
            !collapse_whitespace(child.value()).empty()) {
            std::size_t offset = static_cast<std::size_t>(child.offset_debug());
            while (offset < text.size() && is_space(text[offset])) {
                ++offset;
            }
            diagnostics.error(source_->at_offset(offset),
                              "kein gültiges XML: Text außerhalb des Wurzelelements");
            return false;
        }
    }
    return true;
}

model::SourcePosition XmlFile::position(pugi::xml_node node) const {
    auto offset = static_cast<std::size_t>(node.offset_debug());
    if (node.offset_debug() < 0) {
        return source_->whole_file();
    }
    // pugixml points at the element's name; editors expect the '<' before it.
    if (node.type() == pugi::node_element && offset > 0 && source_->bytes()[offset - 1] == '<') {
        --offset;
    }
    return source_->at_offset(offset);
}

model::SourcePosition XmlFile::attribute_position(pugi::xml_node element, const char* name) const {
    const std::string& text = source_->bytes();
    if (element.offset_debug() < 0) {
        return position(element);
    }
    std::size_t index = static_cast<std::size_t>(element.offset_debug());
    std::size_t name_length = std::strlen(name);
    // Skip the element name, then walk the attributes as written.
    while (index < text.size() && !is_name_end(text[index])) {
        ++index;
    }
    while (index < text.size()) {
        while (index < text.size() && is_space(text[index])) {
            ++index;
        }
        if (index >= text.size() || text[index] == '>' || text[index] == '/') {
            break;
        }
        std::size_t name_start = index;
        while (index < text.size() && !is_name_end(text[index])) {
            ++index;
        }
        if (index - name_start == name_length && text.compare(name_start, name_length, name) == 0) {
            return source_->at_offset(name_start);
        }
        while (index < text.size() && is_space(text[index])) {
            ++index;
        }
        if (index < text.size() && text[index] == '=') {
            ++index;
            while (index < text.size() && is_space(text[index])) {
                ++index;
            }
            if (index < text.size() && (text[index] == '"' || text[index] == '\'')) {
                char quote = text[index];
                std::size_t closing = text.find(quote, index + 1);
                index = closing == std::string::npos ? text.size() : closing + 1;
            }
        } else if (index == name_start) {
            break; // not an attribute: give up rather than loop
        }
    }
    return position(element);
}

model::SourcePosition XmlFile::text_position(pugi::xml_node element) const {
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            // Point at the first non-space character of the text.
            std::size_t offset = static_cast<std::size_t>(child.offset_debug());
            const std::string& text = source_->bytes();
            while (offset < text.size() && is_space(text[offset])) {
                ++offset;
            }
            return source_->at_offset(offset);
        }
    }
    return position(element);
}

std::string element_text(pugi::xml_node element) {
    std::string content;
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            content += child.value();
        }
    }
    return text::to_nfc(collapse_whitespace(content));
}

std::string attribute_text(pugi::xml_node element, const char* name) {
    return text::to_nfc(collapse_whitespace(element.attribute(name).value()));
}

} // namespace stadtsatz::read
