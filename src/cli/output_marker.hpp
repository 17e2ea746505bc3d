#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace stadtsatz::cli {

// out/.stadtsatz-publikation names the content folder (canonical path, one line) whose
// outputs the output folder holds, so that a build never mixes two publications in one out/.
inline constexpr const char* output_marker_file_name = ".stadtsatz-publikation";

// The content folder as the marker records it: canonical, symbolic links resolved.
std::string marker_identity(const std::filesystem::path& content_folder);

// The other publication whose outputs `out_folder` holds, or nothing when the folder is free
// for `content_folder`: it does not exist, has no marker (outputs of a build from before
// markers are taken over), or its marker names this content folder.
std::optional<std::string> foreign_publication(const std::filesystem::path& out_folder,
                                               const std::filesystem::path& content_folder);

// Writes the marker for `content_folder` into `out_folder` (replaced atomically); false with
// a message on standard error if it cannot be written.
bool claim_output_folder(const std::filesystem::path& out_folder,
                         const std::filesystem::path& content_folder);

// The refusal the editor sees when `out_folder` belongs to `owner`, prefixed with `command`.
void print_foreign_output_refusal(const std::string& command,
                                  const std::filesystem::path& out_folder,
                                  const std::string& owner);

} // namespace stadtsatz::cli
