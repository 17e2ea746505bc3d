#include "model/inline.hpp"

#include <cctype>

namespace stadtsatz::model {

Inline make_text(std::string text, SourcePosition position) {
    Inline run;
    run.kind = InlineKind::Text;
    run.text = std::move(text);
    run.position = std::move(position);
    return run;
}

bool is_external_target(const std::string& target) {
    // RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
    if (target.empty() || !std::isalpha(static_cast<unsigned char>(target[0]))) {
        return false;
    }
    for (char character : target) {
        if (character == ':') {
            return true;
        }
        if (!std::isalnum(static_cast<unsigned char>(character)) && character != '+' &&
            character != '-' && character != '.') {
            return false;
        }
    }
    return false;
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

namespace {

void append_title_text(const Inlines& inlines, std::string& result) {
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
        case InlineKind::Strikethrough:
            break;
        default:
            append_title_text(run.children, result);
            break;
        }
    }
}

} // namespace

std::string title_text(const Inlines& inlines) {
    std::string text;
    append_title_text(inlines, text);
    std::string result;
    result.reserve(text.size());
    for (char character : text) {
        if (character == ' ' && (result.empty() || result.back() == ' ')) {
            continue;
        }
        result += character;
    }
    while (!result.empty() && result.back() == ' ') {
        result.pop_back();
    }
    return result;
}

} // namespace stadtsatz::model
