#include "pipeline/staged_output.hpp"

#include <algorithm>
#include <fstream>
#include <unistd.h>

namespace stadtsatz::pipeline {
namespace fs = std::filesystem;

namespace {

model::SourcePosition output_position(const fs::path& path) {
    return {path.string(), 0, 0};
}

// "standard/html/index.html" -> "standard/html": what commit() moves as one unit.
std::string top_level_output(const std::string& relative) {
    const fs::path path(relative);
    auto part = path.begin();
    if (part == path.end()) {
        return relative;
    }
    fs::path unit = *part++;
    if (part != path.end()) {
        unit /= *part;
    }
    return unit.string();
}

} // namespace

StagedOutput::StagedOutput(fs::path out_folder, Rename rename)
    : out_folder_(std::move(out_folder)),
      staging_folder_(out_folder_ / (".stadtsatz-staging-" + std::to_string(::getpid()))),
      rename_(rename ? std::move(rename)
                     : Rename([](const fs::path& from, const fs::path& to, std::error_code& error) {
                           fs::rename(from, to, error);
                       })) {}

StagedOutput::~StagedOutput() {
    std::error_code ignored;
    fs::remove_all(staging_folder_, ignored);
}

fs::path StagedOutput::stage(const std::string& relative) {
    const std::string unit = top_level_output(relative);
    if (std::find(staged_.begin(), staged_.end(), unit) == staged_.end()) {
        staged_.push_back(unit);
    }
    const fs::path path = staging_folder_ / relative;
    std::error_code ignored;
    fs::create_directories(path.parent_path(), ignored);
    return path;
}

bool StagedOutput::write_file(const std::string& relative, const std::string& content,
                              model::Diagnostics& diagnostics) {
    const fs::path path = stage(relative);
    std::ofstream stream(path, std::ios::binary);
    stream.write(content.data(), static_cast<std::streamsize>(content.size()));
    stream.close();
    if (!stream) {
        diagnostics.error(output_position(out_folder_ / relative),
                          "Ausgabedatei kann nicht geschrieben werden");
        return false;
    }
    return true;
}

bool StagedOutput::copy_file(const fs::path& source, const std::string& relative,
                             model::Diagnostics& diagnostics) {
    std::error_code error;
    fs::copy_file(source, stage(relative), fs::copy_options::overwrite_existing, error);
    if (error) {
        diagnostics.error(output_position(source),
                          "Datei kann nicht in die Ausgabe kopiert werden: " + error.message());
        return false;
    }
    return true;
}

bool StagedOutput::commit(model::Diagnostics& diagnostics) {
    for (const auto& unit : staged_) {
        const fs::path staged = staging_folder_ / unit;
        const fs::path target = out_folder_ / unit;
        std::error_code error;
        fs::create_directories(target.parent_path(), error);
        if (fs::is_directory(staged)) {
            // rename() cannot replace a non-empty folder: move the old one aside first.
            const fs::path old = target.parent_path() / ("." + target.filename().string() +
                                                         ".alt-" + std::to_string(::getpid()));
            fs::remove_all(old, error);
            const bool had_previous = fs::exists(target);
            if (had_previous) {
                rename_(target, old, error);
            }
            if (!error) {
                rename_(staged, target, error);
            }
            if (error) {
                if (had_previous && !fs::exists(target)) {
                    std::error_code restore_error;
                    rename_(old, target, restore_error);
                }
                diagnostics.error(output_position(target),
                                  "Ausgabeordner kann nicht ersetzt werden: " + error.message());
                return false;
            }
            fs::remove_all(old, error);
        } else {
            rename_(staged, target, error);
            if (error) {
                diagnostics.error(output_position(target),
                                  "Ausgabedatei kann nicht ersetzt werden: " + error.message());
                return false;
            }
        }
        committed_.push_back(target);
    }
    return true;
}

} // namespace stadtsatz::pipeline
