#include "layout/inline_collection.hpp"

#include "layout/font_fallback.hpp"
#include "layout/utf8.hpp"
#include "text/hyphenation_minima.hpp"
#include "text/web_address.hpp"

#include <algorithm>
#include <string_view>

namespace stadtsatz::layout {
namespace {

// The formatting in effect while walking nested inlines.
struct InlineState {
    bool bold = false;
    bool italic = false;
    bool strike = false;
    std::string link;
    const model::Inline* link_node = nullptr; // the Link inline the text is inside
};

bool same_format(const RunFormat& left, const RunFormat& right) {
    return left.font_file == right.font_file && left.size == right.size &&
           left.colour.rgb == right.colour.rgb && left.colour.cmyk == right.colour.cmyk &&
           left.rise == right.rise && left.strike == right.strike && left.link == right.link &&
           left.footnote == right.footnote && left.source == right.source;
}

int add_format(Paragraph& paragraph, const RunFormat& format) {
    if (!paragraph.formats.empty() && same_format(paragraph.formats.back(), format)) {
        return static_cast<int>(paragraph.formats.size()) - 1;
    }
    paragraph.formats.push_back(format);
    return static_cast<int>(paragraph.formats.size()) - 1;
}

bool is_space(char32_t code_point) {
    return code_point == U' ' || code_point == U'\t' || code_point == U'\n' || code_point == U'\r';
}

bool is_letter(char32_t code_point) {
    return (code_point >= U'a' && code_point <= U'z') ||
           (code_point >= U'A' && code_point <= U'Z') ||
           (code_point >= 0xC0 && code_point <= 0x24F && code_point != 0xD7 && code_point != 0xF7);
}

void add_glue(Paragraph& paragraph, double space_width) {
    if (paragraph.items.empty() || paragraph.items.back().kind == ItemKind::Glue) {
        return; // spaces collapse, and a paragraph never starts with one
    }
    ParagraphItem glue;
    glue.kind = ItemKind::Glue;
    glue.width = space_width;
    glue.stretch = space_width * space_stretch;
    glue.shrink = space_width * space_shrink;
    paragraph.items.push_back(glue);
}

// Appends a box of shaped text; clusters of `glyphs` are byte offsets into `text`. A box
// right after another of the same format joins it (nothing can break between them).
void add_box(Paragraph& paragraph, std::string_view text, std::vector<Glyph> glyphs, int format,
             std::string_view actual_text = {}) {
    if (text.empty()) {
        return;
    }
    const RunFormat& run = paragraph.formats[static_cast<std::size_t>(format)];
    double advance = 0;
    for (const Glyph& glyph : glyphs) {
        advance += glyph.advance;
    }
    const double width = advance * run.size / run.units_per_em;
    if (!paragraph.items.empty() && paragraph.items.back().kind == ItemKind::Box &&
        paragraph.items.back().format == format) {
        ParagraphItem& previous = paragraph.items.back();
        const auto shift = static_cast<std::uint32_t>(previous.text.size());
        for (Glyph& glyph : glyphs) {
            glyph.cluster += shift;
            previous.glyphs.push_back(glyph);
        }
        if (!actual_text.empty() || !previous.actual_text.empty()) {
            previous.actual_text =
                (previous.actual_text.empty() ? previous.text : previous.actual_text) +
                std::string(actual_text.empty() ? text : actual_text);
        }
        previous.text += text;
        previous.width += width;
        return;
    }
    ParagraphItem box;
    box.kind = ItemKind::Box;
    box.width = width;
    box.actual_text = std::string(actual_text);
    box.text = std::string(text);
    box.glyphs = std::move(glyphs);
    box.format = format;
    paragraph.items.push_back(std::move(box));
}

// Shapes `text` in the format's font and appends it as one box.
void add_shaped_box(Paragraph& paragraph, const std::string& text, int format,
                    FontMetrics& metrics) {
    const RunFormat& run = paragraph.formats[static_cast<std::size_t>(format)];
    add_box(paragraph, text, metrics.shape(run.font_file, text).glyphs, format);
}

void add_penalty(Paragraph& paragraph, double cost, bool flagged, int format,
                 FontMetrics& metrics) {
    ParagraphItem penalty;
    penalty.kind = ItemKind::Penalty;
    penalty.penalty = cost;
    penalty.flagged = flagged;
    if (flagged) {
        const RunFormat& run = paragraph.formats[static_cast<std::size_t>(format)];
        const ShapedText& hyphen = metrics.shape(run.font_file, "-");
        penalty.text = "\u00AD"; // a reader gets a soft hyphen back: the word is whole
        penalty.glyphs = hyphen.glyphs;
        for (Glyph& glyph : penalty.glyphs) {
            glyph.cluster = 0;
        }
        penalty.width = hyphen.advance * run.size / run.units_per_em;
        penalty.format = format;
    }
    paragraph.items.push_back(std::move(penalty));
}

double hyphenation_penalty(model::HyphenationKind kind) {
    switch (kind) {
    case model::HyphenationKind::CompoundJoint:
        return compound_joint_penalty;
    case model::HyphenationKind::AfterPrefix:
        return prefix_penalty;
    case model::HyphenationKind::Syllable:
        return syllable_penalty;
    }
    return syllable_penalty;
}

void add_forced_break(Paragraph& paragraph) {
    ParagraphItem fill;
    fill.kind = ItemKind::Glue;
    fill.stretch = 1e9; // the last line of a paragraph stays ragged
    if (!paragraph.items.empty() && paragraph.items.back().kind == ItemKind::Glue) {
        paragraph.items.back() = fill;
    } else {
        paragraph.items.push_back(fill);
    }
    ParagraphItem penalty;
    penalty.kind = ItemKind::Penalty;
    penalty.penalty = forced_break;
    paragraph.items.push_back(penalty);
}

// Walks the inline tree and appends its items.
class Collector {
public:
    Collector(Paragraph& paragraph, const TextFormat& base, const SourceNode& source,
              LayoutContext& context)
        : paragraph_(paragraph), base_(base), source_(source), context_(context) {}

