#pragma once

#include <filesystem>
#include <optional>

namespace stadtsatz::cli {

// The Stadtsatz folder that holds the fonts, the standard style, the schemas and the sample
// (fonts/, styles/, content/): `init` copies from it. Looked up, in this order, in
// <executable>/../share/stadtsatz (an installed copy), the source folder the executable was
// built from (compile definition STADTSATZ_SOURCE_FOLDER) and the parent of the executable's
// folder (a build folder inside a clone). The first that holds all three wins.
std::optional<std::filesystem::path> find_installation_folder();

} // namespace stadtsatz::cli
