#pragma once

#include <optional>
#include <string>
#include <vector>

namespace stadtsatz::cli {

// The words after the subcommand, split into options ("--out DIR", "--timings") and operands.
class CommandLine {
public:
    CommandLine(std::vector<std::string> arguments, std::vector<std::string> options_with_value);

    bool flag(const std::string& name);                        // consumes "--name"
    std::optional<std::string> value(const std::string& name); // consumes "--name V" / "--name=V"
    // Everything not consumed; an unknown "--option" here is a usage error.
    std::vector<std::string> rest() const;
    std::optional<std::string> error() const { return error_; }

    // After every known option was consumed: the usage problem in the remaining words, if any
    // ("unbekannte Option --edtion – meinten Sie --edition?", "unerwartetes Argument: x"), given
    // the options the command knows and how many operands it takes at most.
    std::optional<std::string> usage_problem(const std::vector<std::string>& known_options,
                                             std::size_t maximum_operands) const;

private:
    std::vector<std::string> arguments_;
    std::vector<bool> consumed_;
    std::optional<std::string> error_;
};

// The candidate nearest to `word` by edit distance, if it is close enough to be a typing
// mistake (at most a third of the word's length, at least one edit).
std::optional<std::string> closest_word(const std::string& word,
                                        const std::vector<std::string>& candidates);

} // namespace stadtsatz::cli