    void walk(const model::Inlines& inlines, const InlineState& state) {
        for (const auto& node : inlines) {
            visit(node, state);
        }
    }

private:
    RunFormat format_for(const model::Inline& node, const InlineState& state, bool code) {
        RunFormat format;
        const std::string family = code ? context_.code_family() : base_.family;
        format.font_file = context_.font_file(family, state.bold, state.italic);
        format.size = code ? context_.readable_size(base_.size * 0.9) : base_.size;
        format.colour = state.link.empty() ? base_.colour : context_.colour("accent");
        format.strike = state.strike;
        format.link = state.link;
        format.units_per_em = context_.metrics.units_per_em(format.font_file);
        format.source = source_;
        format.source.inline_node = &node;
        format.source.link = state.link_node;
        return format;
    }

    void text(const model::Inline& node, const InlineState& state, bool code) {
        const RunFormat format = format_for(node, state, code);
        context_.check_glyphs(format.font_file, node.text, node.position);
        const double space = context_.metrics.width(format.font_file, " ", base_.size);
        append_text(paragraph_, node.text, format, context_, space, node.hyphenation,
                    base_.hyphenation, node.marked_words);
    }

    void visit(const model::Inline& node, const InlineState& state) {
        InlineState inner = state;
        switch (node.kind) {
        case model::InlineKind::Text:
            text(node, state, false);
            break;
        case model::InlineKind::Code:
            text(node, state, true);
            break;
        case model::InlineKind::Emphasis:
            inner.italic = !state.italic;
            walk(node.children, inner);
            break;
        case model::InlineKind::Strong:
            inner.bold = true;
            walk(node.children, inner);
            break;
        case model::InlineKind::Strikethrough:
            inner.strike = true;
            walk(node.children, inner);
            break;
        case model::InlineKind::Link:
            inner.link = node.target;
            inner.link_node = &node;
            walk(node.children, inner);
            break;
        case model::InlineKind::SoftBreak: {
            const std::string file = context_.font_file(base_.family, state.bold, state.italic);
            add_glue(paragraph_, context_.metrics.width(file, " ", base_.size));
            break;
        }
        case model::InlineKind::LineBreak:
            add_forced_break(paragraph_);
            break;
        case model::InlineKind::FootnoteReference: {
            RunFormat format = format_for(node, state, false);
            format.size = base_.size * 0.62;
            format.rise = base_.size * 0.38;
            format.colour = context_.colour("accent");
            format.footnote = node.target;
            format.link.clear();
            format.source.link = nullptr;
            const int index = add_format(paragraph_, format);
            add_shaped_box(paragraph_, std::to_string(node.number), index, context_.metrics);
            break;
        }
        }
    }

