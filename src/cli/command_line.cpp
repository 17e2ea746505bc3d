#include "cli/command_line.hpp"

#include "model/suggestions.hpp"

#include <algorithm>

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

std::optional<std::string> CommandLine::usage_problem(const std::vector<std::string>& known_options,
                                                      std::size_t maximum_operands) const {
    if (error_) {
        return error_;
    }
    std::vector<std::string> operands;
    for (std::size_t index = 0; index < arguments_.size(); ++index) {
        if (consumed_[index]) {
            continue;
        }
        const std::string& word = arguments_[index];
        if (word.size() > 1 && word[0] == '-') {
            const std::string name = word.substr(0, word.find('='));
            std::string message = "unbekannte Option " + name;
            if (auto suggestion = closest_word(name, known_options)) {
                message += " – meinten Sie " + *suggestion + "?";
            }
            return message;
        }
        operands.push_back(word);
    }
    if (operands.size() > maximum_operands) {
        return "unerwartetes Argument: " + operands[maximum_operands];
    }
    return std::nullopt;
}

std::optional<std::string> closest_word(const std::string& word,
                                        const std::vector<std::string>& candidates) {
    return model::closest_match(word, candidates);
}

} // namespace stadtsatz::cli
