#include "layout/line_setting.hpp"

#include "layout/inline_collection.hpp"
#include "layout/line_rules.hpp"
#include "layout/margin_protrusion.hpp"

#include <algorithm>

namespace stadtsatz::layout {
namespace {

// A piece of a line before it becomes text runs: shaped text in one format, or a space.
struct Piece {
    bool space = false;
    int format = -1;           // text: index into Paragraph::formats
    std::string text;          // text: as a reader gets it back
    std::vector<Glyph> glyphs; // text: clusters into `text`
    std::string actual_text;   // text: what a reader gets instead, if it differs (marked compounds)
    double width = 0;          // natural width in points
    double stretch = 0;        // space
    double shrink = 0;         // space
};

double advance_of(const std::vector<Glyph>& glyphs) {
    double advance = 0;
    for (const Glyph& glyph : glyphs) {
        advance += glyph.advance;
    }
    return advance;
}

bool is_box(const std::vector<ParagraphItem>& items, std::size_t index) {
    return index < items.size() && items[index].kind == ItemKind::Box;
}

// The items of one line as pieces. A word cut by the line's start or end is shaped again as
// the part that is drawn (with the hyphen), so no ligature or kerning pair spans the break
// and the width is exactly what is drawn.
class LineAssembler {
public:
    LineAssembler(const Paragraph& paragraph, FontMetrics& metrics)
        : paragraph_(paragraph), items_(paragraph.items), metrics_(metrics) {}

    std::vector<Piece> pieces(const BrokenLine& line) {
        std::vector<Piece> result;
        const std::size_t end = std::min(line.end, items_.size());
        const bool starts_inside_word = line.start >= 2 && is_box(items_, line.start) &&
                                        items_[line.start - 1].kind == ItemKind::Penalty &&
                                        is_box(items_, line.start - 2);
        const bool ends_inside_word = end < items_.size() &&
                                      items_[end].kind == ItemKind::Penalty && end > line.start &&
                                      is_box(items_, end - 1) && is_box(items_, end + 1);
        // The first and last word of the line: items up to the first glue, from the last.
        std::size_t first_word_end = line.start;
        while (first_word_end < end && items_[first_word_end].kind != ItemKind::Glue) {
            ++first_word_end;
        }
        std::size_t last_word_start = end;
        while (last_word_start > line.start && items_[last_word_start - 1].kind != ItemKind::Glue) {
            --last_word_start;
        }
        const bool hyphen = line.hyphenated && end < items_.size();
        std::size_t index = line.start;
        if (starts_inside_word) {
            const std::size_t stop =
                first_word_end == end && ends_inside_word ? end : first_word_end;
            reshape(result, line.start, stop, stop == end && hyphen);
            index = stop;
        }
        const std::size_t plain_end = ends_inside_word ? std::max(index, last_word_start) : end;
        for (; index < plain_end; ++index) {
            const ParagraphItem& item = items_[index];
            if (item.kind == ItemKind::Box) {
                add_text(result, item.format, item.text, item.glyphs, item.actual_text);
            } else if (item.kind == ItemKind::Glue && item.stretch < 1e8) {
                Piece space;
                space.space = true;
                space.width = item.width;
                space.stretch = item.stretch;
                space.shrink = item.shrink;
                result.push_back(std::move(space));
            }
        }
        if (index < end) {
            reshape(result, index, end, hyphen);
        } else if (hyphen && !(starts_inside_word && index == end && ends_inside_word)) {
            const ParagraphItem& mark = items_[end];
            add_text(result, mark.format, mark.text, mark.glyphs);
        }
        return result;
    }

private:
    // Appends text, joining the previous piece when it has the same format.
    void add_text(std::vector<Piece>& pieces, int format, const std::string& text,
                  const std::vector<Glyph>& glyphs, const std::string& actual_text = {}) {
        if (text.empty()) {
            return;
        }
        const RunFormat& run = paragraph_.formats[static_cast<std::size_t>(format)];
        const double width = advance_of(glyphs) * run.size / run.units_per_em;
        if (!pieces.empty() && !pieces.back().space && pieces.back().format == format) {
            Piece& previous = pieces.back();
            const auto shift = static_cast<std::uint32_t>(previous.text.size());
            for (Glyph glyph : glyphs) {
                glyph.cluster += shift;
                previous.glyphs.push_back(glyph);
            }
            if (!actual_text.empty() || !previous.actual_text.empty()) {
                previous.actual_text =
                    (previous.actual_text.empty() ? previous.text : previous.actual_text) +
                    (actual_text.empty() ? text : actual_text);
            }
            previous.text += text;
            previous.width += width;
            return;
        }
        Piece piece;
        piece.format = format;
        piece.actual_text = actual_text;
        piece.text = text;
        piece.glyphs = glyphs;
        piece.width = width;
        pieces.push_back(std::move(piece));
    }

