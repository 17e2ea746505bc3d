#include "cli/build_invocation.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/content_folder.hpp"
#include "cli/output_marker.hpp"
#include "cli/report.hpp"
#include "pipeline/build.hpp"
#include "plain_language/readability_table.hpp"

#include <iostream>

namespace stadtsatz::cli {
namespace {

constexpr const char* build_help = R"(Aufruf: stadtsatz build [INHALTSORDNER] [Optionen]

Setzt die Publikation aus INHALTSORDNER und schreibt je Ausgabe nach AUSGABEORDNER/<ausgabe>/:
  <name>-druck.pdf   Druck-PDF (CMYK, 3 mm Beschnitt, TrimBox/BleedBox)
  <name>.pdf         Bildschirm-PDF (RGB, zum Herunterladen)
  html/              barrierearme Webfassung

Ohne INHALTSORDNER: content/ im aktuellen Ordner oder im nächsten übergeordneten Ordner,
der content/publikation.xml enthält. styles/ und fonts/ liegen neben dem Inhaltsordner.

Optionen:
  --out ORDNER         Ausgabeordner (Vorgabe: out/ neben dem Inhaltsordner)
  --edition ID         nur diese Ausgabe (z. B. standard)
  --format F[,F…]      print, screen, html (Vorgabe: alle drei); mehrfach möglich
  --timings            Dauer jeder Stufe und Spitzenspeicher ausgeben
  --ueberschreiben     auch in einen Ausgabeordner schreiben, der die Ausgaben einer anderen
                       Publikation enthält (out/.stadtsatz-publikation nennt sie)
  --help               diese Hilfe

Bei Fehlern im Inhalt: Meldungen als datei:zeile:spalte: error: …, Rückgabewert 1, und die
Dateien eines früheren erfolgreichen Laufs bleiben unverändert.
)";

} // namespace

int run_build_command(const std::vector<std::string>& arguments) {
    CommandLine command_line(arguments, {"--out", "--edition", "--format"});
    if (command_line.flag("--help") || command_line.flag("-h")) {
        std::cout << build_help;
        return exit_success;
    }
    pipeline::BuildOptions options;
    const auto out = command_line.value("--out");
    options.edition = command_line.value("--edition");
    const bool timings = command_line.flag("--timings");
    const bool overwrite = command_line.flag("--ueberschreiben");
    if (!parse_formats(command_line, options, "build")) {
        return exit_usage_error;
    }
    if (auto problem = command_line.usage_problem(
            {"--out", "--edition", "--format", "--timings", "--ueberschreiben", "--help"}, 1)) {
        std::cerr << "stadtsatz build: " << *problem
                  << "\n(stadtsatz build --help zeigt die Optionen)\n";
        return exit_usage_error;
    }
    const auto operands = command_line.rest();
    const auto content_folder = locate_content_folder(
        operands.empty() ? std::nullopt : std::optional<std::string>(operands[0]), "build");
    if (!content_folder) {
        return exit_content_error;
    }
    options.content_folder = *content_folder;
    options.out_folder = output_folder_for(out, *content_folder);
    std::cout << "Baue " << content_folder->string() << " …" << std::endl;
    if (options.edition && !edition_is_known(*content_folder, *options.edition, "build")) {
        return exit_content_error;
    }
    if (!overwrite) {
        if (auto owner = foreign_publication(options.out_folder, *content_folder)) {
            print_foreign_output_refusal("build", options.out_folder, *owner);
            return exit_content_error;
        }
    }

    const auto result = pipeline::run_build(options);
    print_diagnostics(result.diagnostics, options.content_folder);
    if (timings) {
        print_timings(result.timings);
    }
    if (!result.succeeded()) {
        std::cerr << "stadtsatz build: abgebrochen, nichts geschrieben.\n";
        return exit_content_error;
    }
    claim_output_folder(options.out_folder, *content_folder);
    for (const auto& output : result.outputs) {
        std::cout << "geschrieben: " << output.string() << '\n';
    }
    for (const auto& edition : result.readability) {
        std::cout << '\n' << plain_language::readability_table(edition);
    }
    return exit_success;
}

} // namespace stadtsatz::cli
