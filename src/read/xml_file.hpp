#pragma once

#include "model/diagnostic.hpp"
#include "model/source_position.hpp"
#include "read/source_text.hpp"

#include <filesystem>
#include <memory>
#include <pugixml.hpp>
#include <string>

namespace stadtsatz::read {

// A parsed XML input file that can say where each of its nodes and attributes was written.
class XmlFile {
public:
    // Reads and parses `path`; reports unreadable files and malformed XML (with the position
    // pugixml found) to `diagnostics` and returns false then.
    bool load(const std::filesystem::path& path, const std::string& display_name,
              model::Diagnostics& diagnostics);

    pugi::xml_node root() const { return document_.document_element(); }
    const SourceText& source() const { return *source_; }

    // The position of an element's '<' (or of a text node's first character).
    model::SourcePosition position(pugi::xml_node node) const;
    // The position of attribute `name` of `element`; the element's position when absent.
    model::SourcePosition attribute_position(pugi::xml_node element, const char* name) const;
    // The position of an element's text content; the element's position when it has none.
    model::SourcePosition text_position(pugi::xml_node element) const;

private:
    std::unique_ptr<SourceText> source_;
    pugi::xml_document document_;
};

// The collapsed text of an element (runs of whitespace become one space, ends trimmed), NFC.
std::string element_text(pugi::xml_node element);

// The collapsed value of an attribute, NFC; empty when absent.
std::string attribute_text(pugi::xml_node element, const char* name);

} // namespace stadtsatz::read
