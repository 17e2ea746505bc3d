#include "read/measures_reader.hpp"

#include "model/quoted_input.hpp"
#include "model/suggestions.hpp"
#include "read/value_parsing.hpp"
#include "read/xml_file.hpp"
#include "read/xml_inline_text.hpp"
#include "read/xml_structure.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

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
                                {"ansprechperson", 0, 1},
                                {"zeitraum"},
                                {"prioritaet"},
                                {"status"},
                                {"statusverlauf", 0, 1},
                                {"kosten", 0, 1},
                                {"indikator", 1, 0}}};
const ElementRule period_rule{{"von"}, {"bis", "dauerhaft"}, {}};
const ElementRule indicator_rule{{},
                                 {},
                                 {{"name"},
                                  {"einheit", 0, 1},
                                  {"ausgangswert", 0, 1},
                                  {"zielwert", 0, 1},
                                  {"zielbeschreibung", 0, 1},
                                  {"messwert", 0, 0},
                                  {"datenquelle"}}};
const ElementRule value_rule{{"jahr"}, {}, {}, false, true};
const ElementRule contact_rule{{}, {}, {{"name"}, {"telefon", 0, 1}, {"email", 0, 1}}};
const ElementRule status_history_rule{{}, {}, {{"eintrag", 1, 0}}};
const ElementRule status_change_rule{{"datum", "status"}, {}, {}, false, true};
const ElementRule budget_rule{{"betrag", "zeitraum"}, {"waehrung"}, {}, false, true};

// The status words as written in the XML, in the order messages list them.
const std::vector<std::string_view> status_keywords{"geplant", "in-umsetzung", "abgeschlossen",
                                                    "daueraufgabe"};

std::optional<model::MeasureStatus> parse_status(std::string_view value) {
    for (model::MeasureStatus status :
         {model::MeasureStatus::Planned, model::MeasureStatus::InProgress,
          model::MeasureStatus::Completed, model::MeasureStatus::Ongoing}) {
        if (value == model::status_keyword(status)) {
            return status;
        }
    }
    return std::nullopt;
}

std::optional<model::CostPeriod> parse_cost_period(std::string_view value) {
    for (model::CostPeriod period :
         {model::CostPeriod::OneOff, model::CostPeriod::PerYear, model::CostPeriod::Total}) {
        if (value == model::cost_period_keyword(period)) {
            return period;
        }
    }
    return std::nullopt;
}

