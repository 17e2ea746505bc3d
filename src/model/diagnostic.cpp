#include "model/diagnostic.hpp"

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

bool Diagnostics::has_errors() const {
    for (const auto& item : items_) {
        if (item.severity == Severity::Error) {
            return true;
        }
    }
    return false;
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
    const auto& position = diagnostic.position;
    std::string text = position.file.empty() ? std::string("stadtsatz") : position.file;
    // Editors jump to file:line:column; a missing part still leaves a usable prefix.
    text += ":" + std::to_string(position.line > 0 ? position.line : 1);
    text += ":" + std::to_string(position.column > 0 ? position.column : 1);
    text += diagnostic.severity == Severity::Error ? ": error: " : ": warning: ";
    text += diagnostic.message;
    return text;
}

} // namespace stadtsatz::model
