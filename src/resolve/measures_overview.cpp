#include "resolve/measures_overview.hpp"

#include "resolve/responsibility_index.hpp"

#include <memory>
#include <set>
#include <utility>

namespace stadtsatz::resolve {
namespace {

// A field of action of the document with the number resolve will give it.
struct NumberedField {
    const model::FieldOfAction* field = nullptr;
    int number = 0;
};

std::vector<NumberedField> fields_of(const model::Document& document) {
    std::vector<NumberedField> fields;
    for (const model::Chapter& chapter : document.chapters) {
        for (const model::Block& block : chapter.blocks) {
            if (block.kind == model::BlockKind::FieldOfAction && block.field_of_action) {
                fields.push_back(
                    {block.field_of_action.get(), static_cast<int>(fields.size()) + 1});
            }
        }
    }
    return fields;
}

// Collects the ids the document holds (chapters, headings, fields, goals, measures) so the
// generated headings take others: a clash would move an editor's id or warn about an id no
// editor wrote.
class TakenIds {
public:
    explicit TakenIds(const model::Document& document) {
        for (const model::Chapter& chapter : document.chapters) {
            ids_.insert(chapter.id);
            blocks(chapter.blocks);
        }
    }

    // `wanted`, or the first of "wanted-2", "wanted-3", … no one holds; then it is taken.
    std::string claim(const std::string& wanted) {
        std::string candidate = wanted;
        for (int suffix = 2; ids_.count(candidate) > 0; ++suffix) {
            candidate = wanted + "-" + std::to_string(suffix);
        }
        ids_.insert(candidate);
        return candidate;
    }

private:
    void blocks(const model::Blocks& list) {
        for (const model::Block& block : list) {
            if (block.kind == model::BlockKind::Heading) {
                ids_.insert(block.id);
            }
            blocks(block.children);
            for (const model::Blocks& item : block.items) {
                blocks(item);
            }
            if (block.field_of_action) {
                ids_.insert(block.field_of_action->id);
                for (const model::Goal& goal : block.field_of_action->goals) {
                    ids_.insert(goal.id);
                    for (const model::Measure& measure : goal.measures) {
                        ids_.insert(measure.id);
                    }
                }
            }
        }
    }

    std::set<std::string> ids_;
};

// Makes the nodes of one overview chapter, all at the chapter's source position.
class OverviewBuilder {
public:
    explicit OverviewBuilder(model::SourcePosition position) : position_(std::move(position)) {}

    model::Inline text(std::string characters) const {
        return model::make_text(std::move(characters), position_);
    }

    model::Inline link_to(const std::string& id, std::string shown) const {
        model::Inline link;
        link.kind = model::InlineKind::Link;
        link.target = "#" + id;
        link.children = {text(std::move(shown))};
        link.position = position_;
        return link;
    }

    model::Block paragraph(model::Inlines inlines) const {
        model::Block block;
        block.kind = model::BlockKind::Paragraph;
        block.inlines = std::move(inlines);
        block.position = position_;
        return block;
    }

    model::Block heading(std::string title, std::string id) const {
        model::Block block;
        block.kind = model::BlockKind::Heading;
        block.level = 2;
        block.inlines = {text(std::move(title))};
        block.id = std::move(id);
        block.position = position_;
        return block;
    }

    model::Block table(std::string caption, const std::vector<std::string>& header,
                       std::vector<std::vector<model::TableCell>> rows) const {
        auto table = std::make_shared<model::Table>();
        table->caption = {text(std::move(caption))};
        for (const std::string& label : header) {
            table->header.push_back({{text(label)}});
        }
        table->alignments.assign(header.size(), model::Alignment::Left);
        table->rows = std::move(rows);
        model::Block block;
        block.kind = model::BlockKind::Table;
        block.table = std::move(table);
        block.position = position_;
        return block;
    }

    model::Block timeline() const {
        auto chart = std::make_shared<model::ChartReference>();
        chart->kind = model::ChartKind::Timeline;
        chart->position = position_;
        model::Block block;
        block.kind = model::BlockKind::Chart;
        block.chart = std::move(chart);
        block.position = position_;
        return block;
    }

    // "2026–2029"; an open-ended frame on two lines ("ab 2026," / "dauerhaft"), so its column
    // stays as narrow as a range (no writer breaks the range itself).
    model::TableCell time_frame(const model::Measure& measure) const {
        const std::string label = model::time_frame_label(measure);
        const auto comma = label.find(", ");
        if (comma == std::string::npos) {
            return {{text(label)}};
        }
        model::Inline line_break;
        line_break.kind = model::InlineKind::LineBreak;
        line_break.position = position_;
        return {{text(label.substr(0, comma + 1)), line_break, text(label.substr(comma + 2))}};
    }