    Paragraph& paragraph_;
    TextFormat base_;
    SourceNode source_; // what every run points to, before its inline and link
    LayoutContext& context_;
};

} // namespace

namespace {

// Where a word may break, and how.
struct WordBreak {
    std::size_t offset = 0; // byte offset in the word (soft hyphens removed)
    double penalty = 0;
    bool flagged = true;            // a hyphen is added when the line breaks here
    bool joint = false;             // a compound joint
    bool hyphenation_point = false; // from resolve: subject to the style's minima
    bool hard_hyphen = false;       // after a hyphen of the text (Neu-|Ulm)
};

// A marked compound inside a word: byte range in the word and the unsplit word.
struct WordSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string actual_text;
};

// What a reader gets back for bytes [start, end) of `word`: the text with every marked
// compound inside it replaced by its unsplit word; empty if there is none.
std::string actual_text_of(std::string_view word, std::size_t start, std::size_t end,
                           const std::vector<WordSpan>& marked) {
    std::string result;
    std::size_t copied = start;
    for (const WordSpan& span : marked) {
        if (span.begin < start || span.end > end) {
            continue; // no break falls inside a marked compound: it is in one fragment
        }
        result.append(word.substr(copied, span.begin - copied));
        result += span.actual_text;
        copied = span.end;
    }
    if (copied == start) {
        return {};
    }
    result.append(word.substr(copied, end - copied));
    return result;
}

// Shapes one word (no spaces) and appends it as boxes between its break points, so a
// ligature across a syllable break still forms when the word stays whole (of|fi|zi|ell),
// while no ligature forms across a compound joint (Auf|lage).
void append_word(Paragraph& paragraph, const std::string& word,
                 const std::vector<WordBreak>& breaks, const std::vector<std::size_t>& joints,
                 const std::vector<WordSpan>& marked, int format, FontMetrics& metrics) {
    if (word.empty()) {
        return;
    }
    const RunFormat& run = paragraph.formats[static_cast<std::size_t>(format)];
    const ShapedText& shaped = metrics.shape(run.font_file, word, joints);
    std::size_t glyph = 0;
    std::size_t start = 0;
    auto add_fragment = [&](std::size_t end) {
        std::vector<Glyph> glyphs;
        glyphs.reserve(shaped.glyphs.size() - glyph);
        while (glyph < shaped.glyphs.size() && shaped.glyphs[glyph].cluster < end) {
            Glyph piece = shaped.glyphs[glyph++];
            piece.cluster -= static_cast<std::uint32_t>(start);
            glyphs.push_back(piece);
        }
        add_box(paragraph, std::string_view(word).substr(start, end - start), std::move(glyphs),
                format, actual_text_of(word, start, end, marked));
        start = end;
    };
    for (const WordBreak& point : breaks) {
        if (point.offset <= start || point.offset >= word.size()) {
            continue;
        }
        add_fragment(point.offset);
        add_penalty(paragraph, point.penalty, point.flagged, format, metrics);
        paragraph.items.back().joint = point.joint;
    }
    add_fragment(word.size());
}

// Cost of breaking a web or e-mail address after "/", "." or "@" (or before "?", "#"): about
// that of a prefix break, and no hyphen is added (a hyphen would read as part of the address).
constexpr double web_address_penalty = 40;

// The breaks of a web or e-mail address: after "/" (the last of "//"), "." and "@", before
// "?" and "#"; never before the final character or closing punctuation, and never at the
// address's own hyphens or hyphenation points.
std::vector<WordBreak> web_address_breaks(std::string_view word) {
    std::vector<WordBreak> breaks;
    // No break leaves only closing punctuation behind ("/" | ")." ).
    const std::size_t last =
        word.find_last_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    const std::size_t end = last == std::string_view::npos ? 0 : last + 1;
    for (std::size_t index = 1; index < end; ++index) {
        const char before = word[index - 1];
        const char after = word[index];
        const bool after_separator =
            (before == '/' || before == '.' || before == '@') && after != '/' && after != '.';
        const bool before_query = after == '?' || after == '#';
        if (after_separator || before_query) {
            breaks.push_back({index, web_address_penalty, false, false});
        }
    }
    return breaks;
}

} // namespace

