#include "cli/content_folder.hpp"

#include "pipeline/build_options.hpp"

#include <iostream>

namespace stadtsatz::cli {
namespace fs = std::filesystem;

fs::path normalised_folder(const fs::path& folder) {
    std::error_code error;
    fs::path result = fs::absolute(folder, error).lexically_normal();
    if (error) {
        result = folder.lexically_normal();
    }
    // "content/" normalises to "/…/content/", whose parent would be content itself.
    while (result.has_parent_path() && result.filename().empty() && result != result.root_path()) {
        result = result.parent_path();
    }
    return result;
}

std::optional<fs::path> find_content_folder_above(const fs::path& start) {
    fs::path folder = normalised_folder(start);
    while (true) {
        std::error_code error;
        if (fs::is_regular_file(folder / "content" / pipeline::manifest_file_name, error)) {
            return folder / "content";
        }
        if (folder == folder.root_path() || !folder.has_parent_path()) {
            return std::nullopt;
        }
        folder = folder.parent_path();
    }
}

std::optional<fs::path> locate_content_folder(const std::optional<std::string>& given,
                                              const std::string& command) {
    if (given) {
        return normalised_folder(*given);
    }
    std::error_code error;
    const fs::path here = fs::current_path(error);
    if (!error) {
        if (auto found = find_content_folder_above(here)) {
            return found;
        }
    }
    std::cerr << "stadtsatz " << command << ": kein Inhaltsordner gefunden – weder "
              << (here / "content" / pipeline::manifest_file_name).string() << " noch content/"
              << pipeline::manifest_file_name << " in einem übergeordneten Ordner.\n"
              << "Geben Sie den Inhaltsordner an (stadtsatz " << command
              << " ORDNER/content) oder legen Sie eine neue Publikation an (stadtsatz init "
                 "ORDNER).\n";
    return std::nullopt;
}

} // namespace stadtsatz::cli
