#include "layout/table_layout.hpp"

#include "layout/column_widths.hpp"
#include "layout/inline_collection.hpp"
#include "layout/table_cell_measure.hpp"

#include <algorithm>
#include <optional>

namespace stadtsatz::layout {
namespace {

constexpr double cell_padding_y = 3.5;
// Space left and right of a cell's text: the preferred value, and the least it may shrink to
// (before a header word is hyphenated, and before the table's type is made smaller).
constexpr double preferred_padding_x = 5;
constexpr double least_padding_x = 2;
// The smallest share of its size the type of a table shrinks to when even the hyphenated
// words do not fit; below it, words break where they have no hyphenation point.
constexpr double least_type_scale = 0.85;

LineAlignment alignment_of(const model::Table& table, std::size_t column) {
    if (column >= table.alignments.size()) {
        return LineAlignment::Left;
    }
    switch (table.alignments[column]) {
    case model::Alignment::Center:
        return LineAlignment::Center;
    case model::Alignment::Right:
        return LineAlignment::Right;
    default:
        return LineAlignment::Left;
    }
}

Paragraph cell_paragraph(const model::TableCell* cell, const TextFormat& format,
                         const SourceNode& source, bool generated, LayoutContext& context) {
    Paragraph paragraph;
    if (cell != nullptr) {
        collect_inlines_into(paragraph, cell->content, format, source, context);
    }
    finish_paragraph(paragraph);
    for (RunFormat& run : paragraph.formats) {
        if (generated) {
            run.source.inline_node = nullptr;
        }
    }
    return paragraph;
}

// A column whose body cells are all numbers (or "no value"): its cells align on the decimal
// comma. `after` is the widest part from the comma (or an integer's end) to a cell's end.
struct NumberColumn {
    bool numeric = false;
    double before = 0;
    double after = 0;
    std::vector<std::optional<DecimalSplit>> splits; // per row; empty for placeholders
};

NumberColumn number_column(const std::vector<std::vector<Paragraph>>& cells, std::size_t column,
                           bool has_header) {
    NumberColumn result;
    result.splits.resize(cells.size());
    bool any = false;
    for (std::size_t row = has_header ? 1 : 0; row < cells.size(); ++row) {
        const Paragraph& paragraph = cells[row][column];
        const std::string text = cell_text(paragraph);
        if (is_placeholder(text)) {
            continue;
        }
        const auto offset = decimal_split_offset(text);
        if (!offset) {
            NumberColumn text_column;
            text_column.splits.resize(cells.size());
            return text_column;
        }
        const DecimalSplit split = split_widths(paragraph, *offset);
        result.before = std::max(result.before, split.before);
        result.after = std::max(result.after, split.after);
        result.splits[row] = split;
        any = true;
    }
    result.numeric = any;
    return result;
}

// How a column's cells are set: as the table says, and a number column without an alignment of
// its own flush right (its header over its numbers).
LineAlignment cell_alignment(const model::Table& table, std::size_t column, bool numeric) {
    const bool unaligned =
        column >= table.alignments.size() || table.alignments[column] == model::Alignment::Default;
    return numeric && unaligned ? LineAlignment::Right : alignment_of(table, column);
}

// Where the decimal commas of a number column stand, from the left of its text area: the
// numbers form a block as wide as the widest parts before and after the comma, placed in the
// column as its alignment says.
double comma_position(const NumberColumn& number, double content_width, LineAlignment alignment) {
    const double block = number.before + number.after;
    double left = content_width - block;
    if (alignment == LineAlignment::Left || alignment == LineAlignment::Justify) {
        left = 0;
    } else if (alignment == LineAlignment::Center) {
        left = (content_width - block) / 2;
    }
    return std::max(0.0, left) + number.before;
}

// What every column needs, padding excluded; a number column needs its aligned numbers whole.
std::vector<ColumnNeeds> column_needs(const std::vector<std::vector<Paragraph>>& cells,
                                      const std::vector<NumberColumn>& numbers, bool has_header) {
    const std::size_t columns = numbers.size();
    std::vector<ColumnNeeds> needs(columns);
    for (std::size_t row = 0; row < cells.size(); ++row) {
        for (std::size_t column = 0; column < columns; ++column) {
            const CellMeasure measure = measure_cell(cells[row][column]);
            ColumnNeeds& need = needs[column];
            need.minimum = std::max(need.minimum, measure.minimum);
            need.split_words = std::max(need.split_words, measure.two_lines);
            need.whole_words = std::max(need.whole_words, measure.whole_words);
            need.maximum = std::max(need.maximum, measure.maximum);
            if (has_header && row == 0) {
                need.split_header = measure.two_lines;
                need.whole_header = measure.whole_words;
            }
        }
    }
    for (std::size_t column = 0; column < columns; ++column) {
        if (numbers[column].numeric) {
            const double aligned = numbers[column].before + numbers[column].after;
            needs[column].minimum = std::max(needs[column].minimum, aligned);
        }
    }
    return needs;
}

std::vector<ColumnNeeds> padded(std::vector<ColumnNeeds> needs, double padding) {
    for (ColumnNeeds& need : needs) {
        need.minimum += 2 * padding;
        need.split_header += 2 * padding;
        need.split_words += 2 * padding;
        need.whole_header += 2 * padding;
        need.whole_words += 2 * padding;
        need.maximum += 2 * padding;
    }
    return needs;
}

// The widest padding in [least, preferred] with which the widths `level` of every column
// (padding excluded) fit `available`; nothing when even the least padding is too wide.
std::optional<double> padding_fitting(const std::vector<ColumnNeeds>& needs,
                                      double ColumnNeeds::*level, double available) {
    double total = 0;
    for (const ColumnNeeds& need : needs) {
        total += std::max(need.minimum, need.*level);
    }
    const double room = (available - total) / (2 * static_cast<double>(needs.size()));
    if (room < least_padding_x) {
        return std::nullopt;
    }
    return std::min(room, preferred_padding_x);
}

} // namespace

void lay_out_table(const model::Table& table, const SourceNode& source, bool generated,
                   const Frame& frame, LayoutContext& context, std::vector<Slice>& out) {
    std::size_t columns = table.header.size();
    for (const auto& row : table.rows) {
        columns = std::max(columns, row.size());
    }
    if (columns == 0) {
        return;
    }
    TextFormat body_format = context.format(context.style.table);
    TextFormat header_format = context.format(context.style.table, true, false);
    const bool has_header = !table.header.empty();

    // Collect every cell once (again with smaller type when the table is too wide); measure
    // the columns.
    std::vector<std::vector<Paragraph>> cells;
    std::vector<NumberColumn> numbers(columns);
    std::vector<ColumnNeeds> needs;
    // Rows are numbered as the structure tree sees them: 0 is the header, the body from 1.
    auto collect_row = [&](const std::vector<model::TableCell>& row, const TextFormat& format,
                           int row_number) {
        std::vector<Paragraph> paragraphs;
        for (std::size_t column = 0; column < columns; ++column) {
            const model::TableCell* cell = column < row.size() ? &row[column] : nullptr;
            SourceNode cell_source = source;
            cell_source.part = row_number == 0 ? NodePart::HeaderCell : NodePart::Cell;
            cell_source.row = row_number;
            cell_source.column = static_cast<int>(column);
            paragraphs.push_back(cell_paragraph(cell, format, cell_source, generated, context));
        }
        cells.push_back(std::move(paragraphs));
    };
    auto collect = [&] {
        cells.clear();
        if (has_header) {
            collect_row(table.header, header_format, 0);
        }
        for (std::size_t row = 0; row < table.rows.size(); ++row) {
            collect_row(table.rows[row], body_format, static_cast<int>(row) + 1);
        }
        for (std::size_t column = 0; column < columns; ++column) {
            numbers[column] = number_column(cells, column, has_header);
        }
        needs = column_needs(cells, numbers, has_header);
    };
    collect();

    // The gaps between columns narrow before a header word is hyphenated; when even the
    // hyphenated words do not fit with the narrowest gaps, the table's type gets smaller (to
    // 85 %); only below that does a word break where it has no hyphenation point.
    double padding = least_padding_x;
    if (const auto fitting = padding_fitting(needs, &ColumnNeeds::whole_header, frame.width)) {
        padding = *fitting;
    } else if (!padding_fitting(needs, &ColumnNeeds::minimum, frame.width)) {
        const double content = total_minimum(needs);
        const double room = frame.width - 2 * least_padding_x * static_cast<double>(columns);
        const double scale = std::max(least_type_scale, room / content);
        for (TextFormat* format : {&body_format, &header_format}) {
            format->size *= scale;
            format->leading *= scale;
        }
        collect();
        if (total_minimum(needs) + 2 * padding * static_cast<double>(columns) >
            frame.width + 0.01) {
            context.diagnostics.warning(
                source.block != nullptr ? source.block->position : model::SourcePosition{},
                "Tabelle: " + std::to_string(columns) +
                    " Spalten passen auch mit kleinerer Schrift nicht in die Satzbreite; "
                    "Wörter werden ohne Trennstelle umbrochen. Weniger Spalten oder kürzere "
                    "Einträge helfen.");
        }
    }
    const std::vector<double> widths = column_widths(padded(needs, padding), frame.width);

    // The caption ("Tabelle: …") stands above the table and keeps with its first rows.
    bool has_caption = false;
    if (!table.caption.empty()) {
        const TextFormat caption_format = context.format(context.style.caption);
        SourceNode caption_source = source;
        caption_source.part = NodePart::Caption;
        Paragraph caption = collect_inlines(table.caption, caption_format, caption_source, context);
        const auto lines =
            typeset(std::move(caption), frame.width, LineAlignment::Left, context.metrics);
        const std::size_t first = out.size();
        add_lines(out, lines, frame.left, caption_format.size, caption_format.leading,
                  paragraph_gap(*frame.text, false) * 1.3, caption_format.size * 0.4);
        for (std::size_t index = first; index < out.size(); ++index) {
            out[index].keep_with_next = true;
        }
        has_caption = out.size() > first;
    }

    const model::Colour accent = context.colour("accent");
    const model::Colour rule_colour = tint(context.colour("text"), 0.3);
    std::shared_ptr<Slice> header_slice;
    for (std::size_t row_index = 0; row_index < cells.size(); ++row_index) {
        const bool is_header = has_header && row_index == 0;
        const TextFormat& format = is_header ? header_format : body_format;
        Slice slice;
        double x = frame.left;
        double height = format.leading;
        std::vector<std::vector<SetLine>> set_cells;
        std::vector<double> shifts(columns, 0); // of a number cell, to align its comma
        for (std::size_t column = 0; column < columns; ++column) {
            // A hair wider than measured: a piece exactly as wide as the column must not count
            // as too wide through rounding.
            const double content_width = widths[column] - 2 * padding + 1e-3;
            const NumberColumn& number = numbers[column];
            const LineAlignment alignment = cell_alignment(table, column, number.numeric);
            const auto& split = number.splits[row_index];
            if (split) {
                auto lines = typeset(cells[row_index][column], content_width, LineAlignment::Left,
                                     context.metrics);
                if (lines.size() == 1) {
                    shifts[column] =
                        comma_position(number, content_width, alignment) - split->before;
                    set_cells.push_back(std::move(lines));
                } else { // squeezed below the number's width: no alignment to keep
                    set_cells.push_back(typeset(cells[row_index][column], content_width, alignment,
                                                context.metrics));
                }
            } else {
                set_cells.push_back(
                    typeset(cells[row_index][column], content_width, alignment, context.metrics));
            }
            height =
                std::max(height, static_cast<double>(set_cells.back().size()) * format.leading);
        }
        height += 2 * cell_padding_y;
        const std::size_t data_row = has_header ? row_index - 1 : row_index;
        if (is_header || data_row % 2 == 1) {
            Rectangle shade;
            shade.x = frame.left;
            shade.width = frame.width;
            shade.height = height;
            shade.fill = is_header ? tint(accent, 0.14) : tint(context.colour("text"), 0.035);
            shade.source = source;
            shade.source.part = NodePart::Decoration;
            slice.items.push_back(shade);
        }
        for (std::size_t column = 0; column < columns; ++column) {
            std::vector<Slice> lines;
            add_lines(lines, set_cells[column], 0, format.size, format.leading, 0, 0);
            for (std::size_t line = 0; line < set_cells[column].size(); ++line) {
                const double dy = cell_padding_y + static_cast<double>(line) * format.leading;
                for (PageItem item : lines[line].items) {
                    translate(item, x + padding + shifts[column], dy);
                    slice.items.push_back(std::move(item));
                }
                for (LinkArea area : lines[line].links) {
                    translate(area, x + padding + shifts[column], dy);
                    slice.links.push_back(std::move(area));
                }
                for (const auto& footnote : lines[line].footnotes) {
                    slice.footnotes.push_back(footnote);
                }
            }
            x += widths[column];
        }
        Rule bottom;
        bottom.x1 = frame.left;
        bottom.x2 = frame.left + frame.width;
        bottom.y1 = bottom.y2 = height;
        bottom.line_width = is_header ? 0.9 : 0.4;
        bottom.colour = is_header ? accent : rule_colour;
        bottom.source = source;
        bottom.source.part = NodePart::Decoration;
        slice.items.push_back(bottom);
        if (row_index == 0) {
            Rule top = bottom;
            top.y1 = top.y2 = 0;
            top.line_width = 0.9;
            top.colour = accent;
            slice.items.push_back(top);
            slice.space_before = has_caption ? 0 : paragraph_gap(*frame.text, false) * 1.3;
        }
        slice.height = height;
        if (is_header) {
            slice.keep_with_next = true;
            header_slice = std::make_shared<Slice>(slice);
            header_slice->space_before = 0;
            header_slice->anchors.clear();
            for (PageItem& item : header_slice->items) {
                std::visit(
                    [](auto& positioned) { positioned.source.part = NodePart::RepeatedHeader; },
                    item);
            }
            header_slice->links.clear(); // a repeated header is an artifact: nothing to click
        } else if (header_slice) {
            slice.repeat_header = header_slice;
            // Never leave the header alone with a single row at the foot of a page.
            // Nor a single row alone at the head of the next page.
            slice.keep_with_next = (row_index == 1 && cells.size() > 3) ||
                                   (row_index + 2 == cells.size() && cells.size() > 4);
        }
        if (row_index + 1 == cells.size()) {
            slice.space_after = paragraph_gap(*frame.text, false) * 1.3;
        }
        out.push_back(std::move(slice));
    }
}

} // namespace stadtsatz::layout
