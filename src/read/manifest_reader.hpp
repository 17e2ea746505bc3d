#pragma once

#include "model/diagnostic.hpp"
#include "model/publication.hpp"

#include <filesystem>
#include <optional>

namespace stadtsatz::read {

// Reads content/publikation.xml. `repository_root` is where styles/ and fonts/ live.
std::optional<model::Publication> read_manifest(const std::filesystem::path& manifest_file,
                                                const std::filesystem::path& repository_root,
                                                model::Diagnostics& diagnostics);

} // namespace stadtsatz::read
