#include "pipeline/staged_output.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
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
    errno = 0;
    std::ofstream stream(path, std::ios::binary);
    stream.write(content.data(), static_cast<std::streamsize>(content.size()));
    stream.close();
    if (!stream) {
        diagnostics.error(output_position(out_folder_ / relative),
                          std::string("Ausgabedatei kann nicht geschrieben werden") +
                              (errno != 0 ? std::string(": ") + std::strerror(errno) : ""));
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

namespace {

// One output on its way into place.
struct Move {
    fs::path staged;
    fs::path target;
    bool folder = false; // the HTML site; otherwise a single file
    fs::path aside;      // where the previous output waits meanwhile; empty if there was none
    bool placed = false; // the new output is in place
};

// "standard/html" -> "standard/.html.alt-1234": beside the target, hidden.
fs::path aside_path(const fs::path& target) {
    return target.parent_path() /
           ("." + target.filename().string() + ".alt-" + std::to_string(::getpid()));
}

// What the editor reads when an output cannot be replaced.
std::string replace_failure(const Move& move, const std::error_code& error) {
    return std::string(move.folder ? "Ausgabeordner" : "Ausgabedatei") +
           " kann nicht ersetzt werden: " + error.message();
}

} // namespace

bool StagedOutput::commit(model::Diagnostics& diagnostics) {
    // Three steps, so that a failure anywhere can be undone and leaves the previous outputs as
    // they were: (1) set every previous output aside, (2) move every new one into place,
    // (3) delete what was set aside. A file stays in place while it is set aside (a hard link
    // or a copy) and is replaced by one rename, so readers never miss it; a folder cannot be
    // renamed over, so the previous one is moved aside first.
    std::vector<Move> moves;
    for (const auto& unit : staged_) {
        Move move;
        move.staged = staging_folder_ / unit;
        move.target = out_folder_ / unit;
        move.folder = fs::is_directory(move.staged);
        moves.push_back(move);
    }
    auto undo = [&] {
        for (auto move = moves.rbegin(); move != moves.rend(); ++move) {
            std::error_code ignored;
            if (move->folder) {
                if (move->placed) {
                    fs::remove_all(move->target, ignored);
                }
                if (!move->aside.empty()) {
                    rename_(move->aside, move->target, ignored);
                }
            } else if (move->aside.empty()) {
                if (move->placed) {
                    fs::remove(move->target, ignored); // there was no previous file
                }
            } else if (move->placed) {
                rename_(move->aside, move->target, ignored); // replaces the new file
            } else {
                fs::remove(move->aside, ignored); // the previous file never left its place
            }
        }
    };
    auto fail = [&](const Move& move, const std::error_code& error) {
        undo();
        diagnostics.error(output_position(move.target), replace_failure(move, error));
        return false;
    };

    for (Move& move : moves) {
        std::error_code error;
        fs::create_directories(move.target.parent_path(), error);
        if (!fs::exists(move.target)) {
            continue;
        }
        const fs::path aside = aside_path(move.target);
        fs::remove_all(aside, error);
        if (move.folder) {
            rename_(move.target, aside, error);
        } else {
            fs::create_hard_link(move.target, aside, error);
            if (error) {
                error.clear();
                fs::copy_file(move.target, aside, error);
            }
        }
        if (error) {
            return fail(move, error);
        }
        move.aside = aside;
    }
    for (Move& move : moves) {
        std::error_code error;
        rename_(move.staged, move.target, error);
        if (error) {
            return fail(move, error);
        }
        move.placed = true;
    }
    for (const Move& move : moves) {
        std::error_code ignored;
        if (!move.aside.empty()) {
            fs::remove_all(move.aside, ignored);
        }
        committed_.push_back(move.target);
    }
    return true;
}

} // namespace stadtsatz::pipeline
