#include "open_data/measures_csv.hpp"

#include "open_data/csv_table.hpp"
#include "open_data/data_text.hpp"

namespace stadtsatz::open_data {
namespace {

// A checked value (number, year, id, keyword): never guarded, written as it is.
CsvCell value_cell(std::string value) {
    return {std::move(value), false};
}

CsvCell text_cell(std::string value) {
    return {std::move(value), true};
}

CsvCell number_cell(const std::optional<model::Decimal>& number) {
    return value_cell(number ? number->written : "");
}

CsvCell year_cell(int year) {
    return value_cell(year > 0 ? std::to_string(year) : "");
}

// "2026=55;2027=60": every measured value with its year, as written.
std::string measured_values(const model::Indicator& indicator) {
    std::string joined;
    for (const model::IndicatorValue& value : indicator.measurements) {
        if (!value.number) {
            continue;
        }
        joined +=
            (joined.empty() ? "" : ";") + std::to_string(value.year) + "=" + value.number->written;
    }
    return joined;
}

} // namespace

const std::vector<std::string>& measures_csv_columns() {
    static const std::vector<std::string> columns{"handlungsfeld_id",
                                                  "handlungsfeld",
                                                  "ziel_id",
                                                  "ziel",
                                                  "massnahme_id",
                                                  "massnahme",
                                                  "federfuehrung",
                                                  "partner",
                                                  "beginn",
                                                  "ende",
                                                  "dauerhaft",
                                                  "prioritaet",
                                                  "status",
                                                  "kosten_betrag",
                                                  "kosten_waehrung",
                                                  "kosten_zeitraum",
                                                  "indikator_nr",
                                                  "indikator",
                                                  "einheit",
                                                  "ausgangswert",
                                                  "ausgangswert_jahr",
                                                  "zielwert",
                                                  "zielwert_jahr",
                                                  "zielbeschreibung",
                                                  "letzter_messwert",
                                                  "letzter_messwert_jahr",
                                                  "messwerte",
                                                  "datenquelle"};
    return columns;
}

std::string measures_csv(const model::Document& document) {
    std::vector<CsvCell> header;
    for (const std::string& column : measures_csv_columns()) {
        header.push_back(value_cell(column));
    }
    std::string csv = csv_record(header);
    for (const model::FieldOfAction* field : printed_fields_of_action(document)) {
        for (const model::Goal& goal : field->goals) {
            for (const model::Measure& measure : goal.measures) {
                for (std::size_t index = 0; index < measure.indicators.size(); ++index) {
                    const model::Indicator& indicator = measure.indicators[index];
                    const model::IndicatorValue* latest = latest_measurement(indicator);
                    const auto& budget = measure.budget;
                    csv += csv_record({
                        value_cell(field->id),
                        text_cell(data_text(field->title, document)),
                        value_cell(goal.id),
                        text_cell(data_text(goal.text, document)),
                        value_cell(measure.id),
                        text_cell(data_text(measure.title, document)),
                        text_cell(data_text(measure.lead_office, document)),
                        text_cell(joined_partners(measure, document)),
                        year_cell(measure.start_year),
                        year_cell(measure.ongoing ? 0 : measure.end_year),
                        value_cell(measure.ongoing ? "ja" : "nein"),
                        value_cell(model::priority_label(measure.priority)),
                        value_cell(model::status_keyword(measure.status)),
                        value_cell(budget ? budget->amount.written : ""),
                        value_cell(budget ? budget->currency : ""),
                        value_cell(budget ? model::cost_period_keyword(budget->period) : ""),
                        value_cell(std::to_string(index + 1)),
                        text_cell(data_text(indicator.name, document)),
                        text_cell(data_text(indicator.unit, document)),
                        number_cell(indicator.baseline ? indicator.baseline->number : std::nullopt),
                        year_cell(indicator.baseline ? indicator.baseline->year : 0),
                        number_cell(indicator.target.number),
                        year_cell(indicator.target.year),
                        text_cell(data_text(indicator.target.description, document)),
                        value_cell(latest ? latest->number->written : ""),
                        year_cell(latest ? latest->year : 0),
                        value_cell(measured_values(indicator)),
                        text_cell(data_text(indicator.data_source, document)),
                    });
                }
            }
        }
    }
    return csv;
}

} // namespace stadtsatz::open_data
