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
    // Moves a file or folder as std::filesystem::rename does; tests pass one that fails on
    // purpose to see what a failed commit leaves behind.
    using Rename = std::function<void(const std::filesystem::path& from,
                                      const std::filesystem::path& to, std::error_code& error)>;

    explicit StagedOutput(std::filesystem::path out_folder, Rename rename = {});
    ~StagedOutput(); // removes whatever was staged but not committed
    StagedOutput(const StagedOutput&) = delete;
    StagedOutput& operator=(const StagedOutput&) = delete;

    // Path inside the staging folder for `relative` (e.g. "standard/x.pdf"); folders are made.
    std::filesystem::path stage(const std::string& relative);
    bool write_file(const std::string& relative, const std::string& content,
                    model::Diagnostics& diagnostics);
    bool copy_file(const std::filesystem::path& source, const std::string& relative,
                   model::Diagnostics& diagnostics);

    // Moves each staged top-level entry of every edition into place: first every previous
    // output is set aside (a file by a hard link, a folder by renaming it), then every new one
    // is renamed into place, then what was set aside is deleted. When a step fails, everything
    // is put back: the previous outputs stay as they were, byte for byte.
    bool commit(model::Diagnostics& diagnostics);

    // The final paths of the committed outputs.
    const std::vector<std::filesystem::path>& committed() const { return committed_; }

private:
    std::filesystem::path out_folder_;
    std::filesystem::path staging_folder_;
    std::vector<std::string> staged_; // relative paths of top-level outputs, in staging order
    std::vector<std::filesystem::path> committed_;
    Rename rename_; // every move commit() makes goes through this
};

} // namespace stadtsatz::pipeline
