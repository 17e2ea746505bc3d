#include "read/measures_reader.hpp"

#include "model/quoted_input.hpp"
#include "model/suggestions.hpp"
#include "read/value_parsing.hpp"
#include "read/xml_file.hpp"
#include "read/xml_structure.hpp"

#include <map>

namespace stadtsatz::read {

namespace {

// The structure of a field-of-action file; content/schema/massnahmen.xsd says the same.
const ElementRule field_of_action_rule{
    {"id"}, {}, {{"titel"}, {"leitziel"}, {"einleitung", 0, 1}, {"ziel", 1, 0}}};
const ElementRule paragraphs_rule{{}, {}, {{"absatz", 1, 0}}};
const ElementRule goal_rule{{"id"}, {}, {{"text"}, {"massnahme", 1, 0}}};
const ElementRule measure_rule{{"id"},
                               {},
                               {{"titel"},
                                {"beschreibung"},
                                {"federfuehrung"},
                                {"partner", 0, 0},
                                {"zeitraum"},
                                {"prioritaet"},
                                {"status"},
                                {"indikator", 1, 0}}};
const ElementRule period_rule{{"von"}, {"bis", "dauerhaft"}, {}};
const ElementRule indicator_rule{
    {}, {}, {{"name"}, {"einheit"}, {"ausgangswert"}, {"zielwert"}, {"datenquelle"}}};
const ElementRule value_rule{{"jahr"}, {}, {}, false, true};

// Reads one file; keeps the ids seen so far to report duplicates.
class MeasuresParser {
public:
    MeasuresParser(const XmlFile& file, model::Diagnostics& diagnostics)
        : file_(file), diagnostics_(diagnostics) {}

    model::FieldOfAction field_of_action(pugi::xml_node element) {
        check_element(file_, element, field_of_action_rule, diagnostics_);
        model::FieldOfAction field;
        field.position = file_.position(element);
        field.id = id(element);
        field.title = text(element.child("titel"));
        field.guiding_goal = inline_text(element.child("leitziel"));
        if (pugi::xml_node introduction = element.child("einleitung")) {
            field.introduction = paragraphs(introduction);
        }
        for (pugi::xml_node goal : element.children("ziel")) {
            field.goals.push_back(this->goal(goal));
        }
        return field;
    }

private:
    model::Goal goal(pugi::xml_node element) {
        check_element(file_, element, goal_rule, diagnostics_);
        model::Goal result;
        result.position = file_.position(element);
        result.id = id(element);
        result.text = inline_text(element.child("text"));
        for (pugi::xml_node measure : element.children("massnahme")) {
            result.measures.push_back(this->measure(measure));
        }
        return result;
    }

    model::Measure measure(pugi::xml_node element) {
        check_element(file_, element, measure_rule, diagnostics_);
        model::Measure result;
        result.position = file_.position(element);
        result.id = id(element);
        result.title = text(element.child("titel"));
        if (pugi::xml_node description = element.child("beschreibung")) {
            result.description = paragraphs(description);
        }
        result.lead_office = text(element.child("federfuehrung"));
        for (pugi::xml_node partner : element.children("partner")) {
            result.partners.push_back(text(partner));
        }
        period(element.child("zeitraum"), result);
        priority(element.child("prioritaet"), result);
        status(element.child("status"), result);
        for (pugi::xml_node indicator : element.children("indikator")) {
            result.indicators.push_back(this->indicator(indicator));
        }
        return result;
    }

