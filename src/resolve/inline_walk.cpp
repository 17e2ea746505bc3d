#include "resolve/inline_walk.hpp"

namespace stadtsatz::resolve {
namespace {

void walk_inlines(model::Inlines& inlines, const std::function<void(model::Inline&)>& visit) {
    for (auto& run : inlines) {
        visit(run);
        walk_inlines(run.children, visit);
    }
}

} // namespace

void for_each_inline(model::Blocks& blocks, const std::function<void(model::Inline&)>& visit) {
    for (auto& block : blocks) {
        walk_inlines(block.inlines, visit);
        for (auto& item : block.items) {
            for_each_inline(item, visit);
        }
        for_each_inline(block.children, visit);
        if (block.table) {
            for (auto& cell : block.table->header) {
                walk_inlines(cell.content, visit);
            }
            for (auto& row : block.table->rows) {
                for (auto& cell : row) {
                    walk_inlines(cell.content, visit);
                }
            }
        }
        if (block.image) {
            walk_inlines(block.image->caption, visit);
        }
    }
}

void for_each_inline(model::Document& document, const std::function<void(model::Inline&)>& visit) {
    for (auto& chapter : document.chapters) {
        walk_inlines(chapter.title, visit);
        for_each_inline(chapter.blocks, visit);
    }
    for (auto& [id, footnote] : document.footnotes) {
        for_each_inline(footnote.blocks, visit);
    }
}

} // namespace stadtsatz::resolve
