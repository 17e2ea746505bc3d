#pragma once

#include "model/diagnostic.hpp"
#include "pipeline/stage_timings.hpp"

#include <filesystem>
#include <ostream>

namespace stadtsatz::cli {

// Prints diagnostics to standard error as "file:line:column: error: …", with file paths
// made relative to the working directory so that editors and terminals can jump to them.
void print_diagnostics(const model::Diagnostics& diagnostics,
                       const std::filesystem::path& content_folder);
// The same to `output` (`lint` prints its findings to standard output).
void print_diagnostics(const model::Diagnostics& diagnostics,
                       const std::filesystem::path& content_folder, std::ostream& output);

// Prints a table of stage durations and the peak memory of the process.
void print_timings(const pipeline::StageTimings& timings);

} // namespace stadtsatz::cli
