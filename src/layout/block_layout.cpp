#include "layout/block_layout.hpp"

#include "layout/chart_placement.hpp"
#include "layout/image_layout.hpp"
#include "layout/inline_collection.hpp"
#include "layout/list_bullets.hpp"
#include "layout/measure_layout.hpp"
#include "layout/picture_column.hpp"
#include "layout/table_layout.hpp"

#include <algorithm>

namespace stadtsatz::layout {
namespace {

// The marker of a task item: a box, ticked when done, drawn with lines (the fonts have no
// U+2610/U+2611), and an invisible run that gives a reader "☐" or "☑" back. Appended to
// `slice` with the box's bottom on `baseline`.
void add_task_marker(model::TaskState task, const TextFormat& format, double x, double baseline,
                     const SourceNode& label, LayoutContext& context, Slice& slice) {
    const bool done = task == model::TaskState::Done;
    const double side = format.size * 0.68;
    const model::Colour colour = context.colour("accent");
    SourceNode decoration = label;
    decoration.part = NodePart::Decoration;
    Rectangle box;
    box.x = x;
    box.y = baseline - side;
    box.width = side;
    box.height = side;
    box.filled = false;
    box.stroked = true;
    box.stroke = colour;
    box.line_width = format.size * 0.07;
    box.source = decoration;
    slice.items.push_back(box);
    if (done) {
        Rule down;
        down.x1 = x + side * 0.2;
        down.y1 = baseline - side * 0.5;
        down.x2 = x + side * 0.42;
        down.y2 = baseline - side * 0.22;
        down.line_width = format.size * 0.1;
        down.colour = colour;
        down.source = decoration;
        Rule up = down;
        up.x1 = down.x2;
        up.y1 = down.y2;
        up.x2 = x + side * 0.82;
        up.y2 = baseline - side * 0.8;
        slice.items.push_back(down);
        slice.items.push_back(up);
    }
    TextRun text = context.shaped_run(context.font_file(format.family, false, false), format.size,
                                      colour, " ", label);
    text.text = done ? "\u2611" : "\u2610"; // the space glyph carries it as /ActualText
    text.x = x;
    text.baseline = baseline;
    slice.items.push_back(text);
}

void lay_out_list(const model::Block& block, const Frame& frame, LayoutContext& context,
                  std::vector<Slice>& out) {
    const TextFormat format = context.format(*frame.text);
    const double indent = block.ordered ? format.size * 2.0 : format.size * 1.4;
    Frame inner = frame;
    inner.left = frame.left + indent;
    inner.width = frame.width - indent;
    inner.tight = block.tight; // a loose list spaces its items like paragraphs
    inner.list_depth = frame.list_depth + 1;
    for (std::size_t index = 0; index < block.items.size(); ++index) {
        const std::size_t first = out.size();
        lay_out_blocks(block.items[index], inner, context, out);
        if (out.size() == first) {
            continue;
        }
        const std::string marker_file = context.font_file(format.family, block.ordered, false);
        const std::string marker =
            block.ordered
                ? std::to_string(block.start + static_cast<int>(index)) + "."
                : list_bullet(static_cast<std::size_t>(frame.list_depth), marker_file, context);
        SourceNode label{&block};
        label.part = NodePart::Label;
        label.row = static_cast<int>(index);
        TextRun marker_run =
            context.shaped_run(marker_file, format.size, context.colour("accent"), marker, label);
        const double marker_width = marker_run.width;
        Slice& slice = out[first];
        // Align the marker with the baseline of the item's first text run.
        double baseline = format.size * 0.76 + (format.leading - format.size) / 2;
        for (const PageItem& item : slice.items) {
            if (const auto* run = std::get_if<TextRun>(&item)) {
                baseline = run->baseline;
                break;
            }
        }
        marker_run.x = block.ordered ? inner.left - marker_width - format.size * 0.5
                                     : frame.left + format.size * 0.3;
        marker_run.baseline = baseline;
        if (const model::TaskState task = model::task_of(block, index);
            task != model::TaskState::None) {
            add_task_marker(task, format, inner.left - format.size * 1.1, baseline, label, context,
                            slice);
        } else {
            slice.items.push_back(marker_run);
        }
        // A list nested in a tight item follows its text as closely as the items do.
        if (index == 0) {
            slice.space_before =
                std::max(slice.space_before, paragraph_gap(*frame.text, frame.tight));
        }
    }
    if (!out.empty()) {
        out.back().space_after =
            std::max(out.back().space_after, paragraph_gap(*frame.text, frame.tight));
    }
}

void lay_out_quote(const model::Block& block, const Frame& frame, LayoutContext& context,
                   std::vector<Slice>& out) {
    const double indent = 18;
    Frame inner = frame;
    inner.left = frame.left + indent;
    inner.width = frame.width - indent;
    const std::size_t first = out.size();
    lay_out_blocks(block.children, inner, context, out);
    make_contiguous(out, first, out.size());
    SourceNode source{&block, nullptr, nullptr};
    add_strip(out, first, out.size(), frame.left + 3, 2.5, context.colour("accent"), source);
}

void lay_out_code(const model::Block& block, const Frame& frame, LayoutContext& context,
                  std::vector<Slice>& out) {
    const TextFormat format = context.format(context.style.code);
    RunFormat run_format;
    run_format.font_file = context.font_file(context.code_family(), false, false);
    run_format.size = format.size;
    run_format.colour = format.colour;
    run_format.units_per_em = context.metrics.units_per_em(run_format.font_file);
    run_format.source.block = &block;
    // A fenced block's text starts on the line after the fence.
    const model::SourcePosition text_start =
        block.position.line > 0
            ? model::SourcePosition{block.position.file, block.position.line + 1, 1}
            : block.position;
    context.check_glyphs(run_format.font_file, block.text, text_start);
    const double padding = 7;
    const double inner_width = frame.width - 2 * padding;
    std::string text = block.text;
    while (!text.empty() && text.back() == '\n') {
        text.pop_back();
    }
    const std::size_t first = out.size();
    Slice top;
    top.height = padding;
    top.space_before = paragraph_gap(*frame.text, false);
    top.keep_with_next = true;
    out.push_back(top);
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos) {
            end = text.size();
        }
        Paragraph paragraph;
        append_unbreakable(paragraph, text.substr(begin, end - begin), run_format, context);
        finish_paragraph(paragraph);
        auto lines = typeset(paragraph, inner_width, LineAlignment::Left, context.metrics);
        if (lines.empty()) {
            lines.emplace_back();
        }
        add_lines(out, lines, frame.left + padding, format.size, format.leading, 0, 0);
        begin = end + 1;
    }
    // At least two lines of code on each page, and the bottom padding never alone.
    out.back().keep_with_next = true;
    if (out.size() >= first + 4) {
        out[out.size() - 2].keep_with_next = true;
    }
    Slice bottom;
    bottom.height = padding;
    bottom.space_after = paragraph_gap(*frame.text, false);
    out.push_back(bottom);
    out[first + 1].keep_with_next = true;
    make_contiguous(out, first, out.size());
    add_strip(out, first, out.size(), frame.left, frame.width, tint(context.colour("text"), 0.07),
              SourceNode{&block, nullptr, nullptr});
}

