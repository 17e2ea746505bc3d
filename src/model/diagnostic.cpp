#include "model/diagnostic.hpp"

#include <set>
#include <tuple>

namespace stadtsatz::model {

void Diagnostics::error(SourcePosition position, std::string message) {
    items_.push_back({Severity::Error, std::move(position), std::move(message)});
}

void Diagnostics::warning(SourcePosition position, std::string message) {
    items_.push_back({Severity::Warning, std::move(position), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

void Diagnostics::remove_repeats() {
    using Key = std::tuple<Severity, std::string, int, int, std::string>;
    std::set<Key> seen;
    std::vector<Diagnostic> kept;
    for (Diagnostic& item : items_) {
        const auto& where = item.position;
        if (seen.emplace(item.severity, where.file, where.line, where.column, item.message)
                .second) {
            kept.push_back(std::move(item));
        }
    }
    items_ = std::move(kept);
}

void Diagnostics::rename_file(const std::string& from, const std::string& to) {
    for (Diagnostic& item : items_) {
        if (item.position.file == from) {
            item.position.file = to;
        }
    }
}

bool Diagnostics::has_errors() const {
    for (const auto& item : items_) {
        if (item.severity == Severity::Error) {
            return true;
        }
    }
    return false;
}

namespace {

// Messages quote the editor's input, which may be broken; the terminal gets valid UTF-8 with
// U+FFFD in place of every byte that is not part of a well-formed sequence.
std::string valid_utf8(const std::string& text) {
    std::string result;
    result.reserve(text.size());
    std::size_t index = 0;
    while (index < text.size()) {
        const auto lead = static_cast<unsigned char>(text[index]);
        std::size_t length = lead < 0x80           ? 1
                             : (lead >> 5) == 0x6  ? 2
                             : (lead >> 4) == 0xE  ? 3
                             : (lead >> 3) == 0x1E ? 4
                                                   : 0;
        bool well_formed =
            length > 0 && index + length <= text.size() && (lead < 0xC0 || lead >= 0xC2);
        for (std::size_t next = 1; well_formed && next < length; ++next) {
            well_formed = (static_cast<unsigned char>(text[index + next]) & 0xC0) == 0x80;
        }
        if (well_formed) {
            result.append(text, index, length);
            index += length;
        } else {
            result += "\xEF\xBF\xBD";
            ++index;
        }
    }
    return result;
}

} // namespace

std::string format_diagnostic(const Diagnostic& diagnostic) {
    const auto& position = diagnostic.position;
    std::string text = position.file.empty() ? std::string("stadtsatz") : position.file;
    // Editors jump to file:line:column; a missing part still leaves a usable prefix.
    text += ":" + std::to_string(position.line > 0 ? position.line : 1);
    text += ":" + std::to_string(position.column > 0 ? position.column : 1);
    text += diagnostic.severity == Severity::Error ? ": error: " : ": warning: ";
    text += diagnostic.message;
    return valid_utf8(text);
}

} // namespace stadtsatz::model
