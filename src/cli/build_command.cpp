#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/report.hpp"
#include "pipeline/build.hpp"

#include <iostream>
#include <sstream>

namespace stadtsatz::cli {
namespace {

constexpr const char* build_help = R"(Aufruf: stadtsatz build [INHALTSORDNER] [Optionen]

Setzt die Publikation aus INHALTSORDNER (Vorgabe: content/ des Stadtsatz-Ordners) und schreibt
je Ausgabe nach AUSGABEORDNER/<ausgabe>/:
  <name>-druck.pdf   Druck-PDF (CMYK, 3 mm Beschnitt, TrimBox/BleedBox)
  <name>.pdf         Bildschirm-PDF (RGB, zum Herunterladen)
  html/              barrierearme Webfassung

Optionen:
  --out ORDNER         Ausgabeordner (Vorgabe: out)
  --edition ID         nur diese Ausgabe (z. B. standard)
  --format F[,F…]      print, screen, html (Vorgabe: alle drei); mehrfach möglich
  --timings            Dauer jeder Stufe und Spitzenspeicher ausgeben
  --help               diese Hilfe

Bei Fehlern im Inhalt: Meldungen als datei:zeile:spalte: error: …, Rückgabewert 1, und die
Dateien eines früheren erfolgreichen Laufs bleiben unverändert.
)";

// "print,html" and repeated --format options into the set of formats.
bool parse_formats(CommandLine& command_line, pipeline::BuildOptions& options) {
    bool any = false;
    std::set<pipeline::OutputFormat> formats;
    while (auto value = command_line.value("--format")) {
        any = true;
        std::stringstream list(*value);
        std::string name;
        while (std::getline(list, name, ',')) {
            if (name == "print") {
                formats.insert(pipeline::OutputFormat::Print);
            } else if (name == "screen") {
                formats.insert(pipeline::OutputFormat::Screen);
            } else if (name == "html") {
                formats.insert(pipeline::OutputFormat::Html);
            } else {
                std::cerr << "stadtsatz build: unbekanntes Format „" << name
                          << "“ (erlaubt: print, screen, html)\n";
                return false;
            }
        }
    }
    if (any) {
        options.formats = formats;
    }
    return true;
}

} // namespace

int run_build_command(const std::vector<std::string>& arguments) {
    CommandLine command_line(arguments, {"--out", "--edition", "--format"});
    if (command_line.flag("--help") || command_line.flag("-h")) {
        std::cout << build_help;
        return exit_success;
    }
    pipeline::BuildOptions options;
    options.out_folder = command_line.value("--out").value_or("out");
    options.edition = command_line.value("--edition");
    const bool timings = command_line.flag("--timings");
    if (!parse_formats(command_line, options)) {
        return exit_usage_error;
    }
    const auto operands = command_line.rest();
    if (command_line.error() || operands.size() > 1 ||
        (operands.size() == 1 && operands[0].rfind("-", 0) == 0)) {
        std::cerr << "stadtsatz build: "
                  << command_line.error().value_or("unerwartetes Argument: " +
                                                   (operands.empty() ? "" : operands.back()))
                  << "\n(stadtsatz build --help zeigt die Optionen)\n";
        return exit_usage_error;
    }
    options.content_folder = operands.empty() ? STADTSATZ_DEFAULT_CONTENT : operands[0];

    const auto result = pipeline::run_build(options);
    print_diagnostics(result.diagnostics, options.content_folder);
    if (timings) {
        print_timings(result.timings);
    }
    if (!result.succeeded()) {
        std::cerr << "stadtsatz build: abgebrochen, nichts geschrieben.\n";
        return exit_content_error;
    }
    for (const auto& output : result.outputs) {
        std::cout << "geschrieben: " << output.string() << '\n';
    }
    return exit_success;
}

} // namespace stadtsatz::cli