void lay_out_thematic_break(const model::Block& block, const Frame& frame, LayoutContext& context,
                            std::vector<Slice>& out) {
    Slice slice;
    slice.height = 12;
    slice.space_before = paragraph_gap(*frame.text, false) * 1.5;
    slice.space_after = slice.space_before;
    Rule rule;
    rule.x1 = frame.left + frame.width * 0.35;
    rule.x2 = frame.left + frame.width * 0.65;
    rule.y1 = rule.y2 = 6;
    rule.line_width = 0.8;
    rule.colour = context.colour("accent");
    rule.source.block = &block;
    slice.items.push_back(rule);
    out.push_back(slice);
}

// True for a paragraph ending in a colon that leads into the list, table or code after it:
// it keeps with the first item.
bool introduces(const model::Block& paragraph, const model::Block& next) {
    if (next.kind != model::BlockKind::List && next.kind != model::BlockKind::Table &&
        next.kind != model::BlockKind::CodeBlock) {
        return false;
    }
    const std::string text = model::plain_text(paragraph.inlines);
    const auto last = text.find_last_not_of(" \t\n");
    return last != std::string::npos && text[last] == ':';
}

} // namespace

double paragraph_gap(const model::TextStyle& text_style, bool tight) {
    if (tight) {
        return text_style.leading * 0.25;
    }
    return text_style.space_after > 0 ? text_style.space_after : text_style.leading * 0.5;
}

