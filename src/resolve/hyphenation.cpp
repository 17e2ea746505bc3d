#include "resolve/hyphenation.hpp"

#include "model/quoted_input.hpp"
#include "resolve/inline_walk.hpp"
#include "text/compound_lexicon.hpp"
#include "text/hyphenator.hpp"

namespace stadtsatz::resolve {
namespace {

model::HyphenationKind model_kind(text::BreakKind kind) {
    switch (kind) {
    case text::BreakKind::CompoundJoint:
        return model::HyphenationKind::CompoundJoint;
    case text::BreakKind::AfterPrefix:
        return model::HyphenationKind::AfterPrefix;
    case text::BreakKind::Syllable:
        return model::HyphenationKind::Syllable;
    }
    return model::HyphenationKind::Syllable;
}

text::HyphenationExceptions exceptions_of(const model::Document& document,
                                          model::Diagnostics& diagnostics) {
    text::HyphenationExceptions exceptions;
    for (const auto& exception : document.hyphenation_exceptions) {
        if (!exceptions.add(exception.entry)) {
            diagnostics.error(exception.position,
                              "Trennausnahme „" + model::quoted_input(exception.entry) +
                                  "“ ist ungültig: erlaubt sind Buchstaben, Apostroph, „-“ "
                                  "(Trennstelle) und „=“ (Wortfuge)");
        }
    }
    return exceptions;
}

// The hyphenation points of a text run (other inlines are left alone).
void hyphenate_run(model::Inline& run, const text::Hyphenator& hyphenator) {
    if (run.kind != model::InlineKind::Text) {
        return;
    }
    run.hyphenation.clear();
    for (const auto& point : text::hyphenate_text(hyphenator, run.text)) {
        run.hyphenation.push_back({point.offset, model_kind(point.kind)});
    }
}

// Every text run, headings included: layout uses a heading's points only for a word wider than
// the line (HyphenationMinima::only_overlong_words), and a browser only when it must.
void hyphenate_blocks(model::Blocks& blocks, const text::Hyphenator& hyphenator) {
    for (auto& block : blocks) {
        auto set_points = [&](model::Inline& run) { hyphenate_run(run, hyphenator); };
        if (block.kind == model::BlockKind::FieldOfAction) {
            model::for_each_text(*block.field_of_action,
                                 [&](model::Inlines& text) { for_each_inline(text, set_points); });
            continue;
        }
        for (auto& item : block.items) {
            hyphenate_blocks(item, hyphenator);
        }
        hyphenate_blocks(block.children, hyphenator);
        for_each_inline(block.inlines, set_points);
        if (block.table) {
            for_each_inline(block.table->caption, set_points);
            for (auto& cell : block.table->header) {
                for_each_inline(cell.content, set_points);
            }
            for (auto& row : block.table->rows) {
                for (auto& cell : row) {
                    for_each_inline(cell.content, set_points);
                }
            }
        }
        if (block.image) {
            for_each_inline(block.image->caption, set_points);
        }
    }
}

} // namespace

void hyphenate_document(model::Document& document, model::Diagnostics& diagnostics) {
    text::HyphenationExceptions exceptions = exceptions_of(document, diagnostics);
    if (!document.style.hyphenate) {
        return;
    }
    const text::Hyphenator hyphenator(text::HyphenationOptions{}, std::move(exceptions));
    for (auto& chapter : document.chapters) {
        for_each_inline(chapter.title, [&](model::Inline& run) { hyphenate_run(run, hyphenator); });
        hyphenate_blocks(chapter.blocks, hyphenator);
    }
    for (auto& [id, footnote] : document.footnotes) {
        hyphenate_blocks(footnote.blocks, hyphenator);
    }
    // Layout and the PDF writers need no lexicon: its pages leave the build's peak memory.
    text::CompoundLexicon::release_german_pages();
}

} // namespace stadtsatz::resolve
