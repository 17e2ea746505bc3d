#include "cli/command_line.hpp"
#include "cli/commands.hpp"

#include <exception>
#include <iostream>
#include <malloc.h>
#include <string>
#include <vector>

namespace {

constexpr const char* main_help = R"(Stadtsatz – Publikationen für Kommunen aus Markdown und XML

Aufruf: stadtsatz <befehl> [optionen]

Befehle:
  build      Druck-PDF, Bildschirm-PDF und Webfassung erzeugen (Vorgabe)
  check      alles prüfen, nichts schreiben
  watch      bei jeder gespeicherten Änderung neu bauen, auf Wunsch mit Vorschau im Browser
  init       eine neue Publikation in einem neuen Ordner anlegen
  hyphenate  Wörter von der Standardeingabe trennen (eines je Zeile)
  lint       Texte auf Leichte oder Einfache Sprache prüfen, Lesbarkeitswerte ausgeben

stadtsatz <befehl> --help zeigt die Optionen eines Befehls; stadtsatz --version die Version.
)";

} // namespace

int main(int argc, char** argv) {
    using namespace stadtsatz::cli;
    // Large buffers (pictures, streams) go straight back to the system when freed. glibc
    // otherwise raises this threshold after the first such free and keeps later ones in its
    // heaps, so a build's peak memory would grow by what a picture once took.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    std::vector<std::string> arguments(argv + 1, argv + argc);
    try {
        if (arguments.empty() || arguments[0].rfind("-", 0) == 0) {
            if (!arguments.empty() && (arguments[0] == "--help" || arguments[0] == "-h")) {
                std::cout << main_help;
                return exit_success;
            }
            if (!arguments.empty() && arguments[0] == "--version") {
                std::cout << "stadtsatz " << STADTSATZ_VERSION << '\n';
                return exit_success;
            }
            return run_build_command(arguments);
        }
        const std::string command = arguments[0];
        arguments.erase(arguments.begin());
        if (command == "build") {
            return run_build_command(arguments);
        }
        if (command == "check") {
            return run_check_command(arguments);
        }
        if (command == "watch") {
            return run_watch_command(arguments);
        }
        if (command == "init") {
            return run_init_command(arguments);
        }
        if (command == "version") {
            std::cout << "stadtsatz " << STADTSATZ_VERSION << '\n';
            return exit_success;
        }
        if (command == "hyphenate") {
            return run_hyphenate_command(arguments);
        }
        if (command == "lint") {
            return run_lint_command(arguments);
        }
        if (command == "help") {
            std::cout << main_help;
            return exit_success;
        }
        std::cerr << "stadtsatz: unbekannter Befehl „" << command << "“";
        if (auto suggestion = closest_word(
                command, {"build", "check", "watch", "init", "hyphenate", "lint", "help"})) {
            std::cerr << " – meinten Sie „" << *suggestion << "“?";
        }
        std::cerr << "\n" << main_help;
        return exit_usage_error;
    } catch (const std::exception& error) {
        // Stages report problems as diagnostics; reaching this is a bug in Stadtsatz.
        std::cerr << "stadtsatz: interner Fehler: " << error.what() << '\n';
        return 3;
    }
}