    // Shapes items [from, to) again, one piece per format, with the break's hyphen at the end.
    void reshape(std::vector<Piece>& pieces, std::size_t from, std::size_t to, bool hyphen) {
        std::size_t index = from;
        while (index < to) {
            const int format = items_[index].format;
            std::string text;
            std::string actual_text; // empty unless a box has one (a marked compound)
            std::vector<std::size_t> joints;
            while (index < to &&
                   (items_[index].kind != ItemKind::Box || items_[index].format == format)) {
                const ParagraphItem& item = items_[index];
                if (item.kind == ItemKind::Box) {
                    if (!item.actual_text.empty() && actual_text.empty()) {
                        actual_text = text;
                    }
                    if (!actual_text.empty()) {
                        actual_text += item.actual_text.empty() ? item.text : item.actual_text;
                    }
                    text += item.text;
                } else if (item.kind == ItemKind::Penalty && item.joint) {
                    joints.push_back(text.size());
                }
                ++index;
            }
            const bool last = index >= to;
            const RunFormat& run = paragraph_.formats[static_cast<std::size_t>(format)];
            if (last && hyphen) {
                const std::size_t drawn = text.size();
                ShapedText shaped = shape_text_with_hyphen(run, text, joints);
                text += items_[to].text; // the reader gets U+00AD where the hyphen is drawn
                if (!actual_text.empty()) {
                    actual_text += items_[to].text;
                }
                for (Glyph& glyph : shaped.glyphs) {
                    glyph.cluster =
                        std::min<std::uint32_t>(glyph.cluster, static_cast<std::uint32_t>(drawn));
                }
                add_text(pieces, format, text, shaped.glyphs, actual_text);
            } else {
                add_text(pieces, format, text, metrics_.shape(run.font_file, text, joints).glyphs,
                         actual_text);
            }
        }
    }

    ShapedText shape_text_with_hyphen(const RunFormat& run, const std::string& text,
                                      const std::vector<std::size_t>& joints) {
        return metrics_.shape(run.font_file, text + "-", joints);
    }

    const Paragraph& paragraph_;
    const std::vector<ParagraphItem>& items_;
    FontMetrics& metrics_;
};

// How a line is set: the glue adjustment in units of the spaces' stretch or shrink, and the
// glyph expansion (1 = none).
struct Adjustment {
    double ratio = 0;
    double scale = 1;
};

// The adjustment of a line from the widths of what is drawn. A justified line takes what it
// lacks or has too much from its glyphs first, up to `expansion` (a fraction of the text
// width), so its spaces stay as even as they can, and from its spaces for the rest, as the
// breaker measured it; lines that stay ragged only shrink their spaces, when they must.
Adjustment adjust_line(const std::vector<Piece>& pieces, double width, bool justify,
                       double expansion) {
    double natural = 0;
    double text = 0;
    double stretch = 0;
    double shrink = 0;
    for (const Piece& piece : pieces) {
        natural += piece.width;
        text += piece.space ? 0 : piece.width;
        stretch += piece.stretch;
        shrink += piece.shrink;
    }
    Adjustment result;
    double difference = width - natural;
    if (justify && text > 0) {
        const double flexible = text * expansion;
        const double taken = std::clamp(difference, -flexible, flexible);
        result.scale = 1 + taken / text;
        difference -= taken;
    }
    if (difference > 0 && justify && stretch > 0) {
        result.ratio = difference / stretch;
    } else if (difference < 0 && shrink > 0) {
        result.ratio = difference / shrink;
    }
    return result;
}

bool same_run(const TextRun& run, const RunFormat& format, double scale) {
    return run.horizontal_scale == scale && run.font_file == format.font_file &&
           run.size == format.size && run.baseline == -format.rise &&
           run.colour.rgb == format.colour.rgb && run.colour.cmyk == format.colour.cmyk &&
           run.source.block == format.source.block && run.source.link == format.source.link &&
           run.source.part == format.source.part && run.source.row == format.source.row &&
           run.source.column == format.source.column &&
           run.source.measure == format.source.measure &&
           run.source.footnote == format.source.footnote &&
           run.source.chapter == format.source.chapter && run.source.goal == format.source.goal &&
           run.source.toc_entry == format.source.toc_entry;
}

// Turns pieces into text runs at their positions. A space is drawn as the font's space glyph,
// widened or narrowed by the justification, so the text layer has a real U+0020 between
// words; it joins the run before it, or the one after it where only that one is outside a
// link.
class RunBuilder {
public:
    RunBuilder(const Paragraph& paragraph, FontMetrics& metrics, SetLine& line, double scale)
        : paragraph_(paragraph), metrics_(metrics), line_(line), scale_(scale) {}