    // "M-1.1.1, M-2.3.1" as links to the measures; "–" for none.
    model::TableCell measure_links(const std::vector<const model::Measure*>& measures) const {
        model::TableCell cell;
        for (const model::Measure* measure : measures) {
            if (!cell.content.empty()) {
                cell.content.push_back(text(", "));
            }
            cell.content.push_back(link_to(measure->id, measure->id));
        }
        if (cell.content.empty()) {
            cell.content.push_back(text("\u2013"));
        }
        return cell;
    }

private:
    model::SourcePosition position_;
};

std::string counted(std::size_t count, const std::string& one, const std::string& many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string field_title(const NumberedField& numbered) {
    return "Handlungsfeld " + std::to_string(numbered.number) + ": " + numbered.field->title;
}

std::size_t measure_count(const model::FieldOfAction& field) {
    std::size_t count = 0;
    for (const model::Goal& goal : field.goals) {
        count += goal.measures.size();
    }
    return count;
}

std::vector<std::vector<model::TableCell>> measure_rows(const model::FieldOfAction& field,
                                                        const OverviewBuilder& make) {
    std::vector<std::vector<model::TableCell>> rows;
    for (const model::Goal& goal : field.goals) {
        for (const model::Measure& measure : goal.measures) {
            rows.push_back({
                {{make.link_to(measure.id, measure.id)}},
                {{make.text(measure.title)}},
                {{make.text(measure.lead_office)}},
                make.time_frame(measure),
                {{make.text(model::priority_label(measure.priority))}},
                {{make.text(model::status_label(measure.status))}},
            });
        }
    }
    return rows;
}

model::Blocks overview_blocks(const std::vector<NumberedField>& fields, TakenIds& ids,
                              const OverviewBuilder& make) {
    if (fields.empty()) {
        return {make.paragraph({make.text("Diese Ausgabe enthält keine Handlungsfelder und "
                                          "damit keine Maßnahmen.")})};
    }
    std::size_t measures = 0;
    for (const NumberedField& numbered : fields) {
        measures += measure_count(*numbered.field);
    }
    if (measures == 0) {
        return {make.paragraph(
            {make.text("Die Handlungsfelder dieser Ausgabe enthalten noch keine Maßnahmen.")})};
    }
    const std::string field_count = counted(fields.size(), "Handlungsfeld", "Handlungsfeldern");
    const std::string index_id = ids.claim("zustaendigkeiten");
    model::Blocks blocks;
    blocks.push_back(make.paragraph(
        {make.text((measures == 1 ? "Diese Übersicht nennt " : "Diese Übersicht nennt alle ") +
                   counted(measures, "Maßnahme", "Maßnahmen") + " aus " + field_count +
                   " mit Federführung, Zeitraum, Priorität und Status. Die Nummer einer "
                   "Maßnahme führt zu ihrer Beschreibung. Der Abschnitt „"),
         make.link_to(index_id, "Wer ist wofür zuständig?"),
         make.text("“ nennt jede beteiligte Stelle mit ihren Maßnahmen.")}));
    for (const NumberedField& numbered : fields) {
        const model::FieldOfAction& field = *numbered.field;
        // Not the field's own heading: the contents would name two places alike.
        blocks.push_back(make.heading("Maßnahmen in " + field_title(numbered),
                                      ids.claim("uebersicht-" + field.id)));
        if (measure_count(field) == 0) {
            blocks.push_back(
                make.paragraph({make.text("Dieses Handlungsfeld enthält noch keine Maßnahmen.")}));
            continue;
        }
        blocks.push_back(
            make.table(counted(measure_count(field), "Maßnahme", "Maßnahmen") +
                           " im Handlungsfeld „" + field.title + "“",
                       {"Nr.", "Maßnahme", "Federführung", "Zeitraum", "Priorität", "Status"},
                       measure_rows(field, make)));
    }
    blocks.push_back(make.heading("Zeitplan", ids.claim("zeitplan")));
    blocks.push_back(make.paragraph({make.text(
        "Der Zeitplan zeigt den Zeitraum jeder Maßnahme, nach Handlungsfeldern geordnet.")}));
    blocks.push_back(make.timeline());

    blocks.push_back(make.heading("Wer ist wofür zuständig?", index_id));
    blocks.push_back(make.paragraph(
        {make.text("Alle Ämter, Stellen und Partner in alphabetischer Reihenfolge: unter "
                   "„Federführung“ die Maßnahmen, die sie verantworten, unter „Partner“ die, an "
                   "denen sie mitwirken.")}));
    std::vector<const model::FieldOfAction*> plain_fields;
    for (const NumberedField& numbered : fields) {
        plain_fields.push_back(numbered.field);
    }
    std::vector<std::vector<model::TableCell>> rows;
    for (const Responsibility& entry : responsibility_index(plain_fields)) {
        rows.push_back({{{make.text(entry.name)}},
                        make.measure_links(entry.leads),
                        make.measure_links(entry.partners)});
    }
    blocks.push_back(make.table("Zuständigkeiten nach Stelle",
                                {"Stelle", "Federführung", "Partner"}, std::move(rows)));
    return blocks;
}

} // namespace

void generate_measures_overviews(model::Document& document) {
    const std::vector<NumberedField> fields = fields_of(document);
    TakenIds ids(document);
    for (model::Chapter& chapter : document.chapters) {
        if (chapter.generated == model::GeneratedChapter::MeasuresOverview) {
            chapter.blocks = overview_blocks(fields, ids, OverviewBuilder(chapter.position));
        }
    }
}

} // namespace stadtsatz::resolve
