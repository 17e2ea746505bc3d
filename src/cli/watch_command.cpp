#include "cli/build_invocation.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/content_folder.hpp"
#include "cli/file_watcher.hpp"
#include "cli/output_marker.hpp"
#include "cli/preview_server.hpp"
#include "cli/rebuild_plan.hpp"
#include "cli/report.hpp"
#include "pipeline/build.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <iostream>
#include <memory>
#include <poll.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace stadtsatz::cli {
namespace fs = std::filesystem;

namespace {

constexpr const char* watch_help = R"(Aufruf: stadtsatz watch [INHALTSORDNER] [Optionen]

Baut die Publikation wie stadtsatz build und danach bei jeder gespeicherten Änderung in
content/, styles/ oder fonts/ neu – nur die Ausgaben, die die geänderte Datei betrifft
(ein Kapitel: die Ausgaben, die es enthalten; ein Stil: die Ausgaben mit diesem Stil).
Meldet Fehler und die Dauer jedes Baus; bei Fehlern bleiben die zuletzt gebauten Dateien
unverändert. Strg+C beendet.

Optionen:
  --out ORDNER         Ausgabeordner (Vorgabe: out/ neben dem Inhaltsordner)
  --edition ID         nur diese Ausgabe
  --format F[,F…]      nur diese Formate: print, screen, html (html allein ist am schnellsten)
  --serve [PORT]       Vorschau der Webfassung unter http://127.0.0.1:PORT/ (Vorgabe 8080),
                       die nach jedem Bau neu lädt
  --timings            Dauer jeder Stufe ausgeben
  --ueberschreiben     auch in den Ausgabeordner einer anderen Publikation schreiben
  --help               diese Hilfe
)";

// Quiet time after the last change before a rebuild starts: an editor saving several files,
// or writing a temporary file and renaming it, causes one build, not several.
constexpr int debounce_milliseconds = 150;

constexpr std::uint16_t default_preview_port = 8080;

// Takes "--serve", "--serve PORT" and "--serve=PORT" out of `arguments`.
// Returns false (with a message) for a port that is not a number from 0 to 65535.
bool take_serve_option(std::vector<std::string>& arguments, std::optional<std::uint16_t>& port) {
    auto parse = [&](const std::string& text) {
        if (text.empty() || text.size() > 5 ||
            text.find_first_not_of("0123456789") != std::string::npos || std::stoi(text) > 65535) {
            std::cerr << "stadtsatz watch: --serve braucht eine Portnummer von 0 bis 65535, nicht „"
                      << text << "“\n";
            return false;
        }
        port = static_cast<std::uint16_t>(std::stoi(text));
        return true;
    };
    for (std::size_t index = 0; index < arguments.size(); ++index) {
        if (arguments[index].rfind("--serve=", 0) == 0) {
            const std::string value = arguments[index].substr(8);
            arguments.erase(arguments.begin() + static_cast<std::ptrdiff_t>(index));
            return parse(value);
        }
        if (arguments[index] == "--serve") {
            port = default_preview_port;
            if (index + 1 < arguments.size() && !arguments[index + 1].empty() &&
                arguments[index + 1].find_first_not_of("0123456789") == std::string::npos) {
                const std::string value = arguments[index + 1];
                arguments.erase(arguments.begin() + static_cast<std::ptrdiff_t>(index),
                                arguments.begin() + static_cast<std::ptrdiff_t>(index) + 2);
                return parse(value);
            }
            arguments.erase(arguments.begin() + static_cast<std::ptrdiff_t>(index));
            return true;
        }
    }
    return true;
}

std::string joined(const std::set<std::string>& words) {
    std::string result;
    for (const std::string& word : words) {
        result += (result.empty() ? "" : ", ") + word;
    }
    return result;
}

// One build of `editions` (all when empty) and what the editor sees of it. True on success.
bool build_and_report(const pipeline::BuildOptions& base, const std::set<std::string>& editions,
                      bool timings) {
    const auto start = std::chrono::steady_clock::now();
    pipeline::BuildOptions options = base;
    options.only_editions = editions;
    const auto result = pipeline::run_build(options);
    print_diagnostics(result.diagnostics, options.content_folder);
    if (timings) {
        print_timings(result.timings);
    }
    const bool succeeded = result.succeeded();
    const double milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const std::string what =
        editions.empty() ? (base.edition ? *base.edition : "alle Ausgaben") : joined(editions);
    if (succeeded) {
        claim_output_folder(base.out_folder, base.content_folder);
        std::cout << "gebaut in " << static_cast<long>(milliseconds + 0.5) << " ms: " << what
                  << std::endl;
    } else {
        std::cout << "Fehler nach " << static_cast<long>(milliseconds + 0.5) << " ms (" << what
                  << ") – die zuletzt gebauten Dateien bleiben unverändert" << std::endl;
    }
    return succeeded;
}

// Blocks SIGINT and SIGTERM for this thread and every thread started after (the builds'
// threads, the server) and returns a descriptor that reads them, so a signal ends the
// watch between builds, never in the middle of a commit.
int signal_descriptor() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signalfd(-1, &signals, SFD_CLOEXEC | SFD_NONBLOCK);
}

} // namespace