    void add(const Piece& piece, double ratio) {
        if (piece.space) {
            const double adjust = ratio >= 0 ? ratio * piece.stretch : ratio * piece.shrink;
            pending_space_ += piece.width + adjust;
            return;
        }
        const RunFormat& format = paragraph_.formats[static_cast<std::size_t>(piece.format)];
        TextRun* previous = last_run();
        const bool space_before = pending_space_ != 0;
        if (space_before) {
            const bool to_previous = previous != nullptr && (previous->source.link == nullptr ||
                                                             format.source.link != nullptr);
            if (to_previous) {
                append_space(*previous, pending_space_);
            } else {
                start_run(format);
                append_space(*last_run(), pending_space_);
            }
            x_ += pending_space_;
            pending_space_ = 0;
            previous = last_run();
        }
        if (previous == nullptr || !same_run(*previous, format, scale_) ||
            previous->x + previous->width < x_ - 1e-6 ||
            previous->x + previous->width > x_ + 1e-6) {
            start_run(format);
        }
        TextRun& run = *last_run();
        const auto shift = static_cast<std::uint32_t>(run.text.size());
        for (Glyph glyph : piece.glyphs) {
            glyph.cluster += shift;
            run.glyphs.push_back(glyph);
        }
        if (!piece.actual_text.empty()) {
            run.actual_texts.push_back(
                {run.text.size(), run.text.size() + piece.text.size(), piece.actual_text});
        }
        run.text += piece.text;
        const double drawn = piece.width * scale_;
        run.width += drawn;
        add_link(format, x_, drawn);
        if (!format.footnote.empty()) {
            line_.footnotes.push_back(format.footnote);
        }
        if (format.strike) {
            Rule strike;
            strike.x1 = x_;
            strike.x2 = x_ + drawn;
            strike.y1 = strike.y2 = -format.size * 0.28;
            strike.line_width = format.size * 0.06;
            strike.colour = format.colour;
            strike.source = format.source;
            strike.source.part = NodePart::Decoration;
            line_.items.push_back(strike);
        }
        line_.ascent = std::max(line_.ascent, format.size);
        x_ += drawn;
    }

    // The width used; a space with nothing after it on the line is not drawn.
    double finish() const { return x_; }

    // Appends a space glyph without advance to the line's last run: it is in the text, not
    // in the width.
    void end_with_space() {
        if (TextRun* run = last_run();
            run != nullptr && !run->text.empty() && run->text.back() != ' ') {
            append_space(*run, 0);
        }
    }

private:
    TextRun* last_run() {
        if (run_index_ < 0) {
            return nullptr;
        }
        return std::get_if<TextRun>(&line_.items[static_cast<std::size_t>(run_index_)]);
    }

    void start_run(const RunFormat& format) {
        TextRun run;
        run.x = x_;
        run.baseline = -format.rise;
        run.font_file = format.font_file;
        run.size = format.size;
        run.colour = format.colour;
        run.units_per_em = format.units_per_em;
        run.horizontal_scale = scale_;
        run.source = format.source;
        line_.items.push_back(std::move(run));
        run_index_ = static_cast<int>(line_.items.size()) - 1;
    }

    void append_space(TextRun& run, double width) { append_space_glyph(run, width, metrics_); }

    void add_link(const RunFormat& format, double x, double width) {
        if (format.link.empty()) {
            return;
        }
        if (!line_.links.empty()) {
            LinkArea& previous = line_.links.back();
            if (previous.target == format.link && x - (previous.x + previous.width) < format.size) {
                previous.width = x + width - previous.x; // one area across the words of a link
                return;
            }
        }
        LinkArea area;
        area.x = x;
        area.y = -format.size * 0.95;
        area.width = width;
        area.height = format.size * 1.25;
        area.target = format.link;
        area.source = format.source;
        line_.links.push_back(area);
    }

