#pragma once

#include "cli/command_line.hpp"
#include "model/publication.hpp"
#include "pipeline/build_options.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace stadtsatz::cli {

// What `build`, `check` and `watch` share between reading their command line and building.

// "print,html" and repeated --format options into options.formats; false (with a message
// prefixed by `command`) for an unknown format.
bool parse_formats(CommandLine& command_line, pipeline::BuildOptions& options,
                   const std::string& command);

// The manifest of `content_folder` read without printing anything (the build reports its
// errors again); nothing if it cannot be read.
std::optional<model::Publication>
read_publication_quietly(const std::filesystem::path& content_folder);

// True when the manifest has an edition `edition` or cannot be read (the build then says
// why). Otherwise prints the editions there are, with the nearest as a suggestion.
bool edition_is_known(const std::filesystem::path& content_folder, const std::string& edition,
                      const std::string& command);

// The output folder: the one given with --out, or out/ beside the content folder.
std::filesystem::path output_folder_for(const std::optional<std::string>& given,
                                        const std::filesystem::path& content_folder);

} // namespace stadtsatz::cli
