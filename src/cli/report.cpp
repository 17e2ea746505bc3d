#include "cli/report.hpp"

#include <cstdio>
#include <iostream>
#include <sys/resource.h>

namespace stadtsatz::cli {
namespace fs = std::filesystem;

namespace {

// Readers name files relative to the content folder (chapters, measures) or to the
// repository (styles, fonts); find the one that exists and show it relative to here.
std::string printable_path(const std::string& file, const fs::path& content_folder) {
    if (file.empty() || fs::path(file).is_absolute()) {
        return file;
    }
    for (const fs::path& base : {content_folder, content_folder.parent_path()}) {
        const fs::path candidate = base / file;
        std::error_code error;
        if (fs::exists(candidate, error)) {
            return fs::proximate(candidate, error).string();
        }
    }
    return fs::proximate(content_folder / file).string();
}

} // namespace

void print_diagnostics(const model::Diagnostics& diagnostics, const fs::path& content_folder) {
    print_diagnostics(diagnostics, content_folder, std::cerr);
}

void print_diagnostics(const model::Diagnostics& diagnostics, const fs::path& content_folder,
                       std::ostream& output) {
    for (auto diagnostic : diagnostics.all()) {
        diagnostic.position.file = printable_path(diagnostic.position.file, content_folder);
        output << model::format_diagnostic(diagnostic) << '\n';
    }
}

void print_timings(const pipeline::StageTimings& timings) {
    std::fprintf(stderr, "%-36s %10s\n", "Stufe", "ms");
    for (const auto& entry : timings.entries()) {
        std::fprintf(stderr, "%-36s %10.1f\n", entry.stage.c_str(), entry.milliseconds);
    }
    std::fprintf(stderr, "%-36s %10.1f\n", "gesamt", timings.total_milliseconds());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::fprintf(stderr, "%-36s %10.1f\n", "Spitzenspeicher (MiB)",
                 static_cast<double>(usage.ru_maxrss) / 1024.0);
    if (!timings.parts().empty()) {
        std::fprintf(stderr, "gleichzeitig gelaufen (ms je Faden):");
        for (const auto& part : timings.parts()) {
            std::fprintf(stderr, " %s %.1f;", part.stage.c_str(), part.milliseconds);
        }
        std::fprintf(stderr, "\n");
    }
}

} // namespace stadtsatz::cli
