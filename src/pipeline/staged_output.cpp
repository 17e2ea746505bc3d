#include "pipeline/staged_output.hpp"

#include "pipeline/output_leftovers.hpp"
#include "pipeline/output_lock.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <thread>
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

StagedOutput::StagedOutput(fs::path out_folder, Move move)
    : out_folder_(std::move(out_folder)),
      staging_folder_(staging_folder_of(out_folder_, ::getpid())),
      move_(move ? std::move(move) : Move(&StagedOutput::move_in_place)) {
    // A failed build does not commit; it still clears what killed builds left, when no other
    // build is committing right now. Without leftovers it leaves out/ alone (no lock file).
    std::error_code ignored;
    if (fs::is_directory(out_folder_, ignored) && !find_leftovers(out_folder_).empty()) {
        if (auto lock = OutputLock::try_acquire(out_folder_)) {
            remove_leftovers(out_folder_);
        }
    }
}

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
struct Placement {
    fs::path staged;
    fs::path target;
    bool folder = false;   // the HTML site; otherwise a single file
    bool previous = false; // the target held an earlier output
    fs::path kept;         // a file's previous bytes, hard-linked into the staging folder
    bool placed = false;   // the new output is in place
};

// What the editor reads when an output cannot be replaced.
std::string replace_failure(const Placement& placement, const std::error_code& error) {
    return std::string(placement.folder ? "Ausgabeordner" : "Ausgabedatei") +
           " kann nicht ersetzt werden: " + error.message();
}

// With STADTSATZ_COMMIT_PAUSE_MS set (tests only), commit() says which step comes next on
// standard error and waits that long before it, so a test can kill the build between steps.
void pause_before_step(int step) {
    static const char* const pause = std::getenv("STADTSATZ_COMMIT_PAUSE_MS");
    if (pause == nullptr || *pause == '\0') {
        return;
    }
    std::fprintf(stderr, "stadtsatz: Übernahme Schritt %d\n", step);
    std::fflush(stderr);
    std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(pause)));
}

} // namespace

void StagedOutput::move_in_place(const fs::path& from, const fs::path& to, MoveKind kind,
                                 std::error_code& error) {
    error.clear();
    const unsigned int flags = kind == MoveKind::Exchange ? RENAME_EXCHANGE : 0;
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), flags) == 0) {
        return;
    }
    const int reason = errno;
    if (kind == MoveKind::Exchange && (reason == EINVAL || reason == ENOSYS)) {
        // A file system without RENAME_EXCHANGE: swap by three renames. The target is
        // missing for a moment then, but never lost: it waits beside `from`, in the staging
        // folder, until it is moved there.
        const fs::path waiting = from.parent_path() / (".getauscht-" + from.filename().string());
        fs::rename(to, waiting, error);
        if (error) {
            return;
        }
        fs::rename(from, to, error);
        if (error) {
            std::error_code ignored;
            fs::rename(waiting, to, ignored);
            return;
        }
        fs::rename(waiting, from, error);
        return;
    }
    error = std::error_code(reason, std::generic_category());
}

bool StagedOutput::commit(model::Diagnostics& diagnostics) {
    auto lock = OutputLock::acquire(out_folder_, output_lock_timeout, diagnostics);
    if (!lock) {
        return false;
    }
    remove_leftovers(out_folder_);

    std::vector<Placement> placements;
    for (const auto& unit : staged_) {
        Placement placement;
        placement.staged = staging_folder_ / unit;
        placement.target = out_folder_ / unit;
        placement.folder = fs::is_directory(placement.staged);
        std::error_code ignored;
        placement.previous = fs::exists(fs::symlink_status(placement.target, ignored));
        placements.push_back(placement);
    }
    auto undo = [&] {
        for (auto placement = placements.rbegin(); placement != placements.rend(); ++placement) {
            std::error_code ignored;
            if (!placement->placed) {
                continue;
            }
            if (!placement->previous) {
                fs::remove_all(placement->target, ignored);
            } else if (placement->folder) {
                move_(placement->staged, placement->target, MoveKind::Exchange, ignored);
            } else {
                move_(placement->kept, placement->target, MoveKind::Replace, ignored);
            }
        }
    };
    auto fail = [&](const Placement& placement, const std::error_code& error) {
        undo();
        diagnostics.error(output_position(placement.target), replace_failure(placement, error));
        return false;
    };

    // (1) Keep a hard link to every previous file inside the staging folder, so that a failed
    // commit can put it back; the file itself stays where it is.
    const fs::path kept_folder = staging_folder_ / ".vorher";
    for (Placement& placement : placements) {
        std::error_code error;
        fs::create_directories(placement.target.parent_path(), error);
        if (error) {
            return fail(placement, error);
        }
        if (!placement.previous || placement.folder) {
            continue;
        }
        placement.kept = kept_folder / fs::relative(placement.staged, staging_folder_);
        fs::create_directories(placement.kept.parent_path(), error);
        fs::create_hard_link(placement.target, placement.kept, error);
        if (error) {
            error.clear();
            fs::copy_file(placement.target, placement.kept, error);
        }
        if (error) {
            return fail(placement, error);
        }
    }
    // (2) Each new output into place in one step.
    int step = 0;
    for (Placement& placement : placements) {
        pause_before_step(++step);
        std::error_code error;
        const MoveKind kind =
            placement.folder && placement.previous ? MoveKind::Exchange : MoveKind::Replace;
        move_(placement.staged, placement.target, kind, error);
        if (error) {
            return fail(placement, error);
        }
        placement.placed = true;
    }
    // (3) The replaced outputs now lie in the staging folder; they go with it.
    pause_before_step(++step);
    std::error_code ignored;
    fs::remove_all(staging_folder_, ignored);
    for (const Placement& placement : placements) {
        committed_.push_back(placement.target);
    }
    return true;
}

} // namespace stadtsatz::pipeline
