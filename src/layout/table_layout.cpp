#include "layout/table_layout.hpp"

#include "layout/inline_collection.hpp"

#include <algorithm>
#include <numeric>

namespace stadtsatz::layout {
namespace {

constexpr double cell_padding_x = 5;
constexpr double cell_padding_y = 3.5;

// Natural (one-line) and minimum (longest word) widths of a paragraph.
std::pair<double, double> paragraph_widths(const Paragraph& paragraph) {
    double natural = 0;
    double longest = 0;
    double word = 0;
    for (const ParagraphItem& item : paragraph.items) {
        if (item.kind == ItemKind::Box) {
            natural += item.width;
            word += item.width;
            longest = std::max(longest, word);
        } else {
            if (item.kind == ItemKind::Glue && item.stretch < 1e8) {
                natural += item.width;
            }
            word = 0;
        }
    }
    return {natural, longest};
}

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

} // namespace

std::vector<double> column_widths(const std::vector<double>& minimum,
                                  const std::vector<double>& natural, double available) {
    const std::size_t count = minimum.size();
    std::vector<double> widths(count, 0);
    if (count == 0) {
        return widths;
    }
    const double minimum_total = std::accumulate(minimum.begin(), minimum.end(), 0.0);
    const double natural_total = std::accumulate(natural.begin(), natural.end(), 0.0);
    if (natural_total <= available) {
        // Everything fits on one line: widen all columns in proportion to fill the width.
        for (std::size_t column = 0; column < count; ++column) {
            widths[column] = natural[column] + (available - natural_total) * (natural[column] + 1) /
                                                   (natural_total + static_cast<double>(count));
        }
    } else if (minimum_total >= available) {
        for (std::size_t column = 0; column < count; ++column) {
            widths[column] =
                available * (minimum[column] + 1) / (minimum_total + static_cast<double>(count));
        }
    } else {
        const double extra = available - minimum_total;
        const double wanted = natural_total - minimum_total;
        for (std::size_t column = 0; column < count; ++column) {
            widths[column] = minimum[column] + extra * (natural[column] - minimum[column]) / wanted;
        }
    }
    return widths;
}

void lay_out_table(const model::Table& table, const SourceNode& source, bool generated,
                   const Frame& frame, LayoutContext& context, std::vector<Slice>& out) {
    std::size_t columns = table.header.size();
    for (const auto& row : table.rows) {
        columns = std::max(columns, row.size());
    }
    if (columns == 0) {
        return;
    }
    const TextFormat body_format = context.format(context.style.table);
    const TextFormat header_format = context.format(context.style.table, true, false);
    const bool has_header = !table.header.empty();

    // Collect every cell once; measure the columns.
    std::vector<std::vector<Paragraph>> cells;
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
    if (has_header) {
        collect_row(table.header, header_format, 0);
    }
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
        collect_row(table.rows[row], body_format, static_cast<int>(row) + 1);
    }
    std::vector<double> minimum(columns, 0);
    std::vector<double> natural(columns, 0);
    for (const auto& row : cells) {
        for (std::size_t column = 0; column < columns; ++column) {
            const auto [natural_width, longest] = paragraph_widths(row[column]);
            natural[column] = std::max(natural[column], natural_width + 2 * cell_padding_x);
            minimum[column] = std::max(minimum[column],
                                       std::min(longest, frame.width * 0.3) + 2 * cell_padding_x);
        }
    }
    const std::vector<double> widths = column_widths(minimum, natural, frame.width);

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
        for (std::size_t column = 0; column < columns; ++column) {
            set_cells.push_back(typeset(cells[row_index][column],
                                        widths[column] - 2 * cell_padding_x,
                                        alignment_of(table, column), context.metrics));
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
                    translate(item, x + cell_padding_x, dy);
                    slice.items.push_back(std::move(item));
                }
                for (LinkArea area : lines[line].links) {
                    translate(area, x + cell_padding_x, dy);
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
