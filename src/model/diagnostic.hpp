#pragma once

#include "model/source_position.hpp"

#include <string>
#include <vector>

namespace stadtsatz::model {

enum class Severity { Error, Warning };

// One message for the editor, always tied to the place that caused it.
struct Diagnostic {
    Severity severity = Severity::Error;
    SourcePosition position;
    std::string message;
};

// The diagnostics a stage collected; stages return these instead of printing.
class Diagnostics {
public:
    void error(SourcePosition position, std::string message);
    void warning(SourcePosition position, std::string message);
    void append(const Diagnostics& other);
    // Diagnostics at file `from` are moved to file `to` (a staged output to its final path).
    void rename_file(const std::string& from, const std::string& to);
    // Keeps the first of diagnostics equal in severity, position and message: editions that
    // share a file report its mistakes once each.
    void remove_repeats();

    bool has_errors() const;
    const std::vector<Diagnostic>& all() const { return items_; }

private:
    std::vector<Diagnostic> items_;
};

// "file:line:column: error: message", the form compilers and editors understand.
std::string format_diagnostic(const Diagnostic& diagnostic);

} // namespace stadtsatz::model