int run_watch_command(const std::vector<std::string>& original_arguments) {
    std::vector<std::string> arguments = original_arguments;
    std::optional<std::uint16_t> serve_port;
    if (!take_serve_option(arguments, serve_port)) {
        return exit_usage_error;
    }
    CommandLine command_line(arguments, {"--out", "--edition", "--format"});
    if (command_line.flag("--help") || command_line.flag("-h")) {
        std::cout << watch_help;
        return exit_success;
    }
    pipeline::BuildOptions options;
    const auto out = command_line.value("--out");
    options.edition = command_line.value("--edition");
    const bool timings = command_line.flag("--timings");
    const bool overwrite = command_line.flag("--ueberschreiben");
    if (!parse_formats(command_line, options, "watch")) {
        return exit_usage_error;
    }
    if (auto problem = command_line.usage_problem({"--out", "--edition", "--format", "--serve",
                                                   "--timings", "--ueberschreiben", "--help"},
                                                  1)) {
        std::cerr << "stadtsatz watch: " << *problem
                  << "\n(stadtsatz watch --help zeigt die Optionen)\n";
        return exit_usage_error;
    }
    const auto operands = command_line.rest();
    const auto content_folder = locate_content_folder(
        operands.empty() ? std::nullopt : std::optional<std::string>(operands[0]), "watch");
    if (!content_folder) {
        return exit_content_error;
    }
    options.content_folder = *content_folder;
    options.out_folder = output_folder_for(out, *content_folder);
    if (options.edition && !edition_is_known(*content_folder, *options.edition, "watch")) {
        return exit_content_error;
    }
    if (!overwrite) {
        if (auto owner = foreign_publication(options.out_folder, *content_folder)) {
            print_foreign_output_refusal("watch", options.out_folder, *owner);
            return exit_content_error;
        }
    }
    const int signals = signal_descriptor();
    if (signals < 0) {
        std::cerr << "stadtsatz watch: signalfd: " << std::strerror(errno) << '\n';
        return exit_content_error;
    }

    const PublicationFolders folders{*content_folder, content_folder->parent_path() / "styles",
                                     content_folder->parent_path() / "fonts"};
    FileWatcher watcher;
    watcher.ignore(options.out_folder);
    for (const fs::path& folder : {folders.content, folders.styles, folders.fonts}) {
        std::string error;
        if (!watcher.watch_tree(folder, error) && folder == folders.content) {
            std::cerr << "stadtsatz watch: " << error << '\n';
            ::close(signals);
            return exit_content_error;
        }
    }

    std::cout << "Baue " << content_folder->string() << " …" << std::endl;
    build_and_report(options, {}, timings);

    std::unique_ptr<PreviewServer> server;
    if (serve_port) {
        std::string start_edition = options.edition.value_or("");
        if (start_edition.empty()) {
            if (const auto publication = read_publication_quietly(*content_folder);
                publication && !publication->editions.empty()) {
                start_edition = publication->editions.front().id;
            }
        }
        server = std::make_unique<PreviewServer>(options.out_folder, start_edition);
        std::string error;
        if (!server->start(*serve_port, error)) {
            std::cerr << "stadtsatz watch: Vorschau lässt sich nicht starten: " << error << '\n';
            ::close(signals);
            return exit_usage_error;
        }
        server->announce_build();
        std::cout << "Vorschau: http://127.0.0.1:" << server->port() << "/" << std::endl;
    }
    std::cout << "Beobachte " << folders.content.string()
              << ", styles/ und fonts/ – Strg+C beendet." << std::endl;

    std::set<fs::path> changed;
    bool everything = false; // events were lost: rebuild all
    while (true) {
        pollfd waiting[2] = {{watcher.descriptor(), POLLIN, 0}, {signals, POLLIN, 0}};
        const bool pending = !changed.empty() || everything;
        const int ready = ::poll(waiting, 2, pending ? debounce_milliseconds : -1);
        if (ready < 0 && errno != EINTR) {
            std::cerr << "stadtsatz watch: poll: " << std::strerror(errno) << '\n';
            break;
        }
        if (waiting[1].revents != 0) {
            std::cout << "beendet." << std::endl;
            break;
        }
        if (ready > 0 && (waiting[0].revents & POLLIN)) {
            everything = watcher.read_events(changed) || everything;
            continue; // wait for the quiet time again
        }
        if (ready != 0 || !pending) {
            continue;
        }
        // Quiet for the debounce time: build what the changes affect.
        const auto publication = read_publication_quietly(*content_folder);
        std::cout << "geändert:";
        std::size_t shown = 0;
        for (const fs::path& path : changed) {
            if (++shown > 3) {
                std::cout << " … (" << changed.size() << " Dateien)";
                break;
            }
            std::cout << ' ' << path.lexically_relative(content_folder->parent_path()).string();
        }
        std::cout << std::endl;
        RebuildPlan plan = plan_rebuild(changed, folders, publication);
        if (everything) {
            plan = {true, {}};
        }
        changed.clear();
        everything = false;
        if (options.edition && !plan.all_editions) {
            plan.editions = plan.editions.count(*options.edition)
                                ? std::set<std::string>{*options.edition}
                                : std::set<std::string>{};
        }
        if (plan.empty()) {
            std::cout << "keine Ausgabe betroffen – nichts zu bauen" << std::endl;
            continue;
        }
        if (build_and_report(options, plan.all_editions ? std::set<std::string>{} : plan.editions,
                             timings) &&
            server) {
            server->announce_build();
        }
    }
    server.reset();
    ::close(signals);
    return exit_success;
}

} // namespace stadtsatz::cli