namespace {

// append_text for text that is drawn in the format's font alone.
void append_text_in_one_font(Paragraph& paragraph, const std::string& text, const RunFormat& format,
                             LayoutContext& context, double space_width,
                             const std::vector<model::HyphenationPoint>& hyphenation,
                             const model::HyphenationMinima& minima,
                             const std::vector<model::MarkedWord>& marked_words) {
    const int index = add_format(paragraph, format);
    std::string word;
    std::vector<WordBreak> breaks;
    std::vector<std::size_t> joints;
    std::vector<WordSpan> marked; // the marked compounds of `word`
    int letters_in_word = 0;
    auto next_marked = marked_words.begin();
    auto flush = [&] {
        // No line break inside a marked compound (see paragraph_items.hpp).
        std::erase_if(breaks, [&](const WordBreak& point) {
            return std::any_of(marked.begin(), marked.end(), [&](const WordSpan& span) {
                return point.offset > span.begin && point.offset < span.end;
            });
        });
        if (text::is_web_or_mail_address(word)) {
            // An address breaks after / . @ only, never at its own hyphens or syllables.
            breaks = web_address_breaks(word);
            joints.clear();
        } else {
            // The style's minima choose among the legal breaks (the joints still keep
            // ligatures apart).
            std::erase_if(breaks, [&](const WordBreak& point) {
                return point.hyphenation_point &&
                       !text::meets_hyphenation_minima(word, point.offset, minima.word_length,
                                                       minima.left, minima.right);
            });
            if (minima.only_overlong_words) {
                for (WordBreak& point : breaks) {
                    point.penalty += point.hyphenation_point ? emergency_break : 0;
                }
            }
        }
        append_word(paragraph, word, breaks, joints, marked, index, context.metrics);
        word.clear();
        breaks.clear();
        joints.clear();
        marked.clear();
        letters_in_word = 0;
    };
    auto next_point = hyphenation.begin();
    std::size_t offset = 0;
    while (offset < text.size()) {
        const std::size_t byte_offset = offset; // of `character` in `text`
        const char32_t character = decode_utf8_at(text, offset);
        while (next_point != hyphenation.end() && next_point->offset < byte_offset) {
            ++next_point;
        }
        if (next_point != hyphenation.end() && next_point->offset == byte_offset && !word.empty()) {
            // No ligature across a compound joint or a prefix (Schiff|fahrt, Auf|lage): German
            // typography keeps the parts of a word apart; syllable breaks do not matter.
            const bool joint = next_point->kind == model::HyphenationKind::CompoundJoint ||
                               next_point->kind == model::HyphenationKind::AfterPrefix;
            breaks.push_back(
                {word.size(), hyphenation_penalty(next_point->kind), true, joint, true});
            if (joint) {
                joints.push_back(word.size());
            }
        }
        if (is_space(character)) {
            flush();
            add_glue(paragraph, space_width);
        } else if (character == 0xAD) {
            if (!word.empty()) {
                breaks.push_back({word.size(), soft_hyphen_penalty, true});
            }
        } else {
            // A marked compound starts here: its range in `word` (soft hyphens are left out
            // of words, never of marked compounds: marking keeps none).
            while (next_marked != marked_words.end() && next_marked->begin < byte_offset) {
                ++next_marked;
            }
            if (next_marked != marked_words.end() && next_marked->begin == byte_offset) {
                const std::size_t length = next_marked->end - next_marked->begin;
                marked.push_back({word.size(), word.size() + length, next_marked->word});
            }
            append_utf8(word, character);
            letters_in_word += is_letter(character) ? 1 : 0;
            const bool hyphen = character == U'-' || character == 0x2010;
            std::size_t ahead = offset;
            const bool letter_follows =
                ahead < text.size() && is_letter(decode_utf8_at(text, ahead)) &&
                ahead < text.size() && is_letter(decode_utf8_at(text, ahead));
            if (hyphen && letters_in_word >= 2 && letter_follows) {
                // "Neu-Ulmer" may break after the explicit hyphen, adding none.
                breaks.push_back({word.size(), hard_hyphen_penalty, false, false, false, true});
                letters_in_word = 0;
            }
        }
    }
    flush();
}

} // namespace

void append_text(Paragraph& paragraph, const std::string& text, const RunFormat& format,
                 LayoutContext& context, double space_width,
                 const std::vector<model::HyphenationPoint>& hyphenation,
                 const model::HyphenationMinima& minima,
                 const std::vector<model::MarkedWord>& marked_words) {
    paragraph.setting = context.style.setting; // text placed without collect_inlines too
    const std::vector<FontSpan> spans = font_spans(context, format.font_file, text);
    if (spans.size() == 1) {
        append_text_in_one_font(paragraph, text, format, context, space_width, hyphenation, minima,
                                marked_words);
        return;
    }
    // Characters the font lacks come from a fallback font: one format per font, the
    // hyphenation points moved into each span.
    for (const FontSpan& span : spans) {
        RunFormat span_format = format;
        span_format.font_file = span.font_file;
        span_format.units_per_em = context.metrics.units_per_em(span.font_file);
        std::vector<model::HyphenationPoint> points;
        for (const model::HyphenationPoint& point : hyphenation) {
            if (point.offset > span.start && point.offset < span.end) {
                points.push_back({point.offset - span.start, point.kind});
            }
        }
        std::vector<model::MarkedWord> words; // the marked compounds wholly in the span
        for (const model::MarkedWord& marked : marked_words) {
            if (marked.begin >= span.start && marked.end <= span.end) {
                words.push_back(marked);
                words.back().begin -= span.start;
                words.back().end -= span.start;
            }
        }
        append_text_in_one_font(paragraph, text.substr(span.start, span.end - span.start),
                                span_format, context, space_width, points, minima, words);
    }
}

