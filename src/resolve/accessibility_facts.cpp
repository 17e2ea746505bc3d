#include "resolve/accessibility_facts.hpp"

namespace stadtsatz::resolve {
namespace {

class FactCounter {
public:
    explicit FactCounter(AccessibilityFacts& facts) : facts_(facts) {}

    // A chapter starts below its title, which is level 1.
    void chapter(const model::Chapter& chapter) {
        inlines(chapter.title);
        last_heading_level_ = 1;
        blocks(chapter.blocks);
    }

    void blocks(const model::Blocks& list) {
        for (const auto& block : list) {
            if (block.kind == model::BlockKind::Heading) {
                facts_.skipped_heading_levels += block.level > last_heading_level_ + 1 ? 1 : 0;
                last_heading_level_ = block.level;
            } else if (block.kind == model::BlockKind::FieldOfAction) {
                last_heading_level_ = 4; // its own heading, goals and measures: levels 2 to 4
            }
            inlines(block.inlines);
            for (const auto& item : block.items) {
                blocks(item);
            }
            blocks(block.children);
            if (block.table) {
                table(*block.table);
            }
            if (block.image) {
                ++facts_.figures;
                facts_.figures_with_alt += block.image->alt.empty() ? 0 : 1;
                inlines(block.image->caption);
            }
        }
    }

    void inlines(const model::Inlines& list) {
        for (const auto& run : list) {
            if (run.kind == model::InlineKind::Link && !model::is_external_target(run.target)) {
                ++facts_.internal_links;
            }
            inlines(run.children);
        }
    }

private:
    void table(const model::Table& table) {
        ++facts_.tables;
        facts_.tables_with_header += table.header.empty() ? 0 : 1;
        facts_.tables_with_caption += table.caption.empty() ? 0 : 1;
        inlines(table.caption);
        for (const auto& cell : table.header) {
            inlines(cell.content);
        }
        for (const auto& row : table.rows) {
            for (const auto& cell : row) {
                inlines(cell.content);
            }
        }
    }

    AccessibilityFacts& facts_;
    int last_heading_level_ = 1;
};

} // namespace

AccessibilityFacts count_accessibility_facts(const model::Document& document) {
    AccessibilityFacts facts;
    FactCounter counter(facts);
    for (const auto& chapter : document.chapters) {
        counter.chapter(chapter);
    }
    for (const auto& [id, footnote] : document.footnotes) {
        counter.blocks(footnote.blocks);
    }
    return facts;
}

} // namespace stadtsatz::resolve
