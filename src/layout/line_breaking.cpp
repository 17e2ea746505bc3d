#include "layout/line_breaking.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace stadtsatz::layout {
namespace {

constexpr double infinite_badness = 10000; // TeX's inf_bad: a line that cannot be set
constexpr double line_penalty = 10;        // TeX's \linepenalty: fewer lines are better
constexpr double awful = std::numeric_limits<double>::infinity();

// Which of the three passes runs.
enum class Pass { WithoutHyphenation, WithHyphenation, Emergency };

// TeX's fitness classes of a line, from its adjustment ratio.
enum class Fitness { VeryLoose = 0, Loose = 1, Decent = 2, Tight = 3 };

Fitness fitness_of(double ratio) {
    if (ratio > 1) {
        return Fitness::VeryLoose;
    }
    if (ratio > 0.5) {
        return Fitness::Loose;
    }
    if (ratio >= -0.5) {
        return Fitness::Decent;
    }
    return Fitness::Tight;
}

// Totals of items [0, i): what the breaker needs to measure any line in constant time.
struct Totals {
    double width = 0;
    double stretch = 0;
    double shrink = 0;
    double boxes = 0; // width of the boxes alone: what glyph expansion can widen or narrow
};

// A break the breaker keeps: where a line ends and how the paragraph up to it was broken.
struct Node {
    std::size_t position = 0; // the break item (items.size() for the paragraph's start)
    std::size_t start = 0;    // first item of the line after this break
    std::size_t line = 0;     // lines before the one that starts after this break
    Fitness fitness = Fitness::Decent;
    bool hyphen = false;    // the line ends in a hyphen, added or explicit
    int hyphens_in_row = 0; // lines ending in a hyphen in a row, this one included
    double demerits = 0;    // total up to this break
    double ratio = 0;       // of the line ending here
    int previous = -1;      // node of the break before, in the node store
};

bool is_forced(const ParagraphItem& item) {
    return item.kind == ItemKind::Penalty && item.penalty <= forced_break;
}

// Counts the letters of UTF-8 text: ASCII letters and digits and the characters of the
// Latin lead bytes (ä, ö, ü, ß, é, ...), not punctuation, quotes or dashes.
int letters_in(const std::string& text) {
    int letters = 0;
    for (const char character : text) {
        const auto byte = static_cast<unsigned char>(character);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
            (byte >= '0' && byte <= '9') || (byte >= 0xC3 && byte <= 0xCF)) {
            ++letters;
        }
    }
    return letters;
}

class KnuthPlass {
public:
    KnuthPlass(const std::vector<ParagraphItem>& items, double width, const BreakOptions& options)
        : items_(items), width_(width), options_(options) {
        totals_.resize(items.size() + 1);
        for (std::size_t index = 0; index < items.size(); ++index) {
            const ParagraphItem& item = items[index];
            Totals next = totals_[index];
            if (item.kind == ItemKind::Box) {
                next.width += item.width;
                next.boxes += item.width;
            } else if (item.kind == ItemKind::Glue) {
                next.width += item.width;
                next.stretch += item.stretch;
                next.shrink += item.shrink;
            }
            totals_[index + 1] = next;
        }
        price_hyphenation_points();
    }

    std::vector<BrokenLine> run() {
        if (options_.pretolerance >= 0) {
            if (auto lines = pass(Pass::WithoutHyphenation); !lines.empty()) {
                return lines;
            }
        }
        if (auto lines = pass(Pass::WithHyphenation); !lines.empty()) {
            return lines;
        }
        return pass(Pass::Emergency);
    }

private:
    // The extra penalty of each hyphenation point, word by word (items between glue): one
    // that leaves at most short_fragment_letters letters on either side, and a syllable break
    // inside a compound, which hides the compound's parts (Quar-tiersmanagement rather than
    // Quartiers-management).
    void price_hyphenation_points() {
        extra_penalty_.assign(items_.size(), 0);
        std::size_t begin = 0;
        while (begin < items_.size()) {
            std::size_t end = begin;
            while (end < items_.size() && items_[end].kind != ItemKind::Glue) {
                ++end;
            }
            price_word(begin, end);
            begin = end + 1;
        }
    }

    void price_word(std::size_t begin, std::size_t end) {
        int letters = 0;
        bool compound = false;
        const auto is_compound_joint = [](const ParagraphItem& item) {
            return item.flagged && item.joint && item.penalty <= compound_joint_penalty;
        };
        for (std::size_t index = begin; index < end; ++index) {
            const ParagraphItem& item = items_[index];
            if (item.kind == ItemKind::Box) {
                letters += letters_in(item.text);
            } else if (is_compound_joint(item)) {
                compound = true;
            }
        }
        int before = 0;
        for (std::size_t index = begin; index < end; ++index) {
            const ParagraphItem& item = items_[index];
            if (item.kind == ItemKind::Box) {
                before += letters_in(item.text);
                continue;
            }
            if (!item.flagged) {
                continue;
            }
            if (before <= short_fragment_letters || letters - before <= short_fragment_letters) {
                extra_penalty_[index] += short_fragment_penalty;
            }
            if (compound && !is_compound_joint(item)) {
                extra_penalty_[index] += compound_syllable_penalty;
            }
        }
    }

