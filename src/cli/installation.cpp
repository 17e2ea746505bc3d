#include "cli/installation.hpp"

#include <vector>

namespace stadtsatz::cli {
namespace fs = std::filesystem;

namespace {

bool is_installation(const fs::path& folder) {
    std::error_code error;
    return fs::is_regular_file(folder / "styles" / "standard.xml", error) &&
           fs::is_directory(folder / "fonts", error) &&
           fs::is_regular_file(folder / "content" / "schema" / "publikation.xsd", error);
}

} // namespace

std::optional<fs::path> find_installation_folder() {
    std::vector<fs::path> candidates;
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        candidates.push_back(executable.parent_path().parent_path() / "share" / "stadtsatz");
    }
    candidates.emplace_back(STADTSATZ_SOURCE_FOLDER);
    if (!executable.empty()) {
        candidates.push_back(executable.parent_path().parent_path());
    }
    for (const fs::path& candidate : candidates) {
        if (is_installation(candidate)) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace stadtsatz::cli
