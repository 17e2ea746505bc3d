#pragma once

#include "model/diagnostic.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <system_error>
#include <vector>

namespace stadtsatz::pipeline {

// Collects a build's outputs in a hidden staging folder next to their final place and moves
// them there only when every output was written. A failed or interrupted build therefore
// never leaves a half-written file and never removes the previous good output.
class StagedOutput {
public:
    // How commit() moves a staged output into place.
    enum class MoveKind {
        Replace, // rename(2): the target, a file or an absent path, is replaced in one step
        Exchange // renameat2(RENAME_EXCHANGE): staged folder and target folder swap places
    };
    // Moves as move_in_place does; tests pass one that fails on purpose to see what a failed
    // commit leaves behind.
    using Move =
        std::function<void(const std::filesystem::path& from, const std::filesystem::path& to,
                           MoveKind kind, std::error_code& error)>;
    // The real move: rename(2) or renameat2(2) with RENAME_EXCHANGE.
    static void move_in_place(const std::filesystem::path& from, const std::filesystem::path& to,
                              MoveKind kind, std::error_code& error);

    explicit StagedOutput(std::filesystem::path out_folder, Move move = {});
    ~StagedOutput(); // removes whatever was staged but not committed
    StagedOutput(const StagedOutput&) = delete;
    StagedOutput& operator=(const StagedOutput&) = delete;

    // Path inside the staging folder for `relative` (e.g. "standard/x.pdf"); folders are made.
    std::filesystem::path stage(const std::string& relative);
    bool write_file(const std::string& relative, const std::string& content,
                    model::Diagnostics& diagnostics);
    bool copy_file(const std::filesystem::path& source, const std::string& relative,
                   model::Diagnostics& diagnostics);

    // Moves each staged top-level entry of every edition into place, holding the lock of
    // out/ (waiting for another build's commit) and first removing what killed builds left.
    // A file is replaced by one rename(2) of the complete new file; a site folder swaps places
    // with the previous one in one renameat2(RENAME_EXCHANGE), so every output path holds the
    // previous or the new complete output at every instant, also when the process is killed.
    // The replaced outputs end up in the staging folder and are deleted with it. When a step
    // fails, everything is put back: the previous outputs stay as they were, byte for byte.
    bool commit(model::Diagnostics& diagnostics);

    // The final paths of the committed outputs.
    const std::vector<std::filesystem::path>& committed() const { return committed_; }

private:
    std::filesystem::path out_folder_;
    std::filesystem::path staging_folder_;
    std::vector<std::string> staged_; // relative paths of top-level outputs, in staging order
    std::vector<std::filesystem::path> committed_;
    Move move_; // every move commit() makes goes through this
};

} // namespace stadtsatz::pipeline