    double line_width(std::size_t line) const {
        if (options_.widths.empty()) {
            return width_;
        }
        return options_.widths[std::min(line, options_.widths.size() - 1)];
    }

    // The first item of the line after a break at `position`: glue and penalties after the
    // break are dropped up to the next box or forced break.
    std::size_t start_after(std::size_t position) const {
        std::size_t start = position + 1;
        while (start < items_.size() && items_[start].kind != ItemKind::Box &&
               !is_forced(items_[start])) {
            ++start;
        }
        return start;
    }

    bool breakable(std::size_t index, Pass which) const {
        const ParagraphItem& item = items_[index];
        if (item.kind == ItemKind::Glue) {
            return index > 0 && items_[index - 1].kind == ItemKind::Box;
        }
        if (item.kind != ItemKind::Penalty) {
            return false;
        }
        if (item.penalty >= emergency_break && !is_forced(item)) {
            return which == Pass::Emergency;
        }
        return !(item.flagged && which == Pass::WithoutHyphenation);
    }

    bool ends_in_hyphen(std::size_t position) const {
        const ParagraphItem& item = items_[position];
        if (item.kind != ItemKind::Penalty || is_forced(item)) {
            return false;
        }
        if (item.flagged) {
            return true;
        }
        if (position == 0 || items_[position - 1].kind != ItemKind::Box) {
            return false;
        }
        const std::string& text = items_[position - 1].text;
        return !text.empty() && text.back() == '-';
    }

    // A line from `from` (a node) to the break at `position`, measured.
    struct Line {
        double natural = 0;
        double stretch = 0;
        double shrink = 0;
        double available = 0; // the line width plus what its first and last characters gain
        double ratio = 0;
        double badness = 0;
        double protrusion_left = 0;
        double protrusion_right = 0;
    };

    Line measure(const Node& from, std::size_t position, double extra_stretch) const {
        Line line;
        const Totals& start = totals_[from.start];
        const Totals& end = totals_[position];
        const ParagraphItem& at = items_[position];
        line.natural = end.width - start.width;
        if (at.kind == ItemKind::Penalty) {
            line.natural += at.width; // the hyphen, counted once
        }
        line.stretch = (end.stretch - start.stretch) * options_.stretch_in_badness;
        line.shrink = end.shrink - start.shrink;
        if (options_.ragged_stretch > 0) {
            // Fixed word spaces; the stretch sits at the line's end (and a forced break's
            // fill keeps the last line of a paragraph or sentence decent, as in TeX).
            const double fill = line.stretch >= 1e6 ? line.stretch : 0;
            line.stretch = options_.ragged_stretch + fill;
            line.shrink = 0;
        }
        if (from.start < items_.size() && items_[from.start].kind == ItemKind::Box) {
            line.protrusion_left = items_[from.start].protrusion_left;
        }
        if (at.kind == ItemKind::Penalty && at.flagged) {
            line.protrusion_right = at.protrusion_right;
        } else if (!is_forced(at) && position > 0 && items_[position - 1].kind == ItemKind::Box) {
            line.protrusion_right = items_[position - 1].protrusion_right;
        }
        line.available = line_width(from.line) + line.protrusion_left + line.protrusion_right;
        const double full = line.available - line.natural;
        // Glyph expansion takes up the difference first; the spaces take the rest.
        const double expansion = (end.boxes - start.boxes) * options_.expansion;
        const double difference =
            is_forced(at) ? full : full - std::clamp(full, -expansion, expansion);
        if (difference >= 0 && is_forced(at)) {
            line.ratio = line.stretch > 0 ? difference / line.stretch : 0;
            line.badness = 0; // a line that ends at a forced break is set ragged
        } else if (difference >= 0) {
            const double stretch = line.stretch + extra_stretch;
            if (difference < 1e-9) {
                line.ratio = 0;
                line.badness = 0;
            } else if (stretch <= 0) {
                line.ratio = line.stretch > 0 ? difference / line.stretch : 0;
                line.badness = infinite_badness;
            } else {
                const double ratio = difference / stretch;
                line.ratio = line.stretch > 0 ? difference / line.stretch : ratio;
                line.badness = std::min(infinite_badness, 100 * ratio * ratio * ratio);
            }
        } else {
            line.ratio = line.shrink > 0      ? difference / line.shrink
                         : difference > -1e-9 ? 0
                                              : -awful;
            const double ratio = std::max(line.ratio, -1.0);
            line.badness = 100 * std::fabs(ratio * ratio * ratio);
        }
        return line;
    }

