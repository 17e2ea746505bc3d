#include "read/accessibility_reader.hpp"

#include "model/quoted_input.hpp"
#include "model/suggestions.hpp"
#include "read/value_parsing.hpp"
#include "read/xml_structure.hpp"

#include <optional>

namespace stadtsatz::read {
namespace {

const ElementRule accessibility_rule{{},
                                     {},
                                     {{"stand"},
                                      {"rechtsgrundlage"},
                                      {"status"},
                                      {"bekannte-maengel", 0, 1},
                                      {"pruefmethode"},
                                      {"kontakt"},
                                      {"durchsetzungsstelle"}}};
const ElementRule known_issues_rule{{}, {}, {{"mangel", 1, 0}}};
// Readers must be able to write to the publisher, so its contact needs an e-mail address.
const ElementRule contact_rule{
    {}, {}, {{"stelle"}, {"anschrift", 0, 1}, {"telefon", 0, 1}, {"email"}, {"url", 0, 1}}};
const ElementRule enforcement_body_rule{
    {}, {}, {{"stelle"}, {"anschrift", 0, 1}, {"telefon", 0, 1}, {"email", 0, 1}, {"url", 0, 1}}};

std::optional<model::Conformance> parse_conformance(const std::string& text) {
    if (text == "vollständig") {
        return model::Conformance::Full;
    }
    if (text == "teilweise") {
        return model::Conformance::Partial;
    }
    if (text == "nicht barrierefrei") {
        return model::Conformance::None;
    }
    return std::nullopt;
}

class AccessibilityParser {
public:
    AccessibilityParser(const XmlFile& file, model::Diagnostics& diagnostics)
        : file_(file), diagnostics_(diagnostics) {}

    model::AccessibilityDeclaration declaration(pugi::xml_node element) {
        check_element(file_, element, accessibility_rule, diagnostics_);
        model::AccessibilityDeclaration result;
        result.position = file_.position(element);
        result.date = text(element.child("stand"));
        if (!result.date.empty() && !is_iso_date(result.date)) {
            diagnostics_.error(file_.text_position(element.child("stand")),
                               "<stand> \"" + model::quoted_input(result.date) +
                                   "\" ist kein Datum in der Form JJJJ-MM-TT, z. B. 2026-11-24");
        }
        result.legal_basis = text(element.child("rechtsgrundlage"));
        const pugi::xml_node status = element.child("status");
        const std::string status_text = text(status);
        if (!status_text.empty()) {
            const auto conformance = parse_conformance(status_text);
            if (!conformance) {
                diagnostics_.error(
                    file_.text_position(status),
                    "<status> \"" + model::quoted_input(status_text) +
                        "\" ist ungültig: erlaubt sind vollständig, teilweise, "
                        "nicht barrierefrei" +
                        model::suggestion_among(
                            status_text, {"vollständig", "teilweise", "nicht barrierefrei"}));
            }
            result.conformance = conformance.value_or(model::Conformance::Partial);
        }
        const pugi::xml_node issues = element.child("bekannte-maengel");
        if (issues) {
            check_element(file_, issues, known_issues_rule, diagnostics_);
            for (pugi::xml_node issue : issues.children("mangel")) {
                result.known_issues.push_back(text(issue));
            }
        }
        check_issues_match_status(result, status, issues);
        result.evaluation_method = text(element.child("pruefmethode"));
        if (pugi::xml_node contact = element.child("kontakt")) {
            result.contact = contact_point(contact, contact_rule);
        }
        if (pugi::xml_node body = element.child("durchsetzungsstelle")) {
            result.enforcement_body = contact_point(body, enforcement_body_rule);
        }
        return result;
    }

private:
    // The schema cannot tie the list of issues to the status; a statement that contradicts
    // itself is still published, so these are warnings.
    void check_issues_match_status(const model::AccessibilityDeclaration& declaration,
                                   pugi::xml_node status, pugi::xml_node issues) {
        if (text_of(status).empty()) {
            return; // missing or empty: reported already
        }
        if (declaration.conformance != model::Conformance::Full &&
            declaration.known_issues.empty()) {
            diagnostics_.warning(file_.text_position(status),
                                 "<status>" + text_of(status) +
                                     "</status>: die Erklärung muss sagen, was nicht "
                                     "barrierefrei ist; bitte <bekannte-maengel> ergänzen");
        } else if (declaration.conformance == model::Conformance::Full && issues) {
            diagnostics_.warning(file_.position(issues),
                                 "<status>vollständig</status>, aber <bekannte-maengel> "
                                 "genannt: bitte den Status auf teilweise setzen oder die "
                                 "Mängel streichen");
        }
    }

    model::ContactPoint contact_point(pugi::xml_node element, const ElementRule& rule) {
        check_element(file_, element, rule, diagnostics_);
        model::ContactPoint result;
        result.name = text(element.child("stelle"));
        result.address = text(element.child("anschrift"));
        result.phone = text(element.child("telefon"));
        result.email = text(element.child("email"));
        if (!result.email.empty() && !is_email_address(result.email)) {
            diagnostics_.error(file_.text_position(element.child("email")),
                               "<email> \"" + result.email +
                                   "\" ist keine E-Mail-Adresse wie name@stadt.de");
            result.email.clear();
        }
        result.url = text(element.child("url"));
        if (!result.url.empty() && !is_web_address(result.url)) {
            diagnostics_.error(file_.text_position(element.child("url")),
                               "<url> \"" + result.url +
                                   "\" ist keine Internetadresse: sie beginnt mit https:// "
                                   "(oder http://) und enthält keine Leerzeichen");
            result.url.clear();
        }
        return result;
    }

    std::string text(pugi::xml_node element) { return required_text(file_, element, diagnostics_); }

    // The element's text without checking it again (the check reported it already).
    static std::string text_of(pugi::xml_node element) { return element_text(element); }

    const XmlFile& file_;
    model::Diagnostics& diagnostics_;
};

} // namespace

model::AccessibilityDeclaration read_accessibility(const XmlFile& file, pugi::xml_node element,
                                                   model::Diagnostics& diagnostics) {
    AccessibilityParser parser(file, diagnostics);
    return parser.declaration(element);
}

} // namespace stadtsatz::read