    void period(pugi::xml_node element, model::Measure& measure) {
        if (!element) {
            return;
        }
        check_element(file_, element, period_rule, diagnostics_);
        measure.start_year = year(element, "von").value_or(0);
        bool ongoing = false;
        if (element.attribute("dauerhaft")) {
            std::optional<bool> value = parse_yes_no(element.attribute("dauerhaft").value());
            if (!value) {
                diagnostics_.error(file_.attribute_position(element, "dauerhaft"),
                                   "dauerhaft=\"" +
                                       model::quoted_input(attribute_text(element, "dauerhaft")) +
                                       "\" ist ungültig: erlaubt sind ja, nein" +
                                       model::suggestion_among(attribute_text(element, "dauerhaft"),
                                                               {"ja", "nein"}));
            }
            ongoing = value.value_or(false);
        }
        measure.ongoing = ongoing;
        bool has_end = static_cast<bool>(element.attribute("bis"));
        if (ongoing && has_end) {
            diagnostics_.error(file_.attribute_position(element, "bis"),
                               "<zeitraum> hat bis= und dauerhaft=\"ja\"; nur eines ist erlaubt");
            return;
        }
        if (!ongoing && !has_end) {
            diagnostics_.error(file_.position(element),
                               "<zeitraum> braucht bis=\"Jahr\" oder dauerhaft=\"ja\"");
            return;
        }
        if (has_end) {
            measure.end_year = year(element, "bis").value_or(0);
            if (measure.start_year != 0 && measure.end_year != 0 &&
                measure.end_year < measure.start_year) {
                diagnostics_.error(file_.attribute_position(element, "bis"),
                                   "bis=\"" + std::to_string(measure.end_year) +
                                       "\" liegt vor von=\"" + std::to_string(measure.start_year) +
                                       "\"");
            }
        }
    }

    void priority(pugi::xml_node element, model::Measure& measure) {
        if (!element || !check_element(file_, element, text_only_rule, diagnostics_)) {
            return;
        }
        std::string value = element_text(element);
        if (value == "hoch") {
            measure.priority = model::Priority::High;
        } else if (value == "mittel") {
            measure.priority = model::Priority::Medium;
        } else if (value == "niedrig") {
            measure.priority = model::Priority::Low;
        } else {
            diagnostics_.error(file_.text_position(element),
                               "ungültige Priorität \"" + model::quoted_input(value) +
                                   "\": erlaubt sind hoch, mittel, niedrig" +
                                   model::suggestion_among(value, {"hoch", "mittel", "niedrig"}));
        }
    }

    void status(pugi::xml_node element, model::Measure& measure) {
        if (!element || !check_element(file_, element, text_only_rule, diagnostics_)) {
            return;
        }
        std::string value = element_text(element);
        if (value == "geplant") {
            measure.status = model::MeasureStatus::Planned;
        } else if (value == "in-umsetzung") {
            measure.status = model::MeasureStatus::InProgress;
        } else if (value == "abgeschlossen") {
            measure.status = model::MeasureStatus::Completed;
        } else if (value == "daueraufgabe") {
            measure.status = model::MeasureStatus::Ongoing;
        } else {
            diagnostics_.error(
                file_.text_position(element),
                "ungültiger Status \"" + model::quoted_input(value) +
                    "\": erlaubt sind geplant, in-umsetzung, abgeschlossen, "
                    "daueraufgabe" +
                    model::suggestion_among(
                        value, {"geplant", "in-umsetzung", "abgeschlossen", "daueraufgabe"}));
        }
    }

    model::Indicator indicator(pugi::xml_node element) {
        check_element(file_, element, indicator_rule, diagnostics_);
        model::Indicator result;
        result.position = file_.position(element);
        result.name = inline_text(element.child("name"));
        if (pugi::xml_node unit = element.child("einheit")) {
            result.unit = text(unit);
        }
        if (pugi::xml_node baseline = element.child("ausgangswert")) {
            result.baseline = value(baseline);
        }
        if (pugi::xml_node target = element.child("zielwert")) {
            result.target = value(target);
        }
        if (result.baseline && result.baseline->year != 0 && result.target.year != 0 &&
            result.target.year < result.baseline->year) {
            diagnostics_.error(file_.attribute_position(element.child("zielwert"), "jahr"),
                               "Zieljahr " + std::to_string(result.target.year) +
                                   " liegt vor dem Jahr des Ausgangswerts " +
                                   std::to_string(result.baseline->year));
        }
        result.data_source = inline_text(element.child("datenquelle"));
        return result;
    }

    // A numeric value element: its year and the number as written.
    model::IndicatorValue value(pugi::xml_node element) {
        model::IndicatorValue result;
        result.position = file_.position(element);
        result.year = value_year(element);
        result.number = number(element);
        return result;
    }