    const Paragraph& paragraph_;
    FontMetrics& metrics_;
    SetLine& line_;
    double x_ = 0;
    double scale_ = 1;         // glyph expansion of the line
    double pending_space_ = 0; // width of spaces seen since the last text
    int run_index_ = -1;       // the run being extended, in line_.items
};

void shift_line(SetLine& line, double shift) {
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

} // namespace

void append_space_glyph(TextRun& run, double width, FontMetrics& metrics) {
    const ShapedText& space = metrics.shape(run.font_file, " ");
    if (space.glyphs.size() == 1 && space.glyphs.front().id != 0) {
        Glyph glyph = space.glyphs.front();
        glyph.cluster = static_cast<std::uint32_t>(run.text.size());
        glyph.advance =
            static_cast<float>(width / run.horizontal_scale * run.units_per_em / run.size);
        run.glyphs.push_back(glyph);
        run.text += ' ';
    }
    run.width += width; // a font without a space glyph: the gap alone
}

std::vector<SetLine> set_lines(const Paragraph& paragraph, const std::vector<BrokenLine>& lines,
                               double width, LineAlignment alignment, FontMetrics& metrics,
                               double expansion) {
    std::vector<SetLine> result;
    result.reserve(lines.size());
    LineAssembler assembler(paragraph, metrics);
    for (const BrokenLine& broken : lines) {
        const std::vector<Piece> pieces = assembler.pieces(broken);
        const bool justify = alignment == LineAlignment::Justify && !broken.last;
        // Hanging characters at either end widen the measure the line is set to.
        const double hanging = broken.protrusion_left + broken.protrusion_right;
        Adjustment adjustment = adjust_line(pieces, width + hanging, justify, expansion);
        if (adjustment.ratio < -1 && broken.ratio < -1 + 1e-9 &&
            broken.natural_width - width - hanging > 0) {
            adjustment.ratio = -1; // overfull by the breaker's own measure too: shrink no further
        }
        SetLine line;
        RunBuilder builder(paragraph, metrics, line, adjustment.scale);
        for (const Piece& piece : pieces) {
            builder.add(piece, adjustment.ratio);
        }
        line.width = builder.finish();
        const bool at_space =
            broken.end < paragraph.items.size() &&
            (paragraph.items[broken.end].kind == ItemKind::Glue ||
             (paragraph.items[broken.end].kind == ItemKind::Penalty &&
              !paragraph.items[broken.end].flagged && broken.end + 1 < paragraph.items.size() &&
              paragraph.items[broken.end + 1].kind == ItemKind::Glue &&
              paragraph.items[broken.end + 1].stretch < 1e6));
        if (at_space) {
            // The space the line breaks at is drawn after its last word, so the text of the
            // paragraph reads "Stadt Neu-Ulm" across the line end, not "StadtNeu-Ulm".
            builder.end_with_space();
        } else if (broken.last && broken.end + 2 < paragraph.items.size()) {
            builder.end_with_space(); // a forced line break inside the paragraph
        }
        double shift = -broken.protrusion_left;
        if (alignment == LineAlignment::Center) {
            shift = (width - line.width) / 2;
        } else if (alignment == LineAlignment::Right) {
            shift = width - line.width;
        }
        if (shift != 0) {
            shift_line(line, shift);
        }
        result.push_back(std::move(line));
    }
    return result;
}

// The stretch at a ragged line's end, as a share of the line width: how deep the rag may
// be before the breaker prefers another break.
constexpr double ragged_stretch_share = 0.125;

BreakOptions body_text_break_options() {
    BreakOptions options;
    options.pretolerance = 100;
    // More than TeX's 200: a line that loose is still better than a third hyphen in a row or
    // the emergency pass, which narrow measures (A5, boxes) otherwise reach.
    options.tolerance = 1000;
    options.stretch_in_badness = 0.8;
    options.expansion = 0.02;
    return options;
}

std::vector<SetLine> typeset(Paragraph paragraph, double width, LineAlignment alignment,
                             FontMetrics& metrics) {
    apply_line_rules(paragraph, paragraph.setting);
    allow_emergency_breaks(paragraph, width);
    BreakOptions options = body_text_break_options();
    if (alignment == LineAlignment::Justify) {
        set_margin_protrusion(paragraph);
    } else {
        options.expansion = 0;
        if (paragraph.setting.alignment == model::TextAlignment::Left) {
            options.ragged_stretch = width * ragged_stretch_share;
        }
    }
    return set_lines(paragraph, break_lines(paragraph.items, width, options), width, alignment,
                     metrics, options.expansion);
}

} // namespace stadtsatz::layout
