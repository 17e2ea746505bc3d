#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/content_folder.hpp"
#include "text/compound_marking.hpp"
#include "text/hyphenator.hpp"
#include "text/normalization.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace stadtsatz::cli {
namespace {

constexpr const char* hyphenate_help =
    R"(Aufruf: stadtsatz hyphenate [Optionen] < WOERTER > GETRENNT

Liest Wörter von der Standardeingabe, eines je Zeile, und gibt jedes getrennt auf einer Zeile
aus, in derselben Reihenfolge, mit „-“ an jeder Trennstelle. Es trennt genau wie der Satz:
Trennmuster hyph-de-1996, Ausnahmeliste, weiche Trennstriche (U+00AD) im Wort.

Optionen:
  --joints            Wortfugen als „=“ ausgeben: In-te-gra-ti-ons=kon-zept
  --separator S       S statt „-“ an Trennstellen ausgeben
  --exceptions DATEI  Ausnahmeliste (Vorgabe: content/trennungen.txt der Publikation im
                      aktuellen oder einem übergeordneten Ordner, falls vorhanden)
  --no-exceptions     keine Ausnahmeliste laden
  --leichte-sprache   statt der Trennstellen jedes Wort in der Schreibung für Leichte
                      Sprache ausgeben: lange Zusammensetzungen mit Mediopunkt an den
                      Wortfugen (Integrations·konzept), nie nach einer Vorsilbe
  --bindestrich       mit --leichte-sprache: Bindestrich und großer zweiter Teil
                      (Integrations-Konzept), wie das Netzwerk Leichte Sprache schreibt
  --mindestlaenge N   mit --leichte-sprache: kürzere Wörter bleiben ganz (Vorgabe: 10
                      Buchstaben)
  --help              diese Hilfe

Ausnahmeliste: ein Wort je Zeile mit allen erlaubten Trennstellen, „-“ für eine Trennstelle,
„=“ für eine Wortfuge (Neu-Ulm, Ur=in-stinkt); Zeilen mit # am Anfang sind Kommentare.
)";

// Reads the exception list into `exceptions`; false (with a message) if the file is unreadable.
bool load_exceptions(const std::filesystem::path& file, text::HyphenationExceptions& exceptions) {
    std::ifstream input(file, std::ios::binary);
    if (!input) {
        std::cerr << "stadtsatz hyphenate: Ausnahmeliste " << file.string()
                  << " lässt sich nicht lesen\n";
        return false;
    }
    const std::string contents((std::istreambuf_iterator<char>(input)),
                               std::istreambuf_iterator<char>());
    for (const auto& problem : exceptions.add_list(text::to_nfc(contents))) {
        std::cerr << file.string() << ':' << problem.line << ": Warnung: " << problem.message
                  << '\n';
    }
    return true;
}

} // namespace

int run_hyphenate_command(const std::vector<std::string>& arguments) {
    CommandLine command_line(arguments, {"--separator", "--exceptions", "--mindestlaenge"});
    if (command_line.flag("--help") || command_line.flag("-h")) {
        std::cout << hyphenate_help;
        return exit_success;
    }
    const bool joints = command_line.flag("--joints");
    const bool no_exceptions = command_line.flag("--no-exceptions");
    const std::string separator = command_line.value("--separator").value_or("-");
    const auto exceptions_file = command_line.value("--exceptions");
    const bool leichte_sprache = command_line.flag("--leichte-sprache");
    const bool hyphen_mark = command_line.flag("--bindestrich");
    const auto minimum_letters = command_line.value("--mindestlaenge");
    if (auto problem = command_line.usage_problem({"--joints", "--separator", "--exceptions",
                                                   "--no-exceptions", "--leichte-sprache",
                                                   "--bindestrich", "--mindestlaenge", "--help"},
                                                  0)) {
        std::cerr << "stadtsatz hyphenate: " << *problem
                  << "\n(stadtsatz hyphenate --help zeigt die Optionen)\n";
        return exit_usage_error;
    }
    text::CompoundMarking marking;
    marking.mark = hyphen_mark ? text::CompoundMark::Hyphen : text::CompoundMark::Mediopunkt;
    if ((hyphen_mark || minimum_letters) && !leichte_sprache) {
        std::cerr << "stadtsatz hyphenate: --bindestrich und --mindestlaenge gelten nur mit "
                     "--leichte-sprache\n";
        return exit_usage_error;
    }
    if (minimum_letters) {
        const std::string& value = *minimum_letters;
        const bool digits = !value.empty() && value.size() <= 3 &&
                            value.find_first_not_of("0123456789") == std::string::npos;
        if (!digits || std::stoul(value) < 2) {
            std::cerr << "stadtsatz hyphenate: --mindestlaenge „" << value
                      << "“ ist keine Zahl von 2 bis 999\n";
            return exit_usage_error;
        }
        marking.minimum_letters = std::stoul(value);
    }

    text::HyphenationExceptions exceptions;
    if (exceptions_file) {
        if (!load_exceptions(*exceptions_file, exceptions)) {
            return exit_usage_error;
        }
    } else if (!no_exceptions) {
        // The exception list of the publication the editor is in, as `build` would find it.
        const auto content_folder = find_content_folder_above(std::filesystem::current_path());
        const std::filesystem::path default_file =
            content_folder ? *content_folder / "trennungen.txt" : std::filesystem::path();
        if (content_folder && std::filesystem::exists(default_file) &&
            !load_exceptions(default_file, exceptions)) {
            return exit_usage_error;
        }
    }
    text::HyphenationOptions options;
    options.classify = joints || leichte_sprache; // otherwise every break prints alike
    const text::Hyphenator hyphenator(options, std::move(exceptions));

    std::ios::sync_with_stdio(false);
    const std::string input((std::istreambuf_iterator<char>(std::cin)),
                            std::istreambuf_iterator<char>());
    std::string output;
    output.reserve(input.size() + input.size() / 3);
    std::vector<text::BreakPoint> breaks;
    std::string normalised; // storage for a line that was not in NFC
    const std::string_view joint_separator = joints ? std::string_view("=") : separator;
    std::size_t line_start = 0;
    while (line_start < input.size()) {
        std::size_t line_end = input.find('\n', line_start);
        if (line_end == std::string::npos) {
            line_end = input.size();
        }
        std::string_view line(input.data() + line_start, line_end - line_start);
        line_start = line_end + 1;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        const std::string_view word = text::to_nfc(line, normalised);
        if (leichte_sprache) {
            output += text::mark_compound(hyphenator, word, marking);
            output += '\n';
            continue;
        }
        hyphenator.hyphenate(word, breaks);
        text::append_marked_breaks(output, word, breaks, separator, joint_separator);
        output += '\n';
    }
    std::cout.write(output.data(), static_cast<std::streamsize>(output.size()));
    std::cout.flush();
    return std::cout ? exit_success : exit_content_error;
}

} // namespace stadtsatz::cli
