#include "layout/line_breaking.hpp"

#include <algorithm>
#include <cmath>

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

// Knuth and Plass's demerits of one line: badness grows with the cube of the adjustment
// ratio; the break's penalty adds its square, and two hyphenated lines in a row cost extra.
// Ratios beyond `worst_ratio` count as that much; a short line with no glue to stretch is worse.
double demerits(const BrokenLine& line, const Candidate& candidate, const ParagraphItem& at,
                double width, bool previous_hyphenated, bool rest_fits_one_line) {
    constexpr double worst_ratio = 10;
    const bool cannot_stretch = line.natural_width < width - 1e-6 && candidate.line.stretch <= 0;
    const double ratio =
        cannot_stretch ? worst_ratio + 1 : std::min(std::fabs(line.ratio), worst_ratio);
    const double badness = 100 * ratio * ratio * ratio;
    const double penalty = at.kind == ItemKind::Penalty ? std::max(at.penalty, 0.0) : 0;
    constexpr double line_penalty = 10; // TeX's \linepenalty: fewer lines are better
    double result = (line_penalty + badness) * (line_penalty + badness) + penalty * penalty;
    if (line.hyphenated && previous_hyphenated) {
        result += consecutive_hyphens_demerits;
    }
    if (line.hyphenated && rest_fits_one_line) {
        result += final_hyphen_demerits;
    }
    return result;
}

// Of the breaks that fit on the current line, the one with the fewest demerits. Looking at
// every fitting break, not only the last, lets a compound joint or a space win over a later
// syllable break, which is how the kinds of hyphenation points are priced.
// `remaining[i]` is the natural width of items i and after, to see whether a break leaves a
// paragraph's last line.
BrokenLine best_line(const std::vector<ParagraphItem>& items, std::size_t start,
                     const std::vector<Candidate>& candidates, double width,
                     bool previous_hyphenated, const std::vector<double>& remaining) {
    BrokenLine best;
    double best_demerits = 0;
    bool have_best = false;
    for (const Candidate& candidate : candidates) {
        const BrokenLine line = make_line(items, start, candidate, width);
        const bool rest_fits_one_line = remaining[candidate.index + 1] <= width;
        const double cost = demerits(line, candidate, items[candidate.index], width,
                                     previous_hyphenated, rest_fits_one_line);
        if (!have_best || cost <= best_demerits) { // on a tie, the fuller line wins
            best = line;
            best_demerits = cost;
            have_best = true;
        }
    }
    return best;
}

} // namespace

std::vector<BrokenLine> break_lines(const std::vector<ParagraphItem>& items, double width) {
    std::vector<BrokenLine> lines;
    std::size_t start = 0;
    while (start < items.size() && discardable(items[start])) {
        ++start;
    }
    std::vector<double> remaining(items.size() + 1, 0.0);
    for (std::size_t index = items.size(); index-- > 0;) {
        const ParagraphItem& item = items[index];
        const bool drawn =
            item.kind == ItemKind::Box || (item.kind == ItemKind::Glue && item.stretch < 1e6);
        remaining[index] = remaining[index + 1] + (drawn ? item.width : 0);
    }
    std::vector<Candidate> normal;    // breaks that fit, from glue or ordinary penalties
    std::vector<Candidate> emergency; // fitting emergency breaks, used when nothing else fits
    while (start < items.size()) {
        const bool previous_hyphenated = !lines.empty() && lines.back().hyphenated;
        Measure current;
        normal.clear();
        emergency.clear();
        BrokenLine chosen;
        bool found = false;
        auto choose_best = [&] {
            chosen = best_line(items, start, normal.empty() ? emergency : normal, width,
                               previous_hyphenated, remaining);
            found = true;
        };
        for (std::size_t index = start; index < items.size() && !found; ++index) {
            const ParagraphItem& item = items[index];
            Candidate here{index, current};
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
                if (fits && forced) {
                    chosen = make_line(items, start, here, width);
                    found = true;
                    break;
                }
                if (fits) {
                    const bool is_emergency =
                        item.kind == ItemKind::Penalty && item.penalty >= emergency_break;
                    (is_emergency ? emergency : normal).push_back(here);
                } else if (!normal.empty() || !emergency.empty()) {
                    choose_best();
                    break;
                } else {
                    chosen = make_line(items, start, here, width); // nothing fits: overfull
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
                (!normal.empty() || !emergency.empty())) {
                choose_best();
            }
        }
        if (!found) {
            // Items without a final forced break: end the line at the last item.
            chosen.start = start;
            chosen.end = items.size();
            chosen.natural_width = current.width;
            chosen.last = true;
        }
        lines.push_back(chosen);
        start = chosen.end + 1;
        while (start < items.size() && discardable(items[start])) {
            ++start;
        }
    }
    return lines;
}

} // namespace stadtsatz::layout