    // A decimal number as the text of a value element, with the precision written; nothing
    // after reporting an error.
    std::optional<model::Decimal> number(pugi::xml_node element) {
        if (!element) {
            return std::nullopt;
        }
        check_element(file_, element, value_rule, diagnostics_);
        std::string value = element_text(element);
        std::optional<double> parsed = parse_decimal(value);
        if (!parsed) {
            diagnostics_.error(file_.text_position(element),
                               "<" + std::string(element.name()) + "> \"" +
                                   model::quoted_input(value) +
                                   "\" ist keine Zahl (Dezimalpunkt statt Komma, z. B. 12.5)");
            return std::nullopt;
        }
        model::Decimal result;
        result.value = *parsed;
        result.written = value;
        const auto point = value.find('.');
        result.decimals =
            point == std::string::npos ? 0 : static_cast<int>(value.size() - point - 1);
        return result;
    }

    int value_year(pugi::xml_node element) {
        if (!element || !element.attribute("jahr")) {
            return 0;
        }
        return year(element, "jahr").value_or(0);
    }

    std::optional<int> year(pugi::xml_node element, const char* attribute) {
        if (!element.attribute(attribute)) {
            return std::nullopt; // reported as a missing attribute
        }
        std::optional<int> parsed = parse_year(element.attribute(attribute).value());
        if (!parsed) {
            diagnostics_.error(file_.attribute_position(element, attribute),
                               std::string(attribute) + "=\"" +
                                   model::quoted_input(attribute_text(element, attribute)) +
                                   "\" ist keine Jahreszahl (vierstellig, 1900 bis 2100)");
        }
        return parsed;
    }

    std::string id(pugi::xml_node element) {
        if (!element.attribute("id")) {
            return {};
        }
        std::string value = attribute_text(element, "id");
        model::SourcePosition position = file_.attribute_position(element, "id");
        if (!is_valid_id(value)) {
            diagnostics_.error(position, "ungültige id \"" + model::quoted_input(value) +
                                             "\": erst ein Buchstabe, dann Buchstaben, "
                                             "Ziffern, '-', '.' oder '_'");
            return value;
        }
        auto [existing, inserted] = ids_.emplace(value, position);
        if (!inserted) {
            diagnostics_.error(position, "id \"" + model::quoted_input(value) +
                                             "\" ist bereits vergeben (Zeile " +
                                             std::to_string(existing->second.line) + ")");
        }
        return value;
    }

    std::string text(pugi::xml_node element) { return required_text(file_, element, diagnostics_); }

    // A text field that may hold markup; for now its plain text as one run.
    model::Inlines inline_text(pugi::xml_node element) {
        std::string value = text(element);
        if (value.empty()) {
            return {};
        }
        return {model::make_text(value, file_.text_position(element))};
    }

    std::vector<model::Inlines> paragraphs(pugi::xml_node element) {
        check_element(file_, element, paragraphs_rule, diagnostics_);
        std::vector<model::Inlines> result;
        for (pugi::xml_node paragraph : element.children("absatz")) {
            std::string value = text(paragraph);
            result.push_back({model::make_text(value, file_.text_position(paragraph))});
        }
        return result;
    }

    const XmlFile& file_;
    model::Diagnostics& diagnostics_;
    std::map<std::string, model::SourcePosition> ids_; // id -> where it was first given
};

} // namespace

std::optional<model::FieldOfAction> read_field_of_action(const std::filesystem::path& file,
                                                         const std::string& display_name,
                                                         model::Diagnostics& diagnostics) {
    XmlFile xml;
    if (!xml.load(file, display_name, diagnostics)) {
        return std::nullopt;
    }
    pugi::xml_node root = xml.root();
    if (std::string_view(root.name()) != "handlungsfeld") {
        diagnostics.error(xml.position(root), "unbekanntes Wurzelelement <" +
                                                  std::string(root.name()) +
                                                  ">: erwartet <handlungsfeld>");
        return std::nullopt;
    }
    MeasuresParser parser(xml, diagnostics);
    return parser.field_of_action(root);
}

} // namespace stadtsatz::read
