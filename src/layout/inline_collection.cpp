#include "layout/inline_collection.hpp"

#include "layout/utf8.hpp"

namespace stadtsatz::layout {
namespace {

// The formatting in effect while walking nested inlines.
struct InlineState {
    bool bold = false;
    bool italic = false;
    bool strike = false;
    std::string link;
};

bool same_format(const RunFormat& left, const RunFormat& right) {
    return left.font_file == right.font_file && left.size == right.size &&
           left.colour.rgb == right.colour.rgb && left.colour.cmyk == right.colour.cmyk &&
           left.rise == right.rise && left.strike == right.strike && left.link == right.link &&
           left.footnote == right.footnote && left.source.block == right.source.block &&
           left.source.inline_node == right.source.inline_node &&
           left.source.measure == right.source.measure;
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
    glue.stretch = space_width * 0.6;
    glue.shrink = space_width * 0.3;
    paragraph.items.push_back(glue);
}

void add_box(Paragraph& paragraph, const std::string& text, int format, FontMetrics& metrics) {
    if (text.empty()) {
        return;
    }
    const RunFormat& run = paragraph.formats[static_cast<std::size_t>(format)];
    const double width = metrics.width(run.font_file, text, run.size);
    if (!paragraph.items.empty() && paragraph.items.back().kind == ItemKind::Box &&
        paragraph.items.back().format == format) {
        paragraph.items.back().text += text;
        paragraph.items.back().width += width;
        return;
    }
    ParagraphItem box;
    box.kind = ItemKind::Box;
    box.width = width;
    box.text = text;
    box.format = format;
    paragraph.items.push_back(box);
}

void add_penalty(Paragraph& paragraph, double cost, bool flagged, int format,
                 FontMetrics& metrics) {
    ParagraphItem penalty;
    penalty.kind = ItemKind::Penalty;
    penalty.penalty = cost;
    penalty.flagged = flagged;
    if (flagged) {
        const RunFormat& run = paragraph.formats[static_cast<std::size_t>(format)];
        penalty.text = "-";
        penalty.width = metrics.width(run.font_file, penalty.text, run.size);
        penalty.format = format;
    }
    paragraph.items.push_back(penalty);
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
    Collector(Paragraph& paragraph, const TextFormat& base, const model::Block* block,
              LayoutContext& context)
        : paragraph_(paragraph), base_(base), block_(block), context_(context) {}

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
        format.size = code ? base_.size * 0.9 : base_.size;
        format.colour = state.link.empty() ? base_.colour : context_.colour("accent");
        format.strike = state.strike;
        format.link = state.link;
        format.source = {block_, &node, nullptr};
        return format;
    }

    void text(const model::Inline& node, const InlineState& state, bool code) {
        const RunFormat format = format_for(node, state, code);
        context_.check_glyphs(format.font_file, node.text, node.position);
        const double space = context_.metrics.width(format.font_file, " ", base_.size);
        append_text(paragraph_, node.text, format, context_, space, node.hyphenation);
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
            const int index = add_format(paragraph_, format);
            add_box(paragraph_, std::to_string(node.number), index, context_.metrics);
            break;
        }
        }
    }

    Paragraph& paragraph_;
    TextFormat base_;
    const model::Block* block_;
    LayoutContext& context_;
};

} // namespace

void append_text(Paragraph& paragraph, const std::string& text, const RunFormat& format,
                 LayoutContext& context, double space_width,
                 const std::vector<model::HyphenationPoint>& hyphenation) {
    const int index = add_format(paragraph, format);
    const std::u32string characters = decode_utf8(text);
    std::u32string word;
    int letters_in_word = 0;
    auto flush = [&] {
        add_box(paragraph, encode_utf8(word), index, context.metrics);
        word.clear();
    };
    auto next_point = hyphenation.begin();
    std::size_t byte_offset = 0; // of `character` in `text`, to meet the hyphenation points
    for (std::size_t position = 0; position < characters.size();
         byte_offset += utf8_length(characters[position]), ++position) {
        const char32_t character = characters[position];
        while (next_point != hyphenation.end() && next_point->offset < byte_offset) {
            ++next_point;
        }
        if (next_point != hyphenation.end() && next_point->offset == byte_offset && !word.empty()) {
            flush();
            add_penalty(paragraph, hyphenation_penalty(next_point->kind), true, index,
                        context.metrics);
        }
        if (is_space(character)) {
            flush();
            letters_in_word = 0;
            add_glue(paragraph, space_width);
        } else if (character == 0xAD) {
            flush();
            add_penalty(paragraph, soft_hyphen_penalty, true, index, context.metrics);
        } else {
            word.push_back(character);
            letters_in_word += is_letter(character) ? 1 : 0;
            const bool hyphen = character == U'-' || character == 0x2010;
            const bool letter_follows = position + 2 < characters.size() &&
                                        is_letter(characters[position + 1]) &&
                                        is_letter(characters[position + 2]);
            if (hyphen && letters_in_word >= 2 && letter_follows) {
                flush(); // "Neu-Ulmer" may break after the explicit hyphen
                add_penalty(paragraph, 100, false, index, context.metrics);
                letters_in_word = 0;
            }
        }
    }
    flush();
}

void collect_inlines_into(Paragraph& paragraph, const model::Inlines& inlines,
                          const TextFormat& base, const model::Block* block,
                          LayoutContext& context) {
    Collector collector(paragraph, base, block, context);
    InlineState state;
    state.bold = base.bold;
    state.italic = base.italic;
    collector.walk(inlines, state);
}

Paragraph collect_inlines(const model::Inlines& inlines, const TextFormat& base,
                          const model::Block* block, LayoutContext& context) {
    Paragraph paragraph;
    collect_inlines_into(paragraph, inlines, base, block, context);
    finish_paragraph(paragraph);
    return paragraph;
}

void finish_paragraph(Paragraph& paragraph) {
    while (!paragraph.items.empty() && paragraph.items.back().kind == ItemKind::Glue) {
        paragraph.items.pop_back();
    }
    add_forced_break(paragraph);
}

void allow_emergency_breaks(Paragraph& paragraph, double width, FontMetrics& metrics) {
    std::vector<ParagraphItem> result;
    result.reserve(paragraph.items.size());
    ParagraphItem emergency;
    emergency.kind = ItemKind::Penalty;
    emergency.penalty = emergency_break;
    for (const ParagraphItem& item : paragraph.items) {
        if (item.kind != ItemKind::Box) {
            result.push_back(item);
            continue;
        }
        if (!result.empty() && result.back().kind == ItemKind::Box) {
            result.push_back(emergency);
        }
        if (item.width <= width) {
            result.push_back(item);
            continue;
        }
        const RunFormat& format = paragraph.formats[static_cast<std::size_t>(item.format)];
        ParagraphItem piece = item;
        piece.text.clear();
        piece.width = 0;
        for (const char32_t character : decode_utf8(item.text)) {
            const double advance = metrics.advance(format.font_file, character, format.size);
            if (!piece.text.empty() && piece.width + advance > width) {
                result.push_back(piece);
                result.push_back(emergency);
                piece.text.clear();
                piece.width = 0;
            }
            append_utf8(piece.text, character);
            piece.width += advance;
        }
        result.push_back(piece);
    }
    paragraph.items = std::move(result);
}

} // namespace stadtsatz::layout
