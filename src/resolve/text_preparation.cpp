#include "resolve/text_preparation.hpp"

#include "text/typography.hpp"

#include <string>
#include <vector>

namespace stadtsatz::resolve {
namespace {

// Whether a link's text is its own address, as autolinks write it ("www.neu-ulm.de" for
// "http://www.neu-ulm.de", "info@neu-ulm.de" for "mailto:info@neu-ulm.de").
bool shows_its_address(const model::Inline& link) {
    const std::string text = model::plain_text(link.children);
    if (text.empty()) {
        return false;
    }
    for (const char* scheme : {"", "mailto:", "http://", "https://"}) {
        if (link.target == scheme + text) {
            return true;
        }
    }
    return false;
}

// The inlines as pieces for the typography, with the text each editable piece goes back to.
class PieceCollector {
public:
    void collect(model::Inlines& inlines, bool verbatim) {
        for (auto& run : inlines) {
            switch (run.kind) {
            case model::InlineKind::Text:
                add(run.text, verbatim ? nullptr : &run.text);
                break;
            case model::InlineKind::Code:
                add(run.text, nullptr);
                break;
            case model::InlineKind::SoftBreak:
            case model::InlineKind::LineBreak:
                add(" ", nullptr); // a space for the rules, left as it is in the model
                break;
            case model::InlineKind::FootnoteReference:
                break; // invisible to the rules: „Zitat“[^1] reads as „Zitat“
            case model::InlineKind::Link:
                collect(run.children, verbatim || shows_its_address(run));
                break;
            default:
                collect(run.children, verbatim);
                break;
            }
        }
    }

    void apply() {
        if (pieces_.empty()) {
            return;
        }
        const std::vector<std::string> result = text::apply_german_typography(pieces_);
        for (std::size_t index = 0; index < targets_.size(); ++index) {
            if (targets_[index] != nullptr) {
                *targets_[index] = result[index];
            }
        }
    }

private:
    void add(const std::string& text, std::string* target) {
        pieces_.push_back({text, target == nullptr});
        targets_.push_back(target);
    }

    std::vector<text::TypographyPiece> pieces_;
    std::vector<std::string*> targets_; // parallel to pieces_; null for verbatim pieces
};

void prepare_string(std::string& text) {
    text = text::apply_german_typography(text);
}

void prepare_blocks(model::Blocks& blocks);

void prepare_field_of_action(model::FieldOfAction& field) {
    prepare_string(field.title);
    model::for_each_text(field, [](model::Inlines& text) { prepare_inlines(text); });
    for (auto& goal : field.goals) {
        for (auto& measure : goal.measures) {
            prepare_string(measure.title);
            prepare_string(measure.lead_office);
            for (auto& partner : measure.partners) {
                prepare_string(partner);
            }
            for (auto& indicator : measure.indicators) {
                prepare_string(indicator.unit);
            }
        }
    }
}

void prepare_block(model::Block& block) {
    switch (block.kind) {
    case model::BlockKind::CodeBlock:
    case model::BlockKind::ThematicBreak:
        return; // verbatim, or no text
    default:
        break;
    }
    prepare_inlines(block.inlines);
    for (auto& item : block.items) {
        prepare_blocks(item);
    }
    prepare_blocks(block.children);
    if (block.table) {
        prepare_inlines(block.table->caption);
        for (auto& cell : block.table->header) {
            prepare_inlines(cell.content);
        }
        for (auto& row : block.table->rows) {
            for (auto& cell : row) {
                prepare_inlines(cell.content);
            }
        }
    }
    if (block.image) {
        prepare_string(block.image->alt);
        prepare_inlines(block.image->caption);
    }
    if (block.field_of_action) {
        prepare_field_of_action(*block.field_of_action);
    }
}

void prepare_blocks(model::Blocks& blocks) {
    for (auto& block : blocks) {
        prepare_block(block);
    }
}

void prepare_metadata(model::Metadata& metadata) {
    for (std::string* text : {&metadata.title, &metadata.subtitle, &metadata.publisher,
                              &metadata.author, &metadata.subject, &metadata.sample_notice}) {
        prepare_string(*text);
    }
    for (auto& line : metadata.imprint_lines) {
        prepare_string(line);
    }
}

} // namespace

void prepare_inlines(model::Inlines& inlines) {
    PieceCollector collector;
    collector.collect(inlines, false);
    collector.apply();
}

void prepare_text(model::Document& document) {
    if (!document.style.typography) {
        return;
    }
    prepare_metadata(document.metadata);
    prepare_string(document.edition_title);
    for (auto& chapter : document.chapters) {
        prepare_inlines(chapter.title);
        prepare_blocks(chapter.blocks);
    }
    for (auto& [id, footnote] : document.footnotes) {
        prepare_blocks(footnote.blocks);
    }
}

} // namespace stadtsatz::resolve