    // Demerits of a line from `from` ending at `position`, as Knuth and Plass price them.
    double demerits(const Node& from, std::size_t position, const Line& line,
                    Fitness fitness) const {
        const ParagraphItem& at = items_[position];
        const double base = line_penalty + line.badness;
        double result = base * base;
        if (at.kind == ItemKind::Penalty && !is_forced(at)) {
            const double penalty = at.penalty + extra_penalty_[position];
            result += penalty >= 0 ? penalty * penalty : -penalty * penalty;
        }
        const bool hyphen = ends_in_hyphen(position);
        if (hyphen && from.hyphen) {
            result += consecutive_hyphens_demerits;
            if (from.hyphens_in_row >= 2) {
                result += third_hyphen_demerits;
            }
        }
        if (is_forced(at)) {
            if (from.hyphen) {
                result += final_hyphen_demerits;
            }
            // A last line that is one fragment of a word, or only a few letters long.
            const bool one_fragment =
                from.hyphen && std::none_of(items_.begin() + static_cast<long>(from.start),
                                            items_.begin() + static_cast<long>(position),
                                            [](const ParagraphItem& item) {
                                                return item.kind == ItemKind::Glue &&
                                                       item.stretch < 1e6;
                                            });
            const double content = totals_[position].boxes - totals_[from.start].boxes;
            const bool short_line =
                from.position < items_.size() && content < short_last_line_share * width_;
            if (one_fragment || short_line) {
                result += last_line_fragment_demerits;
            }
        }
        if (from.position < items_.size() &&
            std::abs(static_cast<int>(fitness) - static_cast<int>(from.fitness)) > 1) {
            result += adjacent_fitness_demerits;
        }
        return result;
    }

    static constexpr std::size_t slots = 4 * 3;

    std::size_t slot_of(Fitness fitness, const Node& from, std::size_t position) const {
        const int in_row = ends_in_hyphen(position) ? std::min(from.hyphens_in_row + 1, 2) : 0;
        return static_cast<std::size_t>(fitness) * 3 + static_cast<std::size_t>(in_row);
    }

    std::vector<BrokenLine> pass(Pass which) {
        const double threshold = which == Pass::WithoutHyphenation ? options_.pretolerance
                                 : which == Pass::WithHyphenation  ? options_.tolerance
                                                                   : awful;
        double extra_stretch = 0;
        if (which == Pass::Emergency) {
            extra_stretch =
                options_.emergency_stretch >= 0 ? options_.emergency_stretch : width_ / 10;
        }
        nodes_.clear();
        Node first;
        first.position = items_.size();
        first.start = 0;
        while (first.start < items_.size() && items_[first.start].kind != ItemKind::Box &&
               !is_forced(items_[first.start])) {
            ++first.start;
        }
        nodes_.push_back(first);
        std::vector<int> active{0};
        std::vector<int> still_active;
        int last_node = -1; // the node of the paragraph's end
        for (std::size_t position = 0; position < items_.size(); ++position) {
            if (!breakable(position, which)) {
                continue;
            }
            const bool forced = is_forced(items_[position]);
            // The best way to reach this break for each fitness class and count of hyphens
            // in a row (0, 1, 2 or more), so that a way with fewer hyphens is kept too.
            std::array<int, slots> best_from{};
            best_from.fill(-1);
            std::array<double, slots> best_demerits{};
            best_demerits.fill(awful);
            std::array<Line, slots> best_line{};
            std::array<Fitness, slots> best_fitness{};
            double least = awful;
            still_active.clear();
            int dropped = -1; // the last node made inactive, for an overfull line
            Line dropped_line;
            for (const int index : active) {
                const Node& from = nodes_[static_cast<std::size_t>(index)];
                if (from.start > position) {
                    still_active.push_back(index); // a break right after this one
                    continue;
                }
                const Line line = measure(from, position, extra_stretch);
                const bool too_long = line.ratio < -1;
                if (too_long || forced) {
                    dropped = index;
                    dropped_line = line;
                } else {
                    still_active.push_back(index);
                }
                if (too_long || line.badness > threshold) {
                    continue;
                }
                const Fitness fitness = fitness_of(line.ratio);
                const double total = from.demerits + demerits(from, position, line, fitness);
                const std::size_t slot = slot_of(fitness, from, position);
                if (total < best_demerits[slot]) {
                    best_demerits[slot] = total;
                    best_from[slot] = index;
                    best_line[slot] = line;
                    best_fitness[slot] = fitness;
                    least = std::min(least, total);
                }
            }
            if (least == awful && still_active.empty() && dropped >= 0 &&
                which == Pass::Emergency) {
                // Nothing fits any more: the line from the last break before is overfull.
                const Node& from = nodes_[static_cast<std::size_t>(dropped)];
                const Fitness fitness = Fitness::Tight;
                Line line = dropped_line;
                line.badness = infinite_badness;
                const std::size_t slot = slot_of(fitness, from, position);
                best_from[slot] = dropped;
                best_line[slot] = line;
                best_fitness[slot] = fitness;
                best_demerits[slot] = from.demerits + demerits(from, position, line, fitness);
                least = best_demerits[slot];
            }
            active.swap(still_active);
            if (least == awful) {
                if (active.empty()) {
                    return {}; // this pass finds no way through the paragraph
                }
                continue;
            }
            const std::size_t start = start_after(position);
            for (std::size_t slot = 0; slot < slots; ++slot) {
                if (best_from[slot] < 0 ||
                    best_demerits[slot] > least + adjacent_fitness_demerits) {
                    continue;
                }
                const Node& from = nodes_[static_cast<std::size_t>(best_from[slot])];
                Node node;
                node.position = position;
                node.start = start;
                node.line = from.line + 1;
                node.fitness = best_fitness[slot];
                node.hyphen = ends_in_hyphen(position);
                node.hyphens_in_row = node.hyphen ? from.hyphens_in_row + 1 : 0;
                node.demerits = best_demerits[slot];
                node.ratio = best_line[slot].ratio;
                node.previous = best_from[slot];
                nodes_.push_back(node);
                const int added = static_cast<int>(nodes_.size()) - 1;
                active.push_back(added);
                if (forced && position + 1 >= items_.size()) {
                    if (last_node < 0 ||
                        node.demerits < nodes_[static_cast<std::size_t>(last_node)].demerits) {
                        last_node = added;
                    }
                }
            }
            if (forced && position + 1 < items_.size()) {
                // A forced break inside the paragraph: keep only its best node.
                int best = -1;
                for (const int index : active) {
                    if (best < 0 || nodes_[static_cast<std::size_t>(index)].demerits <
                                        nodes_[static_cast<std::size_t>(best)].demerits) {
                        best = index;
                    }
                }
                active.assign(1, best);
            }
        }
        if (last_node < 0) {
            return unfinished(active); // items without a final forced break
        }
        return lines_to(last_node);
    }