void append_unbreakable(Paragraph& paragraph, const std::string& text, const RunFormat& format,
                        FontMetrics& metrics) {
    add_shaped_box(paragraph, text, add_format(paragraph, format), metrics);
}

void append_unbreakable(Paragraph& paragraph, const std::string& text, const RunFormat& format,
                        LayoutContext& context) {
    for (const FontSpan& span : font_spans(context, format.font_file, text)) {
        RunFormat span_format = format;
        span_format.font_file = span.font_file;
        span_format.units_per_em = context.metrics.units_per_em(span.font_file);
        add_shaped_box(paragraph, text.substr(span.start, span.end - span.start),
                       add_format(paragraph, span_format), context.metrics);
    }
}

void collect_inlines_into(Paragraph& paragraph, const model::Inlines& inlines,
                          const TextFormat& base, const SourceNode& source,
                          LayoutContext& context) {
    paragraph.setting = context.style.setting;
    Collector collector(paragraph, base, source, context);
    InlineState state;
    state.bold = base.bold;
    state.italic = base.italic;
    collector.walk(inlines, state);
}

Paragraph collect_inlines(const model::Inlines& inlines, const TextFormat& base,
                          const SourceNode& source, LayoutContext& context) {
    Paragraph paragraph;
    collect_inlines_into(paragraph, inlines, base, source, context);
    finish_paragraph(paragraph);
    return paragraph;
}

void finish_paragraph(Paragraph& paragraph) {
    while (!paragraph.items.empty() && paragraph.items.back().kind == ItemKind::Glue) {
        paragraph.items.pop_back();
    }
    add_forced_break(paragraph);
}

void allow_emergency_breaks(Paragraph& paragraph, double width) {
    std::vector<ParagraphItem> result;
    result.reserve(paragraph.items.size());
    ParagraphItem emergency;
    emergency.kind = ItemKind::Penalty;
    emergency.penalty = emergency_break;
    for (ParagraphItem& item : paragraph.items) {
        if (item.kind != ItemKind::Box) {
            result.push_back(std::move(item));
            continue;
        }
        if (!result.empty() && result.back().kind == ItemKind::Box) {
            result.push_back(emergency);
        }
        if (item.width <= width) {
            result.push_back(std::move(item));
            continue;
        }
        // Too wide for any line: pieces between glyph clusters, each at most `width` wide.
        const RunFormat& format = paragraph.formats[static_cast<std::size_t>(item.format)];
        const double scale = format.size / format.units_per_em;
        ParagraphItem piece = item;
        piece.text.clear();
        piece.glyphs.clear();
        piece.width = 0;
        std::size_t piece_start = 0;
        for (std::size_t index = 0; index < item.glyphs.size();) {
            // The glyphs of one cluster stay together.
            std::size_t end = index + 1;
            while (end < item.glyphs.size() &&
                   item.glyphs[end].cluster == item.glyphs[index].cluster) {
                ++end;
            }
            double advance = 0;
            for (std::size_t glyph = index; glyph < end; ++glyph) {
                advance += item.glyphs[glyph].advance * scale;
            }
            const std::size_t cluster = item.glyphs[index].cluster;
            if (!piece.glyphs.empty() && piece.width + advance > width) {
                piece.text = item.text.substr(piece_start, cluster - piece_start);
                result.push_back(piece);
                result.push_back(emergency);
                piece.glyphs.clear();
                piece.width = 0;
                piece_start = cluster;
            }
            for (std::size_t glyph = index; glyph < end; ++glyph) {
                Glyph moved = item.glyphs[glyph];
                moved.cluster -= static_cast<std::uint32_t>(piece_start);
                piece.glyphs.push_back(moved);
            }
            piece.width += advance;
            index = end;
        }
        piece.text = item.text.substr(piece_start);
        result.push_back(std::move(piece));
    }
    paragraph.items = std::move(result);
}

} // namespace stadtsatz::layout
