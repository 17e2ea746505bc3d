#include "resolve/inline_walk.hpp"

namespace stadtsatz::resolve {
void for_each_inline(model::Inlines& inlines, const std::function<void(model::Inline&)>& visit) {
    for (auto& run : inlines) {
        visit(run);
        for_each_inline(run.children, visit);
    }
}

void for_each_inline(model::Blocks& blocks, const std::function<void(model::Inline&)>& visit) {
    for (auto& block : blocks) {
        for_each_inline(block.inlines, visit);
        for (auto& item : block.items) {
            for_each_inline(item, visit);
        }
        for_each_inline(block.children, visit);
        if (block.table) {
            for_each_inline(block.table->caption, visit); // read before the cells
            for (auto& cell : block.table->header) {
                for_each_inline(cell.content, visit);
            }
            for (auto& row : block.table->rows) {
                for (auto& cell : row) {
                    for_each_inline(cell.content, visit);
                }
            }
        }
        if (block.image) {
            for_each_inline(block.image->caption, visit);
        }
        if (block.field_of_action) {
            model::for_each_text(*block.field_of_action,
                                 [&](model::Inlines& text) { for_each_inline(text, visit); });
        }
    }
}

void for_each_inline(model::Document& document, const std::function<void(model::Inline&)>& visit) {
    for (auto& chapter : document.chapters) {
        for_each_inline(chapter.title, visit);
        for_each_inline(chapter.blocks, visit);
    }
    for (auto& [id, footnote] : document.footnotes) {
        for_each_inline(footnote.blocks, visit);
    }
}

} // namespace stadtsatz::resolve
