#include "layout/line_breaking.hpp"

#include <algorithm>

namespace stadtsatz::layout {
namespace {

// Totals of the items between the line start and a candidate break.
struct Measure {
    double width = 0;
    double stretch = 0;
    double shrink = 0;
};

// A break opportunity seen on the current line.
struct Candidate {
    std::size_t index = 0;
    Measure line;
    bool valid = false;
};

bool discardable(const ParagraphItem& item) {
    return item.kind == ItemKind::Glue ||
           (item.kind == ItemKind::Penalty && item.penalty > forced_break);
}

BrokenLine make_line(const std::vector<ParagraphItem>& items, std::size_t start,
                     const Candidate& candidate, double width) {
    BrokenLine line;
    line.start = start;
    line.end = candidate.index;
    const ParagraphItem& at = items[candidate.index];
    line.hyphenated = at.kind == ItemKind::Penalty && at.flagged;
    line.last = at.kind == ItemKind::Penalty && at.penalty <= forced_break;
    line.natural_width = candidate.line.width + (line.hyphenated ? at.width : 0);
    const double difference = width - line.natural_width;
    if (difference > 0 && candidate.line.stretch > 0) {
        line.ratio = difference / candidate.line.stretch;
    } else if (difference < 0 && candidate.line.shrink > 0) {
        line.ratio = std::max(-1.0, difference / candidate.line.shrink);
    }
    return line;
}

} // namespace

std::vector<BrokenLine> break_lines(const std::vector<ParagraphItem>& items, double width) {
    std::vector<BrokenLine> lines;
    std::size_t start = 0;
    while (start < items.size() && discardable(items[start])) {
        ++start;
    }
    while (start < items.size()) {
        Measure current;
        Candidate normal;    // last break that fits, from glue or ordinary penalties
        Candidate emergency; // last fitting emergency break
        std::size_t chosen_end = items.size();
        BrokenLine chosen;
        bool found = false;
        for (std::size_t index = start; index < items.size() && !found; ++index) {
            const ParagraphItem& item = items[index];
            Candidate here{index, current, true};
            bool breakable = false;
            if (item.kind == ItemKind::Glue) {
                breakable = index > start && items[index - 1].kind == ItemKind::Box;
            } else if (item.kind == ItemKind::Penalty) {
                breakable = true;
                here.line.width += item.flagged ? item.width : 0;
            }
            if (breakable) {
                const bool fits = here.line.width - here.line.shrink <= width + 1e-6;
                const bool forced = item.kind == ItemKind::Penalty && item.penalty <= forced_break;
                if (fits) {
                    if (forced) {
                        chosen = make_line(items, start, here, width);
                        found = true;
                        break;
                    }
                    (item.kind == ItemKind::Penalty && item.penalty >= emergency_break ? emergency
                                                                                       : normal) =
                        here;
                } else {
                    const Candidate& best = normal.valid ? normal : emergency;
                    chosen = make_line(items, start, best.valid ? best : here, width);
                    found = true;
                    break;
                }
            }
            if (item.kind == ItemKind::Box) {
                current.width += item.width;
            } else if (item.kind == ItemKind::Glue) {
                current.width += item.width;
                current.stretch += item.stretch;
                current.shrink += item.shrink;
            }
            if (item.kind == ItemKind::Box && current.width - current.shrink > width &&
                (normal.valid || emergency.valid)) {
                chosen = make_line(items, start, normal.valid ? normal : emergency, width);
                found = true;
            }
        }
        if (!found) {
            // Items without a final forced break: end the line at the last item.
            chosen.start = start;
            chosen.end = items.size();
            chosen.natural_width = current.width;
            chosen.last = true;
        }
        chosen_end = chosen.end;
        lines.push_back(chosen);
        start = chosen_end + 1;
        while (start < items.size() && discardable(items[start])) {
            ++start;
        }
    }
    return lines;
}

} // namespace stadtsatz::layout
