#pragma once

#include "model/diagnostic.hpp"
#include "read/xml_file.hpp"

#include <pugixml.hpp>
#include <string_view>
#include <vector>

namespace stadtsatz::read {

// How often a child element may occur, in the order of an xs:sequence.
struct ChildRule {
    std::string_view name;
    int min = 1;
    int max = 1; // 0 means unbounded
};

// What an element may hold: the program's side of the XSD, so both reject the same input.
struct ElementRule {
    std::vector<std::string_view> required_attributes;
    std::vector<std::string_view> optional_attributes;
    std::vector<ChildRule> children;    // in the order they must appear
    bool children_in_any_order = false; // an xs:choice repeated instead of an xs:sequence
    bool text_allowed = false;          // a leaf holding text
};

// Reports unknown, misplaced, missing and repeated children, unknown and missing attributes,
// and stray text. Returns false when it reported an error. The document element may in
// addition carry xmlns:xsi and xsi:noNamespaceSchemaLocation.
bool check_element(const XmlFile& file, pugi::xml_node element, const ElementRule& rule,
                   model::Diagnostics& diagnostics);

// The rule of a leaf element that holds text and nothing else.
inline const ElementRule text_only_rule{{}, {}, {}, false, true};

// The text of a leaf element, checked against text_only_rule; empty text is an error.
// An absent element gives "" without an error (the parent's rule reports it if required).
std::string required_text(const XmlFile& file, pugi::xml_node element,
                          model::Diagnostics& diagnostics);

} // namespace stadtsatz::read