void lay_out_paragraph(const model::Inlines& inlines, const model::TextStyle& text_style,
                       const SourceNode& source, const Frame& frame, LayoutContext& context,
                       std::vector<Slice>& out) {
    const TextFormat format = context.format(text_style);
    Paragraph paragraph = collect_inlines(inlines, format, source, context);
    const LineAlignment alignment = context.style.setting.alignment == model::TextAlignment::Left
                                        ? LineAlignment::Left
                                        : LineAlignment::Justify;
    const auto lines = typeset(std::move(paragraph), frame.width, alignment, context.metrics);
    const double gap = paragraph_gap(text_style, frame.tight);
    add_lines(out, lines, frame.left, format.size, format.leading,
              std::max(gap, text_style.space_before), gap);
}

void lay_out_heading(const model::Inlines& inlines, const std::string& number, int level,
                     const std::string& id, const SourceNode& source, bool generated,
                     const Frame& frame, LayoutContext& context, std::vector<Slice>& out) {
    if (inlines.empty() && number.empty()) {
        // An empty heading ("## ") draws nothing; links to its id land where it stands.
        Slice anchor;
        if (!id.empty()) {
            anchor.anchors.emplace_back(id, 0);
        }
        anchor.keep_with_next = true;
        out.push_back(anchor);
        return;
    }
    const model::HeadingStyle& heading =
        context.style.headings[static_cast<std::size_t>(std::clamp(level, 1, 6) - 1)];
    TextFormat format = context.format(heading);
    format.hyphenation.only_overlong_words = true;
    Paragraph paragraph;
    if (!number.empty() && (heading.numbered || generated)) {
        RunFormat number_format;
        number_format.font_file = context.font_file(format.family, format.bold, format.italic);
        number_format.size = format.size;
        number_format.colour = context.colour("accent");
        number_format.units_per_em = context.metrics.units_per_em(number_format.font_file);
        number_format.source = source;
        const double space = context.metrics.width(number_format.font_file, " ", format.size);
        append_text(paragraph, number, number_format, context, space);
        append_text(paragraph, " ", number_format, context, space * 1.6); // gap before the title
    }
    collect_inlines_into(paragraph, inlines, format, source, context);
    if (generated) {
        for (RunFormat& run : paragraph.formats) {
            run.source.inline_node = nullptr; // generated text has no inline node to point to
        }
    }
    finish_paragraph(paragraph);
    const auto lines =
        typeset(std::move(paragraph), frame.width, LineAlignment::Left, context.metrics);
    const std::size_t first = out.size();
    const double space_before =
        heading.space_before > 0 ? heading.space_before : format.leading * 1.1;
    const double space_after = heading.space_after > 0 ? heading.space_after : format.size * 0.5;
    add_lines(out, lines, frame.left, format.size, format.leading, space_before, space_after);
    for (std::size_t index = first; index < out.size(); ++index) {
        out[index].keep_with_next = true;
    }
    if (out.size() > first) {
        out.back().keep_lines_after = 2;
        if (!id.empty()) {
            out[first].anchors.emplace_back(id, 0);
        }
        out[first].page_break_before = heading.new_page;
    }
}

