#include "resolve/toc.hpp"

namespace stadtsatz::resolve {

std::string field_of_action_heading(const model::FieldOfAction& field) {
    return "Handlungsfeld " + std::to_string(field.number) + ": " + field.title;
}

std::vector<model::TocEntry> build_toc(const model::Document& document) {
    std::vector<model::TocEntry> toc;
    for (const auto& chapter : document.chapters) {
        toc.push_back(
            {1, chapter.number, model::title_text(chapter.title), chapter.id, chapter.id});
        for (const auto& block : chapter.blocks) {
            if (block.kind == model::BlockKind::Heading && block.level >= 2 && block.level <= 3 &&
                !block.inlines.empty()) { // an empty heading ("## ") has no entry
                toc.push_back({block.level, block.number, model::title_text(block.inlines),
                               block.id, chapter.id});
            } else if (block.kind == model::BlockKind::FieldOfAction) {
                const auto& field = *block.field_of_action;
                toc.push_back({2, "", field_of_action_heading(field), field.id, chapter.id});
            }
        }
    }
    return toc;
}

} // namespace stadtsatz::resolve
