#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/report.hpp"
#include "pipeline/build.hpp"

#include <iostream>

namespace stadtsatz::cli {
namespace {

constexpr const char* check_help = R"(Aufruf: stadtsatz check [INHALTSORDNER] [Optionen]

Prüft Manifest, Kapitel, Ziele und Maßnahmen, Stil und Schriften und durchläuft alle Stufen
bis zum Satz, schreibt aber nichts. Rückgabewert 0 ohne Fehler, 1 mit Fehlern.

Optionen:
  --edition ID   nur diese Ausgabe prüfen
  --help         diese Hilfe
)";

} // namespace

int run_check_command(const std::vector<std::string>& arguments) {
    CommandLine command_line(arguments, {"--edition"});
    if (command_line.flag("--help") || command_line.flag("-h")) {
        std::cout << check_help;
        return exit_success;
    }
    pipeline::BuildOptions options;
    options.edition = command_line.value("--edition");
    options.write = false;
    const auto operands = command_line.rest();
    if (command_line.error() || operands.size() > 1 ||
        (operands.size() == 1 && operands[0].rfind("-", 0) == 0)) {
        std::cerr << "stadtsatz check: "
                  << command_line.error().value_or("unerwartetes Argument: " +
                                                   (operands.empty() ? "" : operands.back()))
                  << "\n(stadtsatz check --help zeigt die Optionen)\n";
        return exit_usage_error;
    }
    options.content_folder = operands.empty() ? STADTSATZ_DEFAULT_CONTENT : operands[0];

    const auto result = pipeline::run_build(options);
    print_diagnostics(result.diagnostics, options.content_folder);
    std::size_t errors = 0;
    std::size_t warnings = 0;
    for (const auto& diagnostic : result.diagnostics.all()) {
        (diagnostic.severity == model::Severity::Error ? errors : warnings)++;
    }
    std::cerr << "stadtsatz check: " << errors << " Fehler, " << warnings << " Warnungen\n";
    return result.succeeded() ? exit_success : exit_content_error;
}

} // namespace stadtsatz::cli
