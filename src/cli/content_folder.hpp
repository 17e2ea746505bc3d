#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace stadtsatz::cli {

// The content folder a command works on: the one given (made absolute, without a trailing
// slash, so that styles/ and fonts/ are found beside it), or else ./content of the working
// directory or of its nearest parent that holds content/publikation.xml. Without one it
// prints why to standard error, prefixed with `command`, and returns nothing.
std::optional<std::filesystem::path> locate_content_folder(const std::optional<std::string>& given,
                                                           const std::string& command);

// The nearest content folder at or above `start` (a folder holding content/publikation.xml).
std::optional<std::filesystem::path> find_content_folder_above(const std::filesystem::path& start);

// `folder` absolute and lexically normal, without a trailing separator.
std::filesystem::path normalised_folder(const std::filesystem::path& folder);

} // namespace stadtsatz::cli
