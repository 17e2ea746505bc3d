#include "resolve/monitoring_report.hpp"

#include "resolve/indicator_progress.hpp"
#include "text/german_format.hpp"

#include <exception>
#include <memory>
#include <set>
#include <string>

namespace stadtsatz::resolve {
namespace {

model::Block paragraph(const std::string& text, const model::SourcePosition& position) {
    model::Block block;
    block.kind = model::BlockKind::Paragraph;
    block.inlines = {model::make_text(text, position)};
    block.position = position;
    return block;
}

model::TableCell cell(const std::string& text, const model::SourcePosition& position) {
    return {{model::make_text(text, position)}};
}

// "62 (2025)": a value as German text with its year.
std::string value_with_year(const model::IndicatorValue& value) {
    std::string text = value.number ? text::german_decimal(value.number->written)
                                    : model::plain_text(value.description);
    return value.year > 0 ? text + " (" + std::to_string(value.year) + ")" : text;
}

// The rule, as the report states it above its tables.
std::string rule_text(const std::string& reference_date) {
    return "Stand: " + text::german_long_date(reference_date) +
           ". Fortschritt = (letzter Messwert – Ausgangswert) ÷ (Zielwert – Ausgangswert) × "
           "100 %; das gilt auch für fallende Ziele. Fehlt der Ausgangswert, dient der erste "
           "Messwert als Ausgangswert; gibt es dann nur einen Messwert, ist kein Fortschritt "
           "angegeben. Erwartet ist der Anteil der verstrichenen Zeit: (Jahr des letzten "
           "Messwerts – Jahr des Ausgangswerts) ÷ (Zieljahr – Jahr des Ausgangswerts) × 100 %. "
           "Status: „erreicht“ ab 100 % Fortschritt; „im Plan“, wenn der Fortschritt höchstens " +
           text::german_number(on_track_tolerance_points) +
           " Prozentpunkte unter dem erwarteten liegt; sonst „im Verzug“. Messwerte nach dem "
           "Stichtag zählen nicht. Ziele in Worten stehen ohne Prozentangabe in der Tabelle.";
}

int year_of(const std::string& iso_date) {
    if (iso_date.size() < 4) {
        return 0;
    }
    try {
        return std::stoi(iso_date.substr(0, 4));
    } catch (const std::exception&) {
        return 0;
    }
}

// The ids of the measures whose cards the edition prints.
std::set<std::string> printed_measures(const model::Document& document) {
    std::set<std::string> ids;
    for (const model::Chapter& chapter : document.chapters) {
        for (const model::Block& block : chapter.blocks) {
            if (block.kind == model::BlockKind::FieldOfAction && block.field_of_action) {
                for (const model::Goal& goal : block.field_of_action->goals) {
                    for (const model::Measure& measure : goal.measures) {
                        ids.insert(measure.id);
                    }
                }
            }
        }
    }
    return ids;
}

// The Maßnahme cell: the id linked to the card when the edition prints it, then the title.
model::TableCell measure_cell(const model::Measure& measure, bool linked) {
    model::TableCell result;
    model::Inline id = model::make_text(measure.id, measure.position);
    if (linked) {
        model::Inline link;
        link.kind = model::InlineKind::Link;
        link.target = "#" + measure.id;
        link.children = {id};
        link.position = measure.position;
        result.content.push_back(std::move(link));
    } else {
        result.content.push_back(std::move(id));
    }
    result.content.push_back(model::make_text(" " + measure.title, measure.position));
    return result;
}

std::vector<model::TableCell> indicator_row(const model::Measure& measure,
                                            const model::Indicator& indicator, bool linked,
                                            int reference_year) {
    const IndicatorProgress progress = indicator_progress(indicator, reference_year);
    const auto& where = indicator.position;
    std::string name = model::plain_text(indicator.name);
    if (!indicator.unit.empty()) {
        name += " (" + indicator.unit + ")";
    }
    std::string baseline = "–";
    if (progress.baseline) {
        baseline = value_with_year(*progress.baseline);
        if (progress.baseline_is_first_measurement) {
            baseline += ", erster Messwert";
        }
    }
    std::string percent = "–";
    if (progress.progress) {
        percent = german_percent(*progress.progress);
        if (progress.expected) {
            percent += " (erwartet " + german_percent(*progress.expected) + ")";
        }
    }
    return {measure_cell(measure, linked),
            cell(name, where),
            cell(baseline, where),
            cell(progress.latest ? value_with_year(*progress.latest) : "–", where),
            cell(value_with_year(indicator.target), where),
            cell(percent, where),
            cell(progress_state_label(progress.state), where)};
}

void append_field(const model::FieldOfAction& field, const std::set<std::string>& printed,
                  int reference_year, const std::string& chapter_id, model::Blocks& blocks) {
    model::Block heading;
    heading.kind = model::BlockKind::Heading;
    heading.level = 2;
    heading.inlines = {model::make_text(field.title, field.position)};
    heading.id = chapter_id + "-" + field.id;
    heading.position = field.position;
    blocks.push_back(std::move(heading));

    auto table = std::make_shared<model::Table>();
    table->caption = {
        model::make_text("Indikatoren im Handlungsfeld „" + field.title + "“", field.position)};
    for (const char* title : {"Maßnahme", "Indikator", "Ausgangswert", "Letzter Messwert", "Ziel",
                              "Fortschritt", "Status"}) {
        table->header.push_back(cell(title, field.position));
    }
    table->alignments = {model::Alignment::Left,  model::Alignment::Left,  model::Alignment::Right,
                         model::Alignment::Right, model::Alignment::Right, model::Alignment::Right,
                         model::Alignment::Left};
    model::Blocks charts;
    for (const model::Goal& goal : field.goals) {
        for (const model::Measure& measure : goal.measures) {
            for (std::size_t index = 0; index < measure.indicators.size(); ++index) {
                const model::Indicator& indicator = measure.indicators[index];
                table->rows.push_back(indicator_row(measure, indicator,
                                                    printed.count(measure.id) > 0, reference_year));
                if (!indicator.is_numeric()) {
                    continue;
                }
                model::Block chart;
                chart.kind = model::BlockKind::Chart;
                chart.chart = std::make_shared<model::ChartReference>();
                chart.chart->kind = model::ChartKind::Indicator;
                chart.chart->measure_id = measure.id;
                chart.chart->indicator = static_cast<int>(index);
                chart.chart->position = indicator.position;
                chart.position = indicator.position;
                charts.push_back(std::move(chart));
            }
        }
    }
    if (table->rows.empty()) {
        blocks.push_back(paragraph("Keine Indikatoren in diesem Handlungsfeld.", field.position));
        return;
    }
    model::Block table_block;
    table_block.kind = model::BlockKind::Table;
    table_block.table = std::move(table);
    table_block.position = field.position;
    blocks.push_back(std::move(table_block));
    for (model::Block& chart : charts) {
        blocks.push_back(std::move(chart));
    }
}

} // namespace

void fill_monitoring_chapters(model::Document& document) {
    const std::set<std::string> printed = printed_measures(document);
    std::vector<const model::FieldOfAction*> edition_fields;
    for (const model::Chapter& chapter : document.chapters) {
        for (const model::Block& block : chapter.blocks) {
            if (block.kind == model::BlockKind::FieldOfAction && block.field_of_action) {
                edition_fields.push_back(block.field_of_action.get());
            }
        }
    }
    for (model::Chapter& chapter : document.chapters) {
        if (chapter.generated != model::GeneratedChapter::Monitoring) {
            continue;
        }
        std::vector<const model::FieldOfAction*> fields;
        for (const model::FieldOfAction& field : chapter.data_fields) {
            fields.push_back(&field);
        }
        if (fields.empty()) {
            fields = edition_fields;
        }
        model::Blocks blocks;
        blocks.push_back(paragraph(rule_text(chapter.reference_date), chapter.position));
        if (fields.empty()) {
            blocks.push_back(
                paragraph("Diese Ausgabe enthält keine Handlungsfelder.", chapter.position));
        }
        for (const model::FieldOfAction* field : fields) {
            append_field(*field, printed, year_of(chapter.reference_date), chapter.id, blocks);
        }
        chapter.blocks = std::move(blocks);
    }
}

} // namespace stadtsatz::resolve
