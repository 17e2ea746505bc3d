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

namespace {

// The characters of `inlines` as plain_text reads them; struck-through runs only with
// `keep_struck`.
void append_text(const Inlines& inlines, bool keep_struck, std::string& result) {
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
        case InlineKind::Strikethrough:
            if (keep_struck) {
                append_text(run.children, keep_struck, result);
            }
            break;
        default:
            append_text(run.children, keep_struck, result);
            break;
        }
    }
}

} // namespace

std::string plain_text(const Inlines& inlines) {
    std::string result;
    append_text(inlines, true, result);
    return result;
}

std::string title_text(const Inlines& inlines) {
    std::string text;
    append_text(inlines, false, text);
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
