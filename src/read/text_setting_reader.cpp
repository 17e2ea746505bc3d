#include "read/text_setting_reader.hpp"

#include "model/quoted_input.hpp"
#include "model/suggestions.hpp"
#include "read/value_parsing.hpp"
#include "read/xml_structure.hpp"

#include <optional>
#include <string>
#include <vector>

namespace stadtsatz::read {
namespace {

const ElementRule picture_column_rule{{"seite"}, {"breite", "abstand"}, {}};

// The index of the attribute's value among `allowed`; reports any other value.
std::optional<std::size_t> choice(const XmlFile& file, pugi::xml_node element, const char* name,
                                  const std::vector<std::string>& allowed,
                                  model::Diagnostics& diagnostics) {
    const std::string value = attribute_text(element, name);
    for (std::size_t index = 0; index < allowed.size(); ++index) {
        if (value == allowed[index]) {
            return index;
        }
    }
    std::string list;
    for (const std::string& candidate : allowed) {
        list += (list.empty() ? "" : ", ") + candidate;
    }
    diagnostics.error(file.attribute_position(element, name),
                      std::string(name) + "=\"" + model::quoted_input(value) +
                          "\" ist ungültig: erlaubt sind " + list +
                          model::suggestion_among(value, {allowed.begin(), allowed.end()}));
    return std::nullopt;
}

std::optional<double> length_of(const XmlFile& file, pugi::xml_node element, const char* name,
                                model::Diagnostics& diagnostics) {
    std::optional<double> value = parse_length_points(attribute_text(element, name));
    if (!value || *value <= 0) {
        diagnostics.error(file.attribute_position(element, name),
                          std::string(name) + "=\"" +
                              model::quoted_input(attribute_text(element, name)) +
                              "\" ist keine positive Länge: Zahl mit mm oder pt, z. B. \"30mm\"");
        return std::nullopt;
    }
    return value;
}

void read_picture_column(const XmlFile& file, pugi::xml_node element, model::Style& style,
                         model::Diagnostics& diagnostics) {
    check_element(file, element, picture_column_rule, diagnostics);
    model::PictureColumn& column = style.picture_column;
    if (element.attribute("seite") && !choice(file, element, "seite", {"links"}, diagnostics)) {
        return;
    }
    column.enabled = true;
    if (element.attribute("breite")) {
        column.width = length_of(file, element, "breite", diagnostics).value_or(column.width);
    }
    if (element.attribute("abstand")) {
        column.gap = length_of(file, element, "abstand", diagnostics).value_or(column.gap);
    }
    const double measure = style.page_width - style.margin_inner - style.margin_outer;
    if (column.width + column.gap > measure / 2) {
        diagnostics.error(file.position(element),
                          "<bildspalte> ist zu breit: breite und abstand zusammen dürfen "
                          "höchstens die Hälfte des Satzspiegels einnehmen");
        column.enabled = false;
    }
}

// Warns about each <textstil> whose groesse is below the style's mindestgroesse.
void warn_below_minimum(const XmlFile& file, pugi::xml_node root, const model::Style& style,
                        model::Diagnostics& diagnostics) {
    for (pugi::xml_node element : root.children("textstil")) {
        if (!element.attribute("groesse")) {
            continue;
        }
        const std::optional<double> size = parse_length_points(attribute_text(element, "groesse"));
        if (size && *size < style.setting.minimum_size - 1e-9) {
            diagnostics.warning(file.attribute_position(element, "groesse"),
                                "groesse=\"" + attribute_text(element, "groesse") +
                                    "\" ist kleiner als mindestgroesse=\"" +
                                    attribute_text(root, "mindestgroesse") + "\" des Stils");
        }
    }
}

// Leichte Sprache asks for body text of at least 14 pt on 1.5 line spacing (DIN SPEC 33429):
// warns about a style of that level whose text is smaller or tighter.
void check_plain_language_text(const XmlFile& file, pugi::xml_node root, const model::Style& style,
                               model::Diagnostics& diagnostics) {
    if (style.language_level != model::LanguageLevel::LeichteSprache) {
        return;
    }
    pugi::xml_node text = root;
    for (pugi::xml_node element : root.children("textstil")) {
        if (attribute_text(element, "art") == "text") {
            text = element;
        }
    }
    if (style.body.size < 14 - 1e-9) {
        diagnostics.warning(file.attribute_position(text, "groesse"),
                            "Leichte Sprache braucht Text von mindestens 14 pt (DIN SPEC 33429); "
                            "dieser Stil setzt den Text kleiner");
    }
    if (style.body.leading < 1.5 * style.body.size - 1e-9) {
        diagnostics.warning(file.attribute_position(text, "zeilenabstand"),
                            "Leichte Sprache braucht mindestens 1,5-fachen Zeilenabstand: "
                            "zeilenabstand ist kleiner als 1,5 × groesse");
    }
}

} // namespace

void read_text_setting(const XmlFile& file, pugi::xml_node root, model::Style& style,
                       model::Diagnostics& diagnostics) {
    model::TextSetting& setting = style.setting;
    if (root.attribute("ausrichtung")) {
        if (auto index = choice(file, root, "ausrichtung", {"blocksatz", "links"}, diagnostics)) {
            setting.alignment =
                *index == 0 ? model::TextAlignment::Justified : model::TextAlignment::Left;
        }
    }
    if (root.attribute("betonung")) {
        if (auto index = choice(file, root, "betonung", {"kursiv", "fett"}, diagnostics)) {
            setting.emphasis = *index == 0 ? model::Emphasis::Italic : model::Emphasis::Bold;
        }
    }
    if (root.attribute("satzanfang")) {
        if (auto index =
                choice(file, root, "satzanfang", {"fortlaufend", "neue-zeile"}, diagnostics)) {
            setting.sentence_per_line = *index == 1;
        }
    }
    if (root.attribute("umbruch")) {
        if (auto index = choice(file, root, "umbruch", {"frei", "wortgruppen"}, diagnostics)) {
            setting.word_groups = *index == 1;
        }
    }
    if (root.attribute("mindestgroesse")) {
        setting.minimum_size = length_of(file, root, "mindestgroesse", diagnostics).value_or(0);
        warn_below_minimum(file, root, style, diagnostics);
    }
    if (pugi::xml_node column = root.child("bildspalte")) {
        read_picture_column(file, column, style, diagnostics);
    }
    check_plain_language_text(file, root, style, diagnostics);
}

} // namespace stadtsatz::read
