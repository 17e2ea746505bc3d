#include "layout/line_setting.hpp"

#include "layout/inline_collection.hpp"

#include <algorithm>

namespace stadtsatz::layout {
namespace {

// Appends a box to the line, merging it into the previous run when nothing separates them.
void add_run(SetLine& line, const RunFormat& format, const std::string& text, double x,
             double width, bool adjacent) {
    if (adjacent && !line.items.empty()) {
        if (auto* previous = std::get_if<TextRun>(&line.items.back());
            previous != nullptr && previous->font_file == format.font_file &&
            previous->size == format.size && previous->baseline == -format.rise &&
            previous->colour.rgb == format.colour.rgb &&
            previous->colour.cmyk == format.colour.cmyk &&
            previous->source.inline_node == format.source.inline_node) {
            previous->text += text;
            previous->width += width;
            return;
        }
    }
    TextRun run;
    run.x = x;
    run.baseline = -format.rise;
    run.width = width;
    run.font_file = format.font_file;
    run.size = format.size;
    run.colour = format.colour;
    run.text = text;
    run.source = format.source;
    line.items.push_back(std::move(run));
}

void add_link(SetLine& line, const RunFormat& format, double x, double width) {
    if (format.link.empty()) {
        return;
    }
    const double top = -format.size * 0.95;
    if (!line.links.empty()) {
        LinkArea& previous = line.links.back();
        if (previous.target == format.link && x - (previous.x + previous.width) < format.size) {
            previous.width = x + width - previous.x; // one area across the words of a link
            return;
        }
    }
    LinkArea area;
    area.x = x;
    area.y = top;
    area.width = width;
    area.height = format.size * 1.25;
    area.target = format.link;
    area.source = format.source;
    line.links.push_back(area);
}

} // namespace

std::vector<SetLine> set_lines(const Paragraph& paragraph, const std::vector<BrokenLine>& lines,
                               double width, LineAlignment alignment) {
    std::vector<SetLine> result;
    result.reserve(lines.size());
    for (const BrokenLine& broken : lines) {
        SetLine line;
        const bool justify = alignment == LineAlignment::Justify && !broken.last;
        const double ratio = justify ? broken.ratio : std::min(broken.ratio, 0.0);
        double x = 0;
        bool adjacent = false;
        const std::size_t end = std::min(broken.end, paragraph.items.size());
        for (std::size_t index = broken.start; index < end; ++index) {
            const ParagraphItem& item = paragraph.items[index];
            if (item.kind == ItemKind::Box) {
                const RunFormat& format = paragraph.formats[static_cast<std::size_t>(item.format)];
                add_run(line, format, item.text, x, item.width, adjacent);
                add_link(line, format, x, item.width);
                if (!format.footnote.empty()) {
                    line.footnotes.push_back(format.footnote);
                }
                if (format.strike) {
                    Rule strike;
                    strike.x1 = x;
                    strike.x2 = x + item.width;
                    strike.y1 = strike.y2 = -format.size * 0.28;
                    strike.line_width = format.size * 0.06;
                    strike.colour = format.colour;
                    strike.source = format.source;
                    line.items.push_back(strike);
                }
                line.ascent = std::max(line.ascent, format.size);
                x += item.width;
                adjacent = true;
            } else if (item.kind == ItemKind::Glue) {
                const double adjust = ratio >= 0 ? ratio * item.stretch : ratio * item.shrink;
                x += item.width + (item.stretch < 1e8 ? adjust : 0);
                adjacent = false;
            }
        }
        if (broken.hyphenated && broken.end < paragraph.items.size()) {
            const ParagraphItem& hyphen = paragraph.items[broken.end];
            const RunFormat& format = paragraph.formats[static_cast<std::size_t>(hyphen.format)];
            add_run(line, format, hyphen.text, x, hyphen.width, adjacent);
            x += hyphen.width;
        }
        line.width = x;
        double shift = 0;
        if (alignment == LineAlignment::Center) {
            shift = (width - x) / 2;
        } else if (alignment == LineAlignment::Right) {
            shift = width - x;
        }
        if (shift > 0) {
            for (PageItem& item : line.items) {
                if (auto* run = std::get_if<TextRun>(&item)) {
                    run->x += shift;
                } else if (auto* rule = std::get_if<Rule>(&item)) {
                    rule->x1 += shift;
                    rule->x2 += shift;
                }
            }
            for (LinkArea& area : line.links) {
                area.x += shift;
            }
        }
        result.push_back(std::move(line));
    }
    return result;
}

std::vector<SetLine> typeset(Paragraph paragraph, double width, LineAlignment alignment,
                             FontMetrics& metrics) {
    allow_emergency_breaks(paragraph, width, metrics);
    return set_lines(paragraph, break_lines(paragraph.items, width), width, alignment);
}

} // namespace stadtsatz::layout
