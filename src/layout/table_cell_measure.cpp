#include "layout/table_cell_measure.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace stadtsatz::layout {
namespace {

// Units that may follow a number in a number cell.
constexpr std::array<std::string_view, 24> units = {
    "€", "%",  "‰",  "EUR", "Euro", "°C", "°",  "Mio.", "Mrd.", "Tsd.", "mm",   "cm",
    "m", "m²", "m³", "km",  "km²",  "ha", "kg", "t",    "h",    "min",  "Std.", "Pers."};

// Spaces that may stand between a number and its unit (plain, no-break, narrow, thin).
constexpr std::array<std::string_view, 4> spaces = {" ", "\u00A0", "\u202F", "\u2009"};

// Signs and qualifiers that may stand before a number.
constexpr std::array<std::string_view, 8> signs = {"+", "-", "\u2212", "\u00B1",
                                                   "<", ">", "\u2264", "\u2265"};

bool is_digit(char character) {
    return character >= '0' && character <= '9';
}

// Consumes one of `options` at `position`; true when one matched.
template <std::size_t count>
bool consume(std::string_view text, std::size_t& position,
             const std::array<std::string_view, count>& options) {
    for (std::string_view option : options) {
        if (text.substr(position, option.size()) == option) {
            position += option.size();
            return true;
        }
    }
    return false;
}

// Consumes a unit or a year in parentheses that ends at a space or the end of `text`.
bool consume_suffix(std::string_view text, std::size_t& position) {
    for (std::string_view unit : units) {
        if (text.substr(position, unit.size()) == unit) {
            std::size_t end = position + unit.size();
            std::size_t after = end;
            if (end == text.size() || consume(text, after, spaces)) {
                position = end;
                return true;
            }
        }
    }
    if (text.size() >= position + 6 && text[position] == '(' && text[position + 5] == ')' &&
        std::all_of(text.begin() + static_cast<std::ptrdiff_t>(position) + 1,
                    text.begin() + static_cast<std::ptrdiff_t>(position) + 5, is_digit)) {
        position += 6;
        return true;
    }
    return false;
}

// The width a word needs in at most two lines: whole, or hyphenated at the point where the
// wider of its two parts is narrowest. `ends` are the word's widths up to each hyphenation
// point, each with its hyphen's width.
double two_line_width(double word, const std::vector<std::pair<double, double>>& ends) {
    double best = word;
    for (const auto& [before, hyphen] : ends) {
        best = std::min(best, std::max(before + hyphen, word - before));
    }
    return best;
}

} // namespace

CellMeasure measure_cell(const Paragraph& paragraph) {
    CellMeasure measure;
    double piece = 0; // since the last break opportunity
    double word = 0;  // since the last break that is not a hyphenation point
    double line = 0;
    std::vector<std::pair<double, double>> hyphenation_ends; // in `word`: width, hyphen
    auto end_word = [&] {
        measure.minimum = std::max(measure.minimum, piece);
        measure.whole_words = std::max(measure.whole_words, word);
        measure.two_lines = std::max(measure.two_lines, two_line_width(word, hyphenation_ends));
        piece = 0;
        word = 0;
        hyphenation_ends.clear();
    };
    for (const ParagraphItem& item : paragraph.items) {
        switch (item.kind) {
        case ItemKind::Box:
            piece += item.width;
            word += item.width;
            line += item.width;
            break;
        case ItemKind::Glue:
            end_word();
            if (item.stretch < 1e8) { // the glue ending a paragraph has no width of its own
                line += item.width;
            }
            break;
        case ItemKind::Penalty:
            if (item.penalty <= forced_break) {
                end_word();
                measure.maximum = std::max(measure.maximum, line);
                line = 0;
            } else if (item.penalty >= -forced_break) {
                // Never breaks here.
            } else if (item.flagged) {
                measure.minimum = std::max(measure.minimum, piece + item.width);
                hyphenation_ends.emplace_back(word, item.width);
                piece = 0;
            } else {
                end_word();
            }
            break;
        }
    }
    end_word();
    measure.maximum = std::max(measure.maximum, line);
    measure.two_lines = std::max(measure.two_lines, measure.minimum);
    measure.whole_words = std::max(measure.whole_words, measure.two_lines);
    measure.maximum = std::max(measure.maximum, measure.whole_words);
    return measure;
}

std::string cell_text(const Paragraph& paragraph) {
    std::string text;
    for (const ParagraphItem& item : paragraph.items) {
        if (item.kind == ItemKind::Box) {
            text += item.text;
        } else if (item.kind == ItemKind::Glue && item.stretch < 1e8) {
            text += ' ';
        }
    }
    return text;
}

std::optional<std::size_t> decimal_split_offset(const std::string& text) {
    const std::string_view view = text;
    std::size_t position = 0;
    consume(view, position, signs);
    const std::size_t digits_start = position;
    std::size_t group = 0; // digits since the start or the last thousands dot
    bool grouped = false;
    while (position < view.size() && (is_digit(view[position]) || view[position] == '.')) {
        if (view[position] == '.') {
            // A thousands dot follows 1 to 3 digits and is followed by exactly 3.
            if (group == 0 || (grouped && group != 3) || group > 3 || view.size() < position + 4 ||
                !is_digit(view[position + 1]) || !is_digit(view[position + 2]) ||
                !is_digit(view[position + 3]) ||
                (view.size() > position + 4 && is_digit(view[position + 4]))) {
                return std::nullopt;
            }
            grouped = true;
            group = 0;
        } else {
            ++group;
        }
        ++position;
    }
    if (position == digits_start) {
        return std::nullopt;
    }
    std::size_t split = position;
    if (position < view.size() && view[position] == ',') {
        ++position;
        const std::size_t decimals = position;
        while (position < view.size() && is_digit(view[position])) {
            ++position;
        }
        if (position == decimals) {
            if (position < view.size() && view[position] != ' ') {
                return std::nullopt;
            }
        }
    }
    // Units or a year in parentheses, directly or after a space each.
    while (position < view.size()) {
        std::size_t next = position;
        consume(view, next, spaces);
        if (!consume_suffix(view, next)) {
            return std::nullopt;
        }
        position = next;
    }
    return split;
}

bool is_placeholder(const std::string& text) {
    return text.empty() || text == "-" || text == "\u2013" || text == "\u2014" ||
           text == "k.\u202FA." || text == "k. A." || text == "n.\u202Fb." || text == "n. b.";
}

DecimalSplit split_widths(const Paragraph& paragraph, std::size_t offset) {
    DecimalSplit split;
    std::size_t position = 0; // of the item in cell_text(paragraph)
    for (const ParagraphItem& item : paragraph.items) {
        if (item.kind == ItemKind::Box) {
            const RunFormat& format = paragraph.formats[static_cast<std::size_t>(item.format)];
            const double scale = format.size / format.units_per_em;
            double before = 0;
            for (const Glyph& glyph : item.glyphs) {
                if (position + glyph.cluster < offset) {
                    before += glyph.advance * scale;
                }
            }
            split.before += before;
            split.after += item.width - before;
            position += item.text.size();
        } else if (item.kind == ItemKind::Glue && item.stretch < 1e8) {
            (position < offset ? split.before : split.after) += item.width;
            position += 1;
        }
    }
    return split;
}

} // namespace stadtsatz::layout
