#include "read/xml_structure.hpp"

#include "model/quoted_input.hpp"
#include "model/suggestions.hpp"
#include "read/value_parsing.hpp"

#include <algorithm>
#include <string>

namespace stadtsatz::read {

namespace {

std::string tag(std::string_view name) {
    return "<" + model::quoted_input(name) + ">";
}

template <typename Names> bool contains(const Names& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string expected_order(const ElementRule& rule) {
    std::string order;
    for (const ChildRule& child : rule.children) {
        if (!order.empty()) {
            order += ", ";
        }
        order += tag(child.name);
    }
    return order;
}

bool check_attributes(const XmlFile& file, pugi::xml_node element, const ElementRule& rule,
                      model::Diagnostics& diagnostics) {
    bool valid = true;
    bool is_document_element = element.parent().type() == pugi::node_document;
    for (pugi::xml_attribute attribute : element.attributes()) {
        std::string_view name = attribute.name();
        if (contains(rule.required_attributes, name) || contains(rule.optional_attributes, name)) {
            continue;
        }
        if (is_document_element &&
            (name == "xmlns:xsi" || name == "xsi:noNamespaceSchemaLocation")) {
            continue;
        }
        std::vector<std::string_view> known = rule.required_attributes;
        known.insert(known.end(), rule.optional_attributes.begin(), rule.optional_attributes.end());
        const auto match = model::closest_match(name, known);
        diagnostics.error(file.attribute_position(element, attribute.name()),
                          "unbekanntes Attribut " + model::quoted_input(name) + "= in " +
                              tag(element.name()) +
                              (match ? model::did_you_mean(*match + "=") : ""));
        valid = false;
    }
    for (std::string_view name : rule.required_attributes) {
        if (!element.attribute(std::string(name).c_str())) {
            diagnostics.error(file.position(element), "Pflichtattribut " + std::string(name) +
                                                          "= fehlt in " + tag(element.name()));
            valid = false;
        }
    }
    return valid;
}

} // namespace

bool check_element(const XmlFile& file, pugi::xml_node element, const ElementRule& rule,
                   model::Diagnostics& diagnostics) {
    bool valid = check_attributes(file, element, rule, diagnostics);
    std::vector<int> counts(rule.children.size(), 0);
    std::vector<bool> missing_reported(rule.children.size(), false);
    std::size_t current = 0;     // the rule the last well-placed child matched
    bool order_reported = false; // one misplaced child is enough to report per element
    // Required children an unknown one was taken for ("meinten Sie <x>?"): that message says
    // it already, so they are not reported missing as well.
    std::vector<std::string> suggested;
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            if (!rule.text_allowed && !collapse_whitespace(child.value()).empty()) {
                diagnostics.error(file.text_position(element), "Text ist in " +
                                                                   tag(element.name()) +
                                                                   " nicht erlaubt, nur Elemente");
                valid = false;
            }
            continue;
        }
        if (child.type() != pugi::node_element) {
            continue;
        }
        std::string_view name = child.name();
        auto found =
            std::find_if(rule.children.begin(), rule.children.end(),
                         [&](const ChildRule& candidate) { return candidate.name == name; });
        if (found == rule.children.end()) {
            std::vector<std::string_view> known;
            for (const ChildRule& candidate : rule.children) {
                known.push_back(candidate.name);
            }
            const auto match = model::closest_match(name, known);
            if (match) {
                suggested.push_back(*match);
            }
            diagnostics.error(file.position(child),
                              "unbekanntes Element " + tag(name) + " in " + tag(element.name()) +
                                  (match ? model::did_you_mean(tag(*match)) : ""));
            valid = false;
            continue;
        }
        auto index = static_cast<std::size_t>(found - rule.children.begin());
        if (!rule.children_in_any_order && index < current) {
            if (!order_reported) {
                diagnostics.error(
                    file.position(child),
                    tag(name) + " steht in " + tag(element.name()) +
                        " an der falschen Stelle; Reihenfolge: " + expected_order(rule));
                order_reported = true;
            }
            valid = false;
        } else if (!rule.children_in_any_order) {
            // Required elements skipped over are missing here, before this child.
            for (std::size_t skipped = current; skipped < index; ++skipped) {
                if (counts[skipped] < rule.children[skipped].min && !missing_reported[skipped] &&
                    !contains(suggested, rule.children[skipped].name)) {
                    diagnostics.error(file.position(child),
                                      "Pflichtelement " + tag(rule.children[skipped].name) +
                                          " fehlt in " + tag(element.name()) + " (erwartet vor " +
                                          tag(name) + ")");
                    missing_reported[skipped] = true;
                    valid = false;
                    break; // later gaps are often the same mistake; report the first
                }
            }
            current = index;
        }
        ++counts[index];
        if (found->max > 0 && counts[index] > found->max) {
            diagnostics.error(file.position(child),
                              found->max == 1
                                  ? tag(name) + " darf in " + tag(element.name()) +
                                        " nur einmal vorkommen"
                                  : tag(name) + " darf in " + tag(element.name()) + " höchstens " +
                                        std::to_string(found->max) + "-mal vorkommen");
            valid = false;
        }
    }
    for (std::size_t index = 0; index < rule.children.size(); ++index) {
        if (counts[index] < rule.children[index].min && !missing_reported[index] &&
            !contains(suggested, rule.children[index].name)) {
            diagnostics.error(file.position(element), "Pflichtelement " +
                                                          tag(rule.children[index].name) +
                                                          " fehlt in " + tag(element.name()));
            valid = false;
        }
    }
    return valid;
}

std::string required_text(const XmlFile& file, pugi::xml_node element,
                          model::Diagnostics& diagnostics) {
    if (!element) {
        return {};
    }
    check_element(file, element, text_only_rule, diagnostics);
    std::string value = element_text(element);
    if (value.empty()) {
        diagnostics.error(file.position(element), "<" + std::string(element.name()) + "> ist leer");
    }
    return value;
}

} // namespace stadtsatz::read
