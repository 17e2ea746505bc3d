#pragma once

// Small builders for documents in unit tests, shared by the tests of every stage.

#include "model/document.hpp"

#include <memory>
#include <string>

namespace stadtsatz::test {

inline model::Inline link(std::string target, std::string text,
                          model::SourcePosition position = {}) {
    model::Inline run;
    run.kind = model::InlineKind::Link;
    run.target = std::move(target);
    run.children = {model::make_text(std::move(text))};
    run.position = std::move(position);
    return run;
}

inline model::Inline footnote_call(std::string id, int number = 0) {
    model::Inline run;
    run.kind = model::InlineKind::FootnoteReference;
    run.target = std::move(id);
    run.number = number;
    return run;
}

inline model::Block paragraph_of(model::Inlines inlines) {
    model::Block block;
    block.kind = model::BlockKind::Paragraph;
    block.inlines = std::move(inlines);
    return block;
}

inline model::Block heading_of(int level, std::string text, std::string id,
                               std::string number = "") {
    model::Block block;
    block.kind = model::BlockKind::Heading;
    block.level = level;
    block.inlines = {model::make_text(std::move(text))};
    block.id = std::move(id);
    block.number = std::move(number);
    return block;
}

inline model::Chapter chapter_of(std::string id, std::string title, std::string file,
                                 std::string number = "") {
    model::Chapter chapter;
    chapter.id = std::move(id);
    chapter.title = {model::make_text(std::move(title))};
    chapter.position = {std::move(file), 1, 1};
    chapter.number = std::move(number);
    return chapter;
}

inline model::Block field_of_action_block(std::shared_ptr<model::FieldOfAction> field) {
    model::Block block;
    block.kind = model::BlockKind::FieldOfAction;
    block.field_of_action = std::move(field);
    return block;
}

} // namespace stadtsatz::test
