#include "model/inline.hpp"

namespace stadtsatz::model {

Inline make_text(std::string text, SourcePosition position) {
    Inline run;
    run.kind = InlineKind::Text;
    run.text = std::move(text);
    run.position = std::move(position);
    return run;
}

std::string plain_text(const Inlines& inlines) {
    std::string result;
    for (const auto& run : inlines) {
        switch (run.kind) {
        case InlineKind::Text:
        case InlineKind::Code:
            result += run.text;
            break;
        case InlineKind::SoftBreak:
        case InlineKind::LineBreak:
            result += ' ';
            break;
        case InlineKind::FootnoteReference:
            break;
        default:
            result += plain_text(run.children);
            break;
        }
    }
    return result;
}

} // namespace stadtsatz::model
