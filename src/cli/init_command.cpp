#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/content_folder.hpp"
#include "cli/installation.hpp"
#include "cli/starter_publication.hpp"

#include <array>
#include <ctime>
#include <fstream>
#include <iostream>

namespace stadtsatz::cli {
namespace fs = std::filesystem;

namespace {

constexpr const char* init_help = R"(Aufruf: stadtsatz init ORDNER [Optionen]

Legt in ORDNER (neu oder leer) eine Publikation an, die sich sofort bauen lässt:
  content/publikation.xml   Manifest: Titel, Impressum, Ausgabe „standard“
  content/kapitel/          ein erstes Kapitel
  content/handlungsfelder/  ein Handlungsfeld mit Ziel, Maßnahme und Indikator
  content/schema/           die XML-Schemas für Manifest und Maßnahmen
  styles/, fonts/           der Standardstil, das Druckprofil und die Schriften
  README.md                 kurze Anleitung für die Redaktion

Danach: cd ORDNER && stadtsatz build   (oder stadtsatz watch --serve)

Optionen:
  --titel TEXT           Titel der Publikation (Vorgabe: „Neue Publikation“)
  --herausgeberin TEXT   Herausgeberin (Vorgabe: „Stadtverwaltung“)
  --beispiel             statt des Gerüsts den vollständigen Musterinhalt (Neu-Ulm) kopieren
  --help                 diese Hilfe
)";

// Today as ISO date and as German text ("1. Dezember 2026").
void set_today(StarterDetails& details) {
    static constexpr std::array<const char*, 12> months = {
        "Januar", "Februar", "März",      "April",   "Mai",      "Juni",
        "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char iso[16];
    std::strftime(iso, sizeof iso, "%Y-%m-%d", &local);
    details.iso_date = iso;
    details.german_date = std::to_string(local.tm_mday) + ". " + months[local.tm_mon] + " " +
                          std::to_string(1900 + local.tm_year);
}

bool write_text(const fs::path& file, const std::string& text) {
    std::error_code error;
    fs::create_directories(file.parent_path(), error);
    std::ofstream output(file, std::ios::binary | std::ios::trunc);
    output << text;
    if (!output.flush()) {
        std::cerr << "stadtsatz init: " << file.string() << " lässt sich nicht schreiben\n";
        return false;
    }
    return true;
}

// Copies `from` (a file or a folder, following symbolic links) to `to`.
bool copy_tree(const fs::path& from, const fs::path& to) {
    std::error_code error;
    fs::create_directories(to.parent_path(), error);
    fs::copy(from, to, fs::copy_options::recursive, error);
    if (error) {
        std::cerr << "stadtsatz init: " << from.string() << " lässt sich nicht nach " << to.string()
                  << " kopieren: " << error.message() << '\n';
        return false;
    }
    return true;
}

} // namespace

int run_init_command(const std::vector<std::string>& arguments) {
    CommandLine command_line(arguments, {"--titel", "--herausgeberin"});
    if (command_line.flag("--help") || command_line.flag("-h")) {
        std::cout << init_help;
        return exit_success;
    }
    StarterDetails details;
    const auto title = command_line.value("--titel");
    details.title = title.value_or(details.title);
    details.publisher = command_line.value("--herausgeberin").value_or(details.publisher);
    const bool sample = command_line.flag("--beispiel");
    if (auto problem =
            command_line.usage_problem({"--titel", "--herausgeberin", "--beispiel", "--help"}, 1)) {
        std::cerr << "stadtsatz init: " << *problem
                  << "\n(stadtsatz init --help zeigt die Optionen)\n";
        return exit_usage_error;
    }
    const auto operands = command_line.rest();
    if (operands.empty()) {
        std::cerr << "stadtsatz init: welcher Ordner? Aufruf: stadtsatz init ORDNER\n";
        return exit_usage_error;
    }
    if (sample && title) {
        std::cerr << "stadtsatz init: --beispiel kopiert den Musterinhalt mit seinem Titel; "
                     "--titel passt nicht dazu\n";
        return exit_usage_error;
    }
    const fs::path folder = normalised_folder(operands[0]);
    std::error_code error;
    if (fs::exists(folder, error) &&
        (!fs::is_directory(folder, error) || !fs::is_empty(folder, error))) {
        std::cerr << "stadtsatz init: " << folder.string()
                  << " gibt es schon und ist nicht leer – nichts angelegt. Wählen Sie einen "
                     "neuen Ordner.\n";
        return exit_usage_error;
    }
    const auto installation = find_installation_folder();
    if (!installation) {
        std::cerr << "stadtsatz init: die Schriften und den Standardstil von Stadtsatz nicht "
                     "gefunden (gesucht: <Programm>/../share/stadtsatz, "
                  << STADTSATZ_SOURCE_FOLDER << ")\n";
        return exit_content_error;
    }
    fs::create_directories(folder, error);
    if (error) {
        std::cerr << "stadtsatz init: " << folder.string()
                  << " lässt sich nicht anlegen: " << error.message() << '\n';
        return exit_content_error;
    }

    bool written = copy_tree(*installation / "fonts", folder / "fonts");
    if (sample) {
        written = written && copy_tree(*installation / "styles", folder / "styles") &&
                  copy_tree(*installation / "content", folder / "content") &&
                  write_text(folder / "README.md",
                             editor_readme("Musterinhalt: Integrationskonzept Neu-Ulm"));
    } else {
        set_today(details);
        written =
            written &&
            copy_tree(*installation / "styles" / "standard.xml",
                      folder / "styles" / "standard.xml") &&
            copy_tree(*installation / "styles" / "stil.xsd", folder / "styles" / "stil.xsd") &&
            copy_tree(*installation / "styles" / "icc", folder / "styles" / "icc") &&
            copy_tree(*installation / "content" / "schema", folder / "content" / "schema");
        for (const StarterFile& file : starter_files(details)) {
            written = written && write_text(folder / file.path, file.text);
        }
    }
    if (!written) {
        return exit_content_error;
    }
    std::cout << "Neue Publikation in " << folder.string() << " angelegt.\n"
              << "Bauen:      cd " << operands[0] << " && stadtsatz build\n"
              << "Vorschau:   cd " << operands[0] << " && stadtsatz watch --serve\n";
    return exit_success;
}

} // namespace stadtsatz::cli
