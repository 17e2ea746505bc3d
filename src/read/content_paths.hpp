#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace stadtsatz::read {

// The one rule for which files the editor's references may open: a chapter, a measures file,
// an image or any other file named in the manifest or in a chapter must lie inside the
// content folder, also after every symbolic link on the way is followed. So no reference —
// absolute, with "..", or through a link inside content/ — reads or publishes a file from
// elsewhere on the computer.

// The canonical path (symbolic links followed) of `reference` — relative to `folder`, or
// absolute — when it lies inside the canonical `folder`; nothing when it lies outside. The
// file need not exist; what exists of the path is resolved.
std::optional<std::filesystem::path> path_inside(const std::filesystem::path& folder,
                                                 const std::filesystem::path& reference);

// The editor's message for a reference that leads out of its folder ("content/" or
// "styles/").
std::string outside_folder_message(const std::string& reference, const std::string& folder_name);

} // namespace stadtsatz::read