bool all_digits(std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// A date of the status history: "2026", "2026-09" or "2026-09-15", with a real month and day.
bool is_status_date(std::string_view text) {
    if (text.size() == 4) {
        return parse_year(text).has_value();
    }
    if (text.size() == 7) {
        return parse_year(text.substr(0, 4)) && text[4] == '-' && all_digits(text.substr(5)) &&
               text.substr(5) >= "01" && text.substr(5) <= "12";
    }
    return text.size() == 10 && parse_year(text.substr(0, 4)) && is_iso_date(text);
}

// An amount of money as written: digits, optionally a '.' and digits; never negative.
bool is_amount(std::string_view text) {
    const std::size_t point = text.find('.');
    if (point == std::string_view::npos) {
        return all_digits(text);
    }
    return all_digits(text.substr(0, point)) && all_digits(text.substr(point + 1));
}

// An ISO 4217 currency code: three capital letters.
bool is_currency_code(std::string_view text) {
    return text.size() == 3 &&
           text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos;
}

// The number as written with the decimals it shows.
model::Decimal decimal_as_written(const std::string& written, double value) {
    model::Decimal result;
    result.value = value;
    result.written = written;
    const auto point = written.find('.');
    result.decimals = point == std::string::npos ? 0 : static_cast<int>(written.size() - point - 1);
    return result;
}

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
        field.title = plain_text(element.child("titel"));
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
        result.title = plain_text(element.child("titel"));
        if (pugi::xml_node description = element.child("beschreibung")) {
            result.description = paragraphs(description);
        }
        result.lead_office = plain_text(element.child("federfuehrung"));
        for (pugi::xml_node partner : element.children("partner")) {
            result.partners.push_back(plain_text(partner));
        }
        if (pugi::xml_node contact = element.child("ansprechperson")) {
            result.contact = this->contact(contact);
        }
        period(element.child("zeitraum"), result);
        priority(element.child("prioritaet"), result);
        status(element.child("status"), result);
        if (pugi::xml_node history = element.child("statusverlauf")) {
            result.status_history = status_history(history);
        }
        if (pugi::xml_node budget = element.child("kosten")) {
            result.budget = this->budget(budget);
        }
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
        if (std::optional<model::MeasureStatus> parsed = parse_status(value)) {
            measure.status = *parsed;
        } else {
            diagnostics_.error(file_.text_position(element),
                               "ungültiger Status \"" + model::quoted_input(value) +
                                   "\": erlaubt sind geplant, in-umsetzung, abgeschlossen, "
                                   "daueraufgabe" +
                                   model::suggestion_among(value, status_keywords));
        }
    }

    model::ContactPoint contact(pugi::xml_node element) {
        check_element(file_, element, contact_rule, diagnostics_);
        model::ContactPoint result;
        result.name = plain_text(element.child("name"));
        if (pugi::xml_node phone = element.child("telefon")) {
            result.phone = text(phone);
        }
        if (pugi::xml_node email = element.child("email")) {
            result.email = text(email);
            if (!result.email.empty() && !is_email_address(result.email)) {
                diagnostics_.error(file_.text_position(email),
                                   "\"" + model::quoted_input(result.email) +
                                       "\" ist keine E-Mail-Adresse (name@stadt.de, ohne "
                                       "\"mailto:\")");
                result.email.clear();
            }
        }
        return result;
    }

    std::vector<model::StatusChange> status_history(pugi::xml_node element) {
        check_element(file_, element, status_history_rule, diagnostics_);
        std::vector<model::StatusChange> result;
        for (pugi::xml_node entry : element.children("eintrag")) {
            check_element(file_, entry, status_change_rule, diagnostics_);
            model::StatusChange change;
            change.position = file_.position(entry);
            if (entry.attribute("datum")) {
                change.date = attribute_text(entry, "datum");
                if (!is_status_date(change.date)) {
                    diagnostics_.error(file_.attribute_position(entry, "datum"),
                                       "datum=\"" + model::quoted_input(change.date) +
                                           "\" ist kein Datum: Jahr, Jahr und Monat oder Tag "
                                           "(2026, 2026-09 oder 2026-09-15)");
                }
            }
            if (entry.attribute("status")) {
                const std::string value = attribute_text(entry, "status");
                if (std::optional<model::MeasureStatus> parsed = parse_status(value)) {
                    change.status = *parsed;
                } else {
                    diagnostics_.error(file_.attribute_position(entry, "status"),
                                       "status=\"" + model::quoted_input(value) +
                                           "\" ist ungültig: erlaubt sind geplant, "
                                           "in-umsetzung, abgeschlossen, daueraufgabe" +
                                           model::suggestion_among(value, status_keywords));
                }
            }
            change.note = read_inline_markdown(file_, entry, diagnostics_);
            result.push_back(std::move(change));
        }
        return result;
    }

    model::Budget budget(pugi::xml_node element) {
        check_element(file_, element, budget_rule, diagnostics_);
        model::Budget result;
        result.position = file_.position(element);
        if (element.attribute("betrag")) {
            const std::string value = attribute_text(element, "betrag");
            std::optional<double> parsed = parse_decimal(value);
            if (!is_amount(value) || !parsed) {
                diagnostics_.error(file_.attribute_position(element, "betrag"),
                                   "betrag=\"" + model::quoted_input(value) +
                                       "\" ist kein Betrag: eine Zahl ab 0 mit Dezimalpunkt, "
                                       "ohne Tausenderpunkte und Währung (z. B. 85000 oder "
                                       "1250.50)");
            } else {
                result.amount = decimal_as_written(value, *parsed);
            }
        }
        if (element.attribute("waehrung")) {
            const std::string value = attribute_text(element, "waehrung");
            if (!is_currency_code(value)) {
                diagnostics_.error(file_.attribute_position(element, "waehrung"),
                                   "waehrung=\"" + model::quoted_input(value) +
                                       "\" ist kein Währungscode: drei Großbuchstaben nach "
                                       "ISO 4217, z. B. EUR" +
                                       model::suggestion_among(value, {"EUR", "CHF", "USD"}));
            } else {
                result.currency = value;
            }
        }
        if (element.attribute("zeitraum")) {
            const std::string value = attribute_text(element, "zeitraum");
            if (std::optional<model::CostPeriod> parsed = parse_cost_period(value)) {
                result.period = *parsed;
            } else {
                diagnostics_.error(
                    file_.attribute_position(element, "zeitraum"),
                    "zeitraum=\"" + model::quoted_input(value) +
                        "\" ist ungültig: erlaubt sind einmalig, jaehrlich, "
                        "gesamt" +
                        model::suggestion_among(value, {"einmalig", "jaehrlich", "gesamt"}));
            }
        }
        result.funding = read_inline_markdown(file_, element, diagnostics_);
        return result;
    }

    model::Indicator indicator(pugi::xml_node element) {
        check_element(file_, element, indicator_rule, diagnostics_);
        model::Indicator result;
        result.position = file_.position(element);
        result.name = inline_text(element.child("name"));
        if (pugi::xml_node unit = element.child("einheit")) {
            result.unit = plain_text(unit);
        }
        if (pugi::xml_node baseline = element.child("ausgangswert")) {
            result.baseline = value(baseline);
        }
        const pugi::xml_node number_target = element.child("zielwert");
        const pugi::xml_node text_target = element.child("zielbeschreibung");
        if (number_target && text_target) {
            diagnostics_.error(file_.position(text_target),
                               "<indikator> hat <zielwert> und <zielbeschreibung>; nur eines ist "
                               "erlaubt (Zahl oder Beschreibung des Ziels)");
        } else if (!number_target && !text_target) {
            diagnostics_.error(file_.position(element),
                               "<indikator> braucht ein Ziel: <zielwert jahr=\"…\">Zahl</zielwert> "
                               "oder <zielbeschreibung jahr=\"…\">Text</zielbeschreibung>");
        }
        if (number_target) {
            result.target = value(number_target);
        } else if (text_target) {
            result.target = description(text_target);
        }
        const pugi::xml_node target = number_target ? number_target : text_target;
        const int baseline_year = result.baseline ? result.baseline->year : 0;
        if (baseline_year != 0 && result.target.year != 0 && result.target.year < baseline_year) {
            diagnostics_.error(file_.attribute_position(target, "jahr"),
                               "Zieljahr " + std::to_string(result.target.year) +
                                   " liegt vor dem Jahr des Ausgangswerts " +
                                   std::to_string(baseline_year));
        }
        int previous_year = 0;
        for (pugi::xml_node measurement : element.children("messwert")) {
            model::IndicatorValue measured = value(measurement);
            if (measured.year != 0 && previous_year != 0 && measured.year <= previous_year) {
                diagnostics_.error(file_.attribute_position(measurement, "jahr"),
                                   "Messwert für " + std::to_string(measured.year) +
                                       " steht nach dem für " + std::to_string(previous_year) +
                                       ": Messwerte stehen in aufsteigenden Jahren, jedes Jahr "
                                       "einmal");
            } else if (measured.year != 0 && baseline_year != 0 && measured.year < baseline_year) {
                diagnostics_.error(file_.attribute_position(measurement, "jahr"),
                                   "Messwert für " + std::to_string(measured.year) +
                                       " liegt vor dem Jahr des Ausgangswerts " +
                                       std::to_string(baseline_year));
            }
            if (measured.year != 0) {
                previous_year = std::max(previous_year, measured.year);
            }
            result.measurements.push_back(std::move(measured));
        }
        result.data_source = inline_text(element.child("datenquelle"));
        return result;
    }

    // <zielbeschreibung jahr>: a qualitative target, its text inline Markdown.
    model::IndicatorValue description(pugi::xml_node element) {
        check_element(file_, element, value_rule, diagnostics_);
        model::IndicatorValue result;
        result.position = file_.position(element);
        result.year = value_year(element);
        if (element_text(element).empty()) {
            diagnostics_.error(file_.position(element), "<zielbeschreibung> ist leer");
        }
        result.description = read_inline_markdown(file_, element, diagnostics_);
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
        return decimal_as_written(value, *parsed);
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

    // A field printed as written: markup in it is text, so warn when it looks like some.
    std::string plain_text(pugi::xml_node element) {
        std::string value = text(element);
        if (!value.empty()) {
            warn_markup_in_plain_text(file_, element, diagnostics_);
        }
        return value;
    }

    // A required text field written in inline Markdown.
    model::Inlines inline_text(pugi::xml_node element) {
        if (text(element).empty()) {
            return {};
        }
        return read_inline_markdown(file_, element, diagnostics_);
    }

    std::vector<model::Inlines> paragraphs(pugi::xml_node element) {
        check_element(file_, element, paragraphs_rule, diagnostics_);
        std::vector<model::Inlines> result;
        for (pugi::xml_node paragraph : element.children("absatz")) {
            result.push_back(inline_text(paragraph));
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
