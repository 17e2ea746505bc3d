#include "layout/measure_layout.hpp"

#include "layout/chart_placement.hpp"
#include "layout/inline_collection.hpp"
#include "layout/measure_facts.hpp"
#include "layout/table_layout.hpp"
#include "text/german_format.hpp"

#include <algorithm>

namespace stadtsatz::layout {
namespace {

constexpr double card_padding = 11;
constexpr double card_bar = 3;

// A run format for generated text (labels, values) in the given family and face.
RunFormat generated_format(LayoutContext& context, const std::string& family, bool bold,
                           double size, const model::Colour& colour, const SourceNode& source) {
    RunFormat format;
    format.font_file = context.font_file(family, bold, false);
    format.size = context.readable_size(size);
    format.colour = colour;
    format.units_per_em = context.metrics.units_per_em(format.font_file);
    format.source = source;
    return format;
}

// Sets generated text as lines of slices.
void add_generated(std::vector<Slice>& out,
                   const std::vector<std::pair<std::string, RunFormat>>& parts, double left,
                   double width, double leading, LineAlignment alignment, double space_before,
                   double space_after, LayoutContext& context) {
    Paragraph paragraph;
    double size = 0;
    for (const auto& [text, format] : parts) {
        context.check_glyphs(format.font_file, text,
                             format.source.measure != nullptr ? format.source.measure->position
                                                              : model::SourcePosition{});
        const double space = context.metrics.width(format.font_file, " ", format.size);
        if (!paragraph.items.empty()) {
            append_text(paragraph, " ", format, context, space); // a space between the parts
        }
        append_text(paragraph, text, format, context, space);
        size = std::max(size, format.size);
    }
    finish_paragraph(paragraph);
    const auto lines = typeset(std::move(paragraph), width, alignment, context.metrics);
    add_lines(out, lines, left, size, leading, space_before, space_after);
}

// Sets a text of the model in `format` with its emphasis and links (the runs point into the
// document, which outlives the pages); words break only when longer than the line.
void add_inline_text(std::vector<Slice>& out, const model::Inlines& inlines, TextFormat format,
                     const SourceNode& source, double left, double width, double space_before,
                     double space_after, LayoutContext& context) {
    format.hyphenation.only_overlong_words = true;
    Paragraph paragraph = collect_inlines(inlines, format, source, context);
    const auto lines = typeset(std::move(paragraph), width, LineAlignment::Left, context.metrics);
    add_lines(out, lines, left, format.size, format.leading, space_before, space_after);
}

// Marks every item of slices [from, …) as part of `measure` of `goal`.
void tag_measure(std::vector<Slice>& slices, std::size_t from, const model::Goal* goal,
                 const model::Measure* measure) {
    for (std::size_t index = from; index < slices.size(); ++index) {
        for (PageItem& item : slices[index].items) {
            std::visit(
                [&](auto& positioned) {
                    positioned.source.goal = goal;
                    positioned.source.measure = measure;
                },
                item);
        }
        for (LinkArea& area : slices[index].links) {
            area.source.goal = goal;
            area.source.measure = measure;
        }
    }
}

void lay_out_guiding_goal(const model::Block& block, const Frame& frame, LayoutContext& context,
                          std::vector<Slice>& out) {
    const model::FieldOfAction& field = *block.field_of_action;
    if (field.guiding_goal.empty()) {
        return;
    }
    SourceNode label{&block};
    label.part = NodePart::Label;
    SourceNode source{&block};
    source.part = NodePart::GuidingGoal;
    const model::Colour accent = context.colour("accent");
    const std::string display = context.display_family();
    const TextFormat body = context.format(context.style.body);
    const std::size_t first = out.size();
    Slice top;
    top.height = card_padding;
    top.space_before = body.leading;
    top.keep_with_next = true;
    out.push_back(top);
    const double left = frame.left + card_padding + 4;
    const double width = frame.width - 2 * card_padding - 4;
    add_generated(
        out,
        {{"LEITZIEL", generated_format(context, display, true, body.size * 0.8, accent, label)}},
        left, width, body.leading, LineAlignment::Left, 0, 0, context);
    out.back().keep_with_next = true;
    const double goal_size = body.size * 1.25;
    TextFormat goal_format = body;
    goal_format.family = display;
    goal_format.bold = false;
    goal_format.italic = false;
    goal_format.size = context.readable_size(goal_size);
    goal_format.leading = goal_size * 1.35;
    goal_format.colour = context.colour("text");
    add_inline_text(out, field.guiding_goal, goal_format, source, left, width, 3, 0, context);
    Slice bottom;
    bottom.height = card_padding;
    bottom.space_after = body.leading;
    out.push_back(bottom);
    // The guiding goal is a few lines: its panel is never broken.
    for (std::size_t index = first; index + 1 < out.size(); ++index) {
        out[index].keep_with_next = true;
    }
    make_contiguous(out, first, out.size());
    add_strip(out, first, out.size(), frame.left + 4, frame.width - 4, tint(accent, 0.12), source);
    add_strip(out, first, out.size(), frame.left, 4, accent, source);
}

void lay_out_goal(const model::Block& block, const model::Goal& goal, const Frame& frame,
                  LayoutContext& context, std::vector<Slice>& out) {
    SourceNode source{&block};
    source.goal = &goal;
    source.part = NodePart::Title;
    const TextFormat body = context.format(context.style.body);
    const model::HeadingStyle& heading = context.style.headings[2];
    const TextFormat format = context.format(heading);
    const std::size_t first = out.size();
    add_generated(
        out,
        {{"ZIEL " + goal.id, generated_format(context, format.family, true, body.size * 0.8,
                                              context.colour("accent"), source)}},
        frame.left, frame.width, body.leading, LineAlignment::Left,
        std::max(heading.space_before, format.leading * 1.2), 0, context);
    // "ZIEL Z-1.1" and the goal's text are one heading: a space joins them for a reader.
    for (auto item = out.back().items.rbegin(); item != out.back().items.rend(); ++item) {
        if (auto* run = std::get_if<TextRun>(&*item)) {
            append_space_glyph(*run, 0, context.metrics);
            break;
        }
    }
    add_inline_text(out, goal.text, format, source, frame.left, frame.width, 0,
                    std::max(heading.space_after, format.size * 0.5), context);
    for (std::size_t index = first; index < out.size(); ++index) {
        out[index].keep_with_next = true;
    }
    out.back().keep_lines_after = 2; // the goal is a heading: it keeps with its measure's lines
    out[first].anchors.emplace_back(goal.id, 0);
}

void lay_out_facts(const model::Block& block, const model::Measure& measure, double left,
                   double width, LayoutContext& context, std::vector<Slice>& out) {
    const SourceNode source{&block, nullptr, &measure};
    const TextFormat table = context.format(context.style.table);
    const std::string display = context.display_family();
    const std::vector<MeasureFact> facts = measure_facts(measure);
    const double label_width = 78;
    for (std::size_t index = 0; index < facts.size(); ++index) {
        SourceNode term = source;
        term.part = NodePart::Term;
        term.row = static_cast<int>(index);
        SourceNode definition = term;
        definition.part = NodePart::Definition;
        std::vector<Slice> label;
        std::vector<Slice> value;
        add_generated(
            label,
            {{facts[index].label, generated_format(context, display, true, table.size * 0.92,
                                                   context.colour("accent"), term)}},
            0, label_width - 6, table.leading, LineAlignment::Left, 0, 0, context);
        add_generated(
            value,
            {{facts[index].value, generated_format(context, table.family, false, table.size,
                                                   table.colour, definition)}},
            0, width - label_width, table.leading, LineAlignment::Left, 0, 0, context);
        Slice row;
        const std::size_t lines = std::max(label.size(), value.size());
        row.height = static_cast<double>(lines) * table.leading + 3;
        for (std::size_t line = 0; line < label.size(); ++line) {
            for (PageItem item : label[line].items) {
                translate(item, left, 1.5 + static_cast<double>(line) * table.leading);
                row.items.push_back(std::move(item));
            }
        }
        for (std::size_t line = 0; line < value.size(); ++line) {
            for (PageItem item : value[line].items) {
                translate(item, left + label_width,
                          1.5 + static_cast<double>(line) * table.leading);
                row.items.push_back(std::move(item));
            }
        }
        Rule separator;
        separator.x1 = left;
        separator.x2 = left + width;
        separator.y1 = separator.y2 = row.height;
        separator.line_width = 0.3;
        separator.colour = tint(context.colour("accent"), 0.3);
        separator.source = source;
        separator.source.part = NodePart::Decoration;
        row.items.push_back(separator);
        if (index == 0) {
            row.space_before = table.leading * 0.6;
        }
        // The facts may part between rows, with two rows at least on each page.
        row.keep_with_next = index == 0 || index + 2 == facts.size();
        out.push_back(std::move(row));
    }
}

void lay_out_indicators(const model::Block& block, const model::Measure& measure, double left,
                        double width, LayoutContext& context, std::vector<Slice>& out) {
    if (measure.indicators.empty()) {
        return;
    }
    // Kept beyond the layout: the indicator names, targets and sources may hold links.
    model::Table& table = context.built_tables->emplace_back();
    table.alignments = {model::Alignment::Left, model::Alignment::Left, model::Alignment::Right,
                        model::Alignment::Right, model::Alignment::Left};
    for (const char* title :
         {"Indikator", "Einheit", "Ausgangswert (Jahr)", "Zielwert (Jahr)", "Datenquelle"}) {
        table.header.push_back({{model::make_text(title)}});
    }
    for (const auto& indicator : measure.indicators) {
        auto cell = [&](const std::string& text) {
            return model::TableCell{{model::make_text(text, indicator.position)}};
        };
        auto value_cell = [&](const model::IndicatorValue& value) {
            if (!value.number) {
                model::TableCell described{value.description};
                if (value.year > 0) {
                    described.content.push_back(model::make_text(
                        " (" + std::to_string(value.year) + ")", indicator.position));
                }
                return described;
            }
            return cell(text::german_decimal(value.number->written) +
                        (value.year > 0 ? " (" + std::to_string(value.year) + ")" : ""));
        };
        table.rows.push_back({model::TableCell{indicator.name}, cell(indicator.unit),
                              indicator.baseline ? value_cell(*indicator.baseline) : cell("\u2013"),
                              value_cell(indicator.target),
                              model::TableCell{indicator.data_source}});
    }
    Frame frame{left, width, &context.style.body, false, 0};
    const std::size_t first = out.size();
    lay_out_table(table, SourceNode{&block, nullptr, &measure}, false, frame, context, out);
    if (out.size() > first) {
        out[first].space_before = context.style.body.leading * 0.8;
        out.back().space_after = 0;
    }
}

void lay_out_measure(const model::Block& block, const model::Goal* goal,
                     const model::Measure& measure, const Frame& frame, LayoutContext& context,
                     std::vector<Slice>& out) {
    const SourceNode source{&block, nullptr, &measure};
    const model::Colour accent = context.colour("accent");
    const TextFormat body = context.format(context.style.body);
    const std::string display = context.display_family();
    const double left = frame.left + card_bar + card_padding;
    const double width = frame.width - card_bar - 2 * card_padding;
    const std::size_t first = out.size();
    SourceNode title = source;
    title.part = NodePart::Title;

    Slice top;
    top.height = card_padding;
    top.space_before = body.leading;
    top.keep_with_next = true;
    top.anchors.emplace_back(measure.id, 0);
    out.push_back(top);
    const double title_size = body.size * 1.15;
    add_generated(
        out,
        {{measure.id, generated_format(context, display, true, title_size, accent, title)},
         {measure.title, generated_format(context, display, true, title_size, body.colour, title)}},
        left, width, title_size * 1.3, LineAlignment::Left, 0, 0, context);
    for (std::size_t index = first; index < out.size(); ++index) {
        out[index].keep_with_next = true;
    }
    out.back().keep_lines_after = 2; // the card's title keeps with two lines of its text
    Frame inner{left, width, &context.style.body, false, 0};
    const std::size_t description = out.size();
    for (std::size_t index = 0; index < measure.description.size(); ++index) {
        SourceNode paragraph = source;
        paragraph.row = static_cast<int>(index);
        lay_out_paragraph(measure.description[index], context.style.body, paragraph, inner, context,
                          out);
    }
    if (out.size() > description) {
        out[description].space_before = body.leading * 0.35;
    }
    lay_out_facts(block, measure, left, width, context, out);
    lay_out_indicators(block, measure, left, width, context, out);
    lay_out_indicator_charts(block, goal, measure, left, width, context, out);
    out.back().keep_with_next = true; // the bottom padding never starts a page alone
    Slice bottom;
    bottom.height = card_padding;
    bottom.space_after = body.leading * 0.6;
    out.push_back(bottom);
    tag_measure(out, first, goal, &measure);
    make_contiguous(out, first, out.size());
    add_strip(out, first, out.size(), frame.left + card_bar, frame.width - card_bar,
              tint(accent, 0.045), source);
    add_strip(out, first, out.size(), frame.left, card_bar, accent, source);
}

} // namespace

void lay_out_field_of_action(const model::Block& block, const Frame& frame, LayoutContext& context,
                             std::vector<Slice>& out) {
    const model::FieldOfAction& field = *block.field_of_action;
    const model::Inlines title = {model::make_text(field.title, field.position)};
    const std::string label = "Handlungsfeld " + std::to_string(field.number) + ":";
    SourceNode heading{&block};
    heading.part = NodePart::Title;
    lay_out_heading(title, label, 2, field.id, heading, true, frame, context, out);
    lay_out_guiding_goal(block, frame, context, out);
    for (std::size_t index = 0; index < field.introduction.size(); ++index) {
        SourceNode paragraph{&block};
        paragraph.row = static_cast<int>(index);
        lay_out_paragraph(field.introduction[index], context.style.body, paragraph, frame, context,
                          out);
    }
    lay_out_field_chart(block, frame, context, out);
    for (const auto& goal : field.goals) {
        lay_out_goal(block, goal, frame, context, out);
        for (const auto& measure : goal.measures) {
            lay_out_measure(block, &goal, measure, frame, context, out);
        }
    }
}

} // namespace stadtsatz::layout
