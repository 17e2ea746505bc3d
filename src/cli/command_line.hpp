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

private:
    std::vector<std::string> arguments_;
    std::vector<bool> consumed_;
    std::optional<std::string> error_;
};

} // namespace stadtsatz::cli