void lay_out_chapter_title(const model::Chapter& chapter, LayoutContext& context,
                           std::vector<Slice>& out) {
    const model::HeadingStyle& heading = context.style.headings[0];
    TextFormat format = context.format(heading);
    format.hyphenation.only_overlong_words = true;
    const double width = context.text_width();
    Slice opening;
    opening.page_break_before = heading.new_page;
    opening.chapter = &chapter;
    opening.keep_with_next = true;
    opening.anchors.emplace_back(chapter.id, 0);
    Rectangle bar;
    bar.x = 0;
    bar.y = 0;
    bar.width = 36;
    bar.height = 4;
    bar.fill = context.colour("accent");
    opening.items.push_back(bar);
    opening.height = 14;
    if (heading.numbered && !chapter.number.empty()) {
        SourceNode title{};
        title.chapter = &chapter;
        TextRun number = context.shaped_run(context.font_file(format.family, true, false),
                                            format.size * 2.2, tint(context.colour("accent"), 0.55),
                                            chapter.number + " ", title); // reads "3 Titel"
        number.baseline = opening.height + number.size * 0.78;
        opening.items.push_back(number);
        opening.height = number.baseline + number.size * 0.25;
    }
    out.push_back(opening);
    const std::size_t first = out.size();
    SourceNode title{};
    title.chapter = &chapter;
    Paragraph paragraph = collect_inlines(chapter.title, format, title, context);
    const auto lines =
        typeset(std::move(paragraph), width * 0.9, LineAlignment::Left, context.metrics);
    add_lines(out, lines, 0, format.size, format.leading, 0, 0);
    for (std::size_t index = first; index < out.size(); ++index) {
        out[index].keep_with_next = true;
    }
    Slice rule_slice;
    rule_slice.height = format.size * 0.9;
    Rule rule;
    rule.x1 = 0;
    rule.x2 = width;
    rule.y1 = rule.y2 = format.size * 0.6;
    rule.line_width = 0.6;
    rule.colour = tint(context.colour("accent"), 0.4);
    rule_slice.items.push_back(rule);
    rule_slice.keep_with_next = true;
    rule_slice.keep_lines_after = 2;
    rule_slice.space_after = heading.space_after > 0 ? heading.space_after : format.size;
    out.push_back(rule_slice);
}

namespace {

// Lays out blocks [begin, end) of `blocks`.
void lay_out_range(const model::Blocks& blocks, std::size_t begin, std::size_t end,
                   const Frame& frame, LayoutContext& context, std::vector<Slice>& out) {
    for (auto block_iterator = blocks.begin() + static_cast<long>(begin);
         block_iterator != blocks.begin() + static_cast<long>(end); ++block_iterator) {
        const model::Block& block = *block_iterator;
        const auto index = static_cast<std::size_t>(block_iterator - blocks.begin());
        if (const std::size_t text_end = picture_column_end(blocks, index, frame, context);
            text_end > index) {
            // A pictogram beside its text: the text in a narrower frame, then the picture.
            const std::size_t first = out.size();
            lay_out_range(blocks, index + 1, text_end, picture_column_text_frame(frame, context),
                          context, out);
            place_picture_column(block, first, frame, context, out);
            block_iterator += static_cast<long>(text_end - index - 1);
            continue;
        }
        switch (block.kind) {
        case model::BlockKind::Paragraph: {
            const std::size_t first = out.size();
            lay_out_paragraph(block.inlines, *frame.text, SourceNode{&block}, frame, context, out);
            const auto next = std::next(block_iterator);
            if (out.size() > first && next != blocks.end() && introduces(block, *next)) {
                out.back().keep_with_next = true;
            }
            break;
        }
        case model::BlockKind::Heading:
            lay_out_heading(block.inlines, block.number, std::max(block.level, 2), block.id,
                            SourceNode{&block}, false, frame, context, out);
            break;
        case model::BlockKind::List:
            lay_out_list(block, frame, context, out);
            break;
        case model::BlockKind::Table:
            if (block.table) {
                lay_out_table(*block.table, SourceNode{&block, nullptr, nullptr}, false, frame,
                              context, out);
            }
            break;
        case model::BlockKind::CodeBlock:
            lay_out_code(block, frame, context, out);
            break;
        case model::BlockKind::BlockQuote:
            lay_out_quote(block, frame, context, out);
            break;
        case model::BlockKind::Image:
            if (block.image) {
                lay_out_image(block, frame, context, out);
            }
            break;
        case model::BlockKind::ThematicBreak:
            lay_out_thematic_break(block, frame, context, out);
            break;
        case model::BlockKind::FieldOfAction:
            if (block.field_of_action) {
                lay_out_field_of_action(block, frame, context, out);
            }
            break;
        case model::BlockKind::Chart:
            if (block.chart) {
                lay_out_chart_block(block, frame, context, out);
            }
            break;
        }
    }
}

} // namespace

void lay_out_blocks(const model::Blocks& blocks, const Frame& frame, LayoutContext& context,
                    std::vector<Slice>& out) {
    lay_out_range(blocks, 0, blocks.size(), frame, context, out);
}

} // namespace stadtsatz::layout
