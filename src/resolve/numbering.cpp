#include "resolve/numbering.hpp"

#include <array>

namespace stadtsatz::resolve {
namespace {

// Headings deeper than this stay unnumbered: a brochure rarely benefits from "3.2.1.4".
constexpr int deepest_numbered_level = 3;

} // namespace

void number_sections(model::Document& document) {
    int chapter_number = 0;
    int field_number = 0;
    for (auto& chapter : document.chapters) {
        if (chapter.numbered) {
            chapter.number = std::to_string(++chapter_number);
        }
        // counters[level] counts headings of that level since the last higher one.
        std::array<int, 7> counters{};
        for (auto& block : chapter.blocks) {
            if (block.kind == model::BlockKind::FieldOfAction) {
                block.field_of_action->number = ++field_number;
                continue;
            }
            // An empty heading ("## ") is a section break without a number.
            if (block.kind != model::BlockKind::Heading || block.level < 2 || block.level > 6 ||
                block.inlines.empty()) {
                continue;
            }
            ++counters[block.level];
            for (int deeper = block.level + 1; deeper < 7; ++deeper) {
                counters[deeper] = 0;
            }
            if (!chapter.numbered || block.level > deepest_numbered_level) {
                continue;
            }
            std::string number = chapter.number;
            for (int level = 2; level <= block.level; ++level) {
                number += "." + std::to_string(counters[level]);
            }
            block.number = number;
        }
    }
}

} // namespace stadtsatz::resolve
