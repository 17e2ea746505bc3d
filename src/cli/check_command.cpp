#include "cli/build_invocation.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/content_folder.hpp"
#include "cli/report.hpp"
#include "pipeline/build.hpp"

#include <iostream>

namespace stadtsatz::cli {
namespace {

constexpr const char* check_help = R"(Aufruf: stadtsatz check [INHALTSORDNER] [Optionen]

Prüft Manifest, Kapitel, Ziele und Maßnahmen, Stil und Schriften und durchläuft alle Stufen
bis zum Satz, schreibt aber nichts. Rückgabewert 0 ohne Fehler, 1 mit Fehlern.
Ohne INHALTSORDNER: content/ im aktuellen oder im nächsten übergeordneten Ordner.

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
    if (auto problem = command_line.usage_problem({"--edition", "--help"}, 1)) {
        std::cerr << "stadtsatz check: " << *problem
                  << "\n(stadtsatz check --help zeigt die Optionen)\n";
        return exit_usage_error;
    }
    const auto operands = command_line.rest();
    const auto content_folder = locate_content_folder(
        operands.empty() ? std::nullopt : std::optional<std::string>(operands[0]), "check");
    if (!content_folder) {
        return exit_content_error;
    }
    options.content_folder = *content_folder;
    if (options.edition && !edition_is_known(*content_folder, *options.edition, "check")) {
        return exit_content_error;
    }

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
