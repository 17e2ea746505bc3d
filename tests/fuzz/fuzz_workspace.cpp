#include "fuzz_workspace.hpp"

#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace stadtsatz::fuzz {
namespace fs = std::filesystem;

Workspace::Workspace() {
    root_ = fs::temp_directory_path() / ("stadtsatz-fuzz-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "content" / "kapitel");
    fs::create_directories(root_ / "content" / "handlungsfelder");
    fs::create_directories(root_ / "styles");
    const fs::path source(STADTSATZ_SOURCE_DIR);
    fs::copy(source / "content" / "bilder", root_ / "content" / "bilder",
             fs::copy_options::recursive);
    fs::copy(source / "styles" / "icc", root_ / "styles" / "icc", fs::copy_options::recursive);
}

Workspace::~Workspace() {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
}

const Workspace& Workspace::get() {
    static const Workspace workspace;
    return workspace;
}

fs::path Workspace::fonts_folder() const {
    return repository_root() / "fonts";
}

fs::path Workspace::repository_root() const {
    return fs::path(STADTSATZ_SOURCE_DIR);
}

fs::path Workspace::write(const fs::path& relative, std::string_view bytes) const {
    const fs::path file = root_ / relative;
    std::ofstream stream(file, std::ios::binary | std::ios::trunc);
    stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    stream.close();
    if (!stream) {
        throw std::runtime_error("cannot write the fuzz input " + file.string());
    }
    return file;
}

} // namespace stadtsatz::fuzz
