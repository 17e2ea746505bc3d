#include "read/content_paths.hpp"

#include "model/quoted_input.hpp"

namespace stadtsatz::read {
namespace fs = std::filesystem;

std::optional<fs::path> path_inside(const fs::path& folder, const fs::path& reference) {
    std::error_code error;
    const fs::path canonical_folder = fs::weakly_canonical(fs::absolute(folder, error), error);
    if (error) {
        return std::nullopt;
    }
    const fs::path resolved = fs::weakly_canonical(canonical_folder / reference, error);
    if (error) {
        return std::nullopt;
    }
    // Inside means: the folder's parts are a proper prefix of the path's parts.
    auto folder_part = canonical_folder.begin();
    auto path_part = resolved.begin();
    for (; folder_part != canonical_folder.end(); ++folder_part, ++path_part) {
        if (folder_part->empty() && std::next(folder_part) == canonical_folder.end()) {
            break; // a trailing separator of the folder
        }
        if (path_part == resolved.end() || *path_part != *folder_part) {
            return std::nullopt;
        }
    }
    if (path_part == resolved.end()) {
        return std::nullopt; // the folder itself is no file in it
    }
    return resolved;
}

std::string outside_folder_message(const std::string& reference, const std::string& folder_name) {
    return "„" + model::quoted_input(reference) + "“ liegt außerhalb von " + folder_name +
           ": es dürfen nur Dateien aus " + folder_name +
           " gelesen werden (auch nicht über einen symbolischen Link)";
}

} // namespace stadtsatz::read
