#include "open_data/measures_json.hpp"

#include "model/data_licence.hpp"
#include "open_data/data_text.hpp"
#include "open_data/json_value.hpp"

namespace stadtsatz::open_data {
namespace {

// Null for an empty text: "no value" reads the same in every field.
JsonValue text_or_null(const std::string& text) {
    return text.empty() ? JsonValue() : JsonValue::string(text);
}

JsonValue year_or_null(int year) {
    return year > 0 ? JsonValue::integer(year) : JsonValue();
}

// {"wert": 1.0, "geschrieben": "1.0"}
JsonValue decimal(const model::Decimal& number) {
    JsonValue value = JsonValue::object();
    value.set("wert", JsonValue::number(number.written));
    value.set("geschrieben", JsonValue::string(number.written));
    return value;
}

// A value in a year: {"jahr": 2026, "wert": …, "geschrieben": …}
JsonValue dated_value(const model::IndicatorValue& value) {
    JsonValue result = JsonValue::object();
    result.set("jahr", year_or_null(value.year));
    if (value.number) {
        result.set("wert", JsonValue::number(value.number->written));
        result.set("geschrieben", JsonValue::string(value.number->written));
    }
    return result;
}

JsonValue publication(const model::Document& document) {
    const model::Metadata& metadata = document.metadata;
    JsonValue result = JsonValue::object();
    result.set("titel", JsonValue::string(metadata.title));
    result.set("untertitel", text_or_null(metadata.subtitle));
    result.set("herausgeberin", JsonValue::string(metadata.publisher));
    result.set("autor", text_or_null(metadata.author));
    result.set("datum", text_or_null(metadata.date));
    result.set("sprache", JsonValue::string(metadata.language));
    JsonValue edition = JsonValue::object();
    edition.set("id", JsonValue::string(document.edition_id));
    edition.set("titel", JsonValue::string(document.edition_title));
    result.set("ausgabe", std::move(edition));
    result.set("lizenz",
               JsonValue::string(metadata.licence.empty() ? model::default_data_licence().uri
                                                          : metadata.licence));
    result.set("hinweis", text_or_null(metadata.sample_notice));
    return result;
}

JsonValue indicator_value(const model::Indicator& indicator, std::size_t index,
                          const model::Document& document) {
    JsonValue result = JsonValue::object();
    result.set("nr", JsonValue::integer(static_cast<long long>(index + 1)));
    result.set("name", JsonValue::string(data_text(indicator.name, document)));
    result.set("einheit", text_or_null(data_text(indicator.unit, document)));
    result.set("ausgangswert", indicator.baseline ? dated_value(*indicator.baseline) : JsonValue());
    JsonValue target = dated_value(indicator.target);
    if (!indicator.is_numeric()) {
        target.set("beschreibung",
                   JsonValue::string(data_text(indicator.target.description, document)));
    }
    result.set("ziel", std::move(target));
    JsonValue measurements = JsonValue::array();
    for (const model::IndicatorValue& value : indicator.measurements) {
        if (value.number) {
            measurements.push(dated_value(value));
        }
    }
    result.set("messwerte", std::move(measurements));
    result.set("datenquelle", text_or_null(data_text(indicator.data_source, document)));
    return result;
}

JsonValue measure_value(const model::Measure& measure, const model::Document& document) {
    JsonValue result = JsonValue::object();
    result.set("id", JsonValue::string(measure.id));
    result.set("titel", JsonValue::string(data_text(measure.title, document)));
    JsonValue description = JsonValue::array();
    for (const model::Inlines& paragraph : measure.description) {
        description.push(JsonValue::string(data_text(paragraph, document)));
    }
    result.set("beschreibung", std::move(description));
    result.set("federfuehrung", text_or_null(data_text(measure.lead_office, document)));
    JsonValue partners = JsonValue::array();
    for (const std::string& partner : measure.partners) {
        partners.push(JsonValue::string(data_text(partner, document)));
    }
    result.set("partner", std::move(partners));
    if (measure.contact) {
        JsonValue contact = JsonValue::object();
        contact.set("name", JsonValue::string(data_text(measure.contact->name, document)));
        contact.set("telefon", text_or_null(measure.contact->phone));
        contact.set("email", text_or_null(measure.contact->email));
        result.set("ansprechperson", std::move(contact));
    } else {
        result.set("ansprechperson", JsonValue());
    }
    JsonValue time_frame = JsonValue::object();
    time_frame.set("beginn", year_or_null(measure.start_year));
    time_frame.set("ende", year_or_null(measure.ongoing ? 0 : measure.end_year));
    time_frame.set("dauerhaft", JsonValue::boolean(measure.ongoing));
    result.set("zeitraum", std::move(time_frame));
    result.set("prioritaet", JsonValue::string(model::priority_label(measure.priority)));
    result.set("status", JsonValue::string(model::status_keyword(measure.status)));
    JsonValue history = JsonValue::array();
    for (const model::StatusChange& change : measure.status_history) {
        JsonValue entry = JsonValue::object();
        entry.set("datum", JsonValue::string(change.date));
        entry.set("status", JsonValue::string(model::status_keyword(change.status)));
        entry.set("notiz", text_or_null(data_text(change.note, document)));
        history.push(std::move(entry));
    }
    result.set("statusverlauf", std::move(history));
    if (measure.budget) {
        JsonValue budget = JsonValue::object();
        budget.set("betrag", decimal(measure.budget->amount));
        budget.set("waehrung", JsonValue::string(measure.budget->currency));
        budget.set("zeitraum",
                   JsonValue::string(model::cost_period_keyword(measure.budget->period)));
        budget.set("finanzierung", text_or_null(data_text(measure.budget->funding, document)));
        result.set("kosten", std::move(budget));
    } else {
        result.set("kosten", JsonValue());
    }
    JsonValue indicators = JsonValue::array();
    for (std::size_t index = 0; index < measure.indicators.size(); ++index) {
        indicators.push(indicator_value(measure.indicators[index], index, document));
    }
    result.set("indikatoren", std::move(indicators));
    return result;
}

} // namespace

std::string measures_json(const model::Document& document) {
    JsonValue root = JsonValue::object();
    root.set("publikation", publication(document));
    JsonValue fields = JsonValue::array();
    for (const model::FieldOfAction* field : printed_fields_of_action(document)) {
        JsonValue field_value = JsonValue::object();
        field_value.set("id", JsonValue::string(field->id));
        field_value.set("nummer", JsonValue::integer(field->number));
        field_value.set("titel", JsonValue::string(data_text(field->title, document)));
        field_value.set("leitziel", text_or_null(data_text(field->guiding_goal, document)));
        JsonValue goals = JsonValue::array();
        for (const model::Goal& goal : field->goals) {
            JsonValue goal_value = JsonValue::object();
            goal_value.set("id", JsonValue::string(goal.id));
            goal_value.set("text", JsonValue::string(data_text(goal.text, document)));
            JsonValue measures = JsonValue::array();
            for (const model::Measure& measure : goal.measures) {
                measures.push(measure_value(measure, document));
            }
            goal_value.set("massnahmen", std::move(measures));
            goals.push(std::move(goal_value));
        }
        field_value.set("ziele", std::move(goals));
        fields.push(std::move(field_value));
    }
    root.set("handlungsfelder", std::move(fields));
    return to_json(root);
}

} // namespace stadtsatz::open_data
