#include "pdf/link_targets.hpp"

#include <cctype>

namespace stadtsatz::pdf {

bool is_external(const std::string& target) {
    const auto colon = target.find(':');
    if (colon == std::string::npos || colon == 0) {
        return false;
    }
    for (std::size_t index = 0; index < colon; ++index) {
        const char character = target[index];
        const bool scheme_character = std::isalnum(static_cast<unsigned char>(character)) ||
                                      character == '+' || character == '-' || character == '.';
        if (!scheme_character) {
            return false;
        }
    }
    return true;
}

std::string anchor_of(const std::string& target, const model::Document& document) {
    const auto hash = target.find('#');
    if (hash != std::string::npos) {
        return target.substr(hash + 1);
    }
    for (const model::Chapter& chapter : document.chapters) {
        const std::string& file = chapter.position.file;
        if (!target.empty() && file.size() >= target.size() &&
            file.compare(file.size() - target.size(), target.size(), target) == 0) {
            return chapter.id;
        }
    }
    return {};
}

} // namespace stadtsatz::pdf
