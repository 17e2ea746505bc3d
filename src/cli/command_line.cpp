#include "cli/command_line.hpp"

namespace stadtsatz::cli {

CommandLine::CommandLine(std::vector<std::string> arguments,
                         std::vector<std::string> options_with_value)
    : arguments_(std::move(arguments)), consumed_(arguments_.size(), false) {
    // A value option as the last word has no value: report it instead of guessing.
    if (!arguments_.empty()) {
        for (const auto& name : options_with_value) {
            if (arguments_.back() == name) {
                error_ = "Option " + name + " braucht einen Wert";
            }
        }
    }
}

bool CommandLine::flag(const std::string& name) {
    bool found = false;
    for (std::size_t index = 0; index < arguments_.size(); ++index) {
        if (!consumed_[index] && arguments_[index] == name) {
            consumed_[index] = true;
            found = true;
        }
    }
    return found;
}

std::optional<std::string> CommandLine::value(const std::string& name) {
    std::optional<std::string> found;
    for (std::size_t index = 0; index < arguments_.size(); ++index) {
        if (consumed_[index]) {
            continue;
        }
        const std::string& word = arguments_[index];
        if (word == name && index + 1 < arguments_.size()) {
            consumed_[index] = consumed_[index + 1] = true;
            found = arguments_[index + 1];
            ++index;
        } else if (word.rfind(name + "=", 0) == 0) {
            consumed_[index] = true;
            found = word.substr(name.size() + 1);
        }
    }
    return found;
}

std::vector<std::string> CommandLine::rest() const {
    std::vector<std::string> result;
    for (std::size_t index = 0; index < arguments_.size(); ++index) {
        if (!consumed_[index]) {
            result.push_back(arguments_[index]);
        }
    }
    return result;
}

} // namespace stadtsatz::cli