    // A paragraph whose items do not end with a forced break: its last line ends after the
    // last item.
    std::vector<BrokenLine> unfinished(const std::vector<int>& active) {
        int best = -1;
        for (const int index : active) {
            if (best < 0 || nodes_[static_cast<std::size_t>(index)].demerits <
                                nodes_[static_cast<std::size_t>(best)].demerits) {
                best = index;
            }
        }
        std::vector<BrokenLine> lines = best >= 0 ? lines_to(best) : std::vector<BrokenLine>{};
        const std::size_t start = best >= 0 ? nodes_[static_cast<std::size_t>(best)].start : 0;
        if (start < items_.size()) {
            BrokenLine line;
            line.start = start;
            line.end = items_.size();
            line.natural_width = totals_[items_.size()].width - totals_[start].width;
            line.last = true;
            lines.push_back(line);
        }
        return lines;
    }

    std::vector<BrokenLine> lines_to(int last) {
        std::vector<BrokenLine> lines;
        for (int index = last; nodes_[static_cast<std::size_t>(index)].previous >= 0;
             index = nodes_[static_cast<std::size_t>(index)].previous) {
            const Node& node = nodes_[static_cast<std::size_t>(index)];
            const Node& from = nodes_[static_cast<std::size_t>(node.previous)];
            const ParagraphItem& at = items_[node.position];
            const Line line = measure(from, node.position, 0);
            BrokenLine broken;
            broken.start = from.start;
            broken.end = node.position;
            broken.natural_width = line.natural;
            broken.hyphenated = at.kind == ItemKind::Penalty && at.flagged;
            broken.last = is_forced(at);
            broken.protrusion_left = line.protrusion_left;
            broken.protrusion_right = line.protrusion_right;
            broken.ratio = std::isfinite(line.ratio) ? std::max(-1.0, line.ratio) : -1.0;
            lines.push_back(broken);
        }
        std::reverse(lines.begin(), lines.end());
        return lines;
    }

    const std::vector<ParagraphItem>& items_;
    double width_;
    const BreakOptions& options_;
    std::vector<Totals> totals_;
    std::vector<double> extra_penalty_; // per item: what a hyphenation point costs on top
    std::vector<Node> nodes_;
};

} // namespace

std::vector<BrokenLine> break_lines(const std::vector<ParagraphItem>& items, double width,
                                    const BreakOptions& options) {
    if (items.empty()) {
        return {};
    }
    return KnuthPlass(items, width, options).run();
}

} // namespace stadtsatz::layout
