#include "layout/slice.hpp"

#include <algorithm>
#include <string_view>

namespace stadtsatz::layout {

void translate(PageItem& item, double dx, double dy) {
    std::visit(
        [&](auto& positioned) {
            using Type = std::decay_t<decltype(positioned)>;
            if constexpr (std::is_same_v<Type, TextRun>) {
                positioned.x += dx;
                positioned.baseline += dy;
            } else if constexpr (std::is_same_v<Type, Rule>) {
                positioned.x1 += dx;
                positioned.x2 += dx;
                positioned.y1 += dy;
                positioned.y2 += dy;
            } else if constexpr (std::is_same_v<Type, Path>) {
                for (PathSegment& segment : positioned.segments) {
                    segment.x += dx;
                    segment.y += dy;
                    segment.control1_x += dx;
                    segment.control1_y += dy;
                    segment.control2_x += dx;
                    segment.control2_y += dy;
                }
            } else {
                positioned.x += dx;
                positioned.y += dy;
            }
        },
        item);
}

void translate(LinkArea& area, double dx, double dy) {
    area.x += dx;
    area.y += dy;
}

bool ends_in_hyphen(const SetLine& line) {
    // The rightmost text run ends the line; a hyphen added by line breaking reads U+00AD.
    const TextRun* last = nullptr;
    for (const PageItem& item : line.items) {
        if (const auto* run = std::get_if<TextRun>(&item)) {
            if (last == nullptr || run->x + run->width >= last->x + last->width) {
                last = run;
            }
        }
    }
    if (last == nullptr) {
        return false;
    }
    std::string_view text = last->text;
    while (!text.empty() && text.back() == ' ') {
        text.remove_suffix(1);
    }
    constexpr std::string_view soft_hyphen = "\u00AD";
    return text.ends_with(soft_hyphen) || text.ends_with('-');
}

void add_lines(std::vector<Slice>& out, const std::vector<SetLine>& lines, double x, double size,
               double leading, double space_before, double space_after) {
    const double baseline = size * 0.76 + (leading - size) / 2;
    for (std::size_t index = 0; index < lines.size(); ++index) {
        Slice slice;
        slice.height = leading;
        for (PageItem item : lines[index].items) {
            translate(item, x, baseline);
            slice.items.push_back(std::move(item));
        }
        for (LinkArea area : lines[index].links) {
            translate(area, x, baseline);
            slice.links.push_back(std::move(area));
        }
        slice.footnotes = lines[index].footnotes;
        if (index == 0) {
            slice.space_before = space_before;
        }
        if (index + 1 == lines.size()) {
            slice.space_after = space_after;
        }
        // Keep the first two and the last two lines of a paragraph together, and a word cut
        // by a hyphen on one page.
        const std::size_t count = lines.size();
        slice.keep_with_next =
            (count >= 2 && ((index == 0) || (count >= 3 && index + 2 == count))) ||
            (index + 1 < count && ends_in_hyphen(lines[index]));
        out.push_back(std::move(slice));
    }
}

void make_contiguous(std::vector<Slice>& slices, std::size_t from, std::size_t to) {
    for (std::size_t index = from + 1; index < to; ++index) {
        const double gap = std::max(slices[index - 1].space_after, slices[index].space_before);
        slices[index - 1].space_after = 0;
        slices[index].space_before = 0;
        Slice& slice = slices[index];
        for (PageItem& item : slice.items) {
            translate(item, 0, gap);
        }
        for (LinkArea& area : slice.links) {
            translate(area, 0, gap);
        }
        for (auto& anchor : slice.anchors) {
            anchor.second += gap;
        }
        slice.height += gap;
    }
}

void add_strip(std::vector<Slice>& slices, std::size_t from, std::size_t to, double x, double width,
               const model::Colour& colour, const SourceNode& source) {
    for (std::size_t index = from; index < to; ++index) {
        Rectangle strip;
        strip.x = x;
        strip.y = 0;
        strip.width = width;
        strip.height = slices[index].height;
        strip.fill = colour;
        strip.source = source;
        strip.source.part = NodePart::Decoration;
        auto& items = slices[index].items;
        items.insert(items.begin(), strip); // behind the text
        if (const auto& header = slices[index].repeat_header) {
            // A repeated table header inside a panel needs the panel behind it as well.
            auto copy = std::make_shared<Slice>(*header);
            strip.height = copy->height;
            copy->items.insert(copy->items.begin(), strip);
            slices[index].repeat_header = std::move(copy);
        }
    }
}

} // namespace stadtsatz::layout
