#include "read/compound_marking_style.hpp"

#include "model/quoted_input.hpp"
#include "read/xml_structure.hpp"

namespace stadtsatz::read {
namespace {

const ElementRule compound_marking_rule{{}, {"zeichen", "mindestlaenge"}, {}};

constexpr std::size_t shortest_minimum = 2;
constexpr std::size_t longest_minimum = 40;

} // namespace

model::CompoundMarkingStyle read_compound_marking(const XmlFile& file, pugi::xml_node element,
                                                  model::Diagnostics& diagnostics) {
    check_element(file, element, compound_marking_rule, diagnostics);
    model::CompoundMarkingStyle marking;
    if (element.attribute("zeichen")) {
        const std::string sign = attribute_text(element, "zeichen");
        if (sign == "mediopunkt") {
            marking.sign = model::CompoundMarkSign::Mediopunkt;
        } else if (sign == "bindestrich") {
            marking.sign = model::CompoundMarkSign::Hyphen;
        } else {
            diagnostics.error(file.attribute_position(element, "zeichen"),
                              "zeichen=\"" + model::quoted_input(sign) +
                                  "\" ist ungültig: erlaubt sind \"mediopunkt\" "
                                  "(Integrations·konzept) und \"bindestrich\" "
                                  "(Integrations-Konzept)");
        }
    }
    if (element.attribute("mindestlaenge")) {
        const std::string text = attribute_text(element, "mindestlaenge");
        const bool digits = !text.empty() && text.size() <= 2 && text[0] != '0' &&
                            text.find_first_not_of("0123456789") == std::string::npos;
        const std::size_t value = digits ? std::stoul(text) : 0;
        if (value >= shortest_minimum && value <= longest_minimum) {
            marking.minimum_letters = value;
        } else {
            diagnostics.error(file.attribute_position(element, "mindestlaenge"),
                              "mindestlaenge=\"" + model::quoted_input(text) +
                                  "\" ist ungültig: Anzahl Buchstaben als ganze Zahl von 2 bis "
                                  "40, z. B. \"10\"");
        }
    }
    return marking;
}

} // namespace stadtsatz::read
