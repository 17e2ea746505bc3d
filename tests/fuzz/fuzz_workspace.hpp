#pragma once

#include <filesystem>
#include <string_view>

namespace stadtsatz::fuzz {

// A publication folder of this process below the system's temporary folder, made once and
// removed at exit: content/ (with the sample's pictures, so image references can resolve) and
// styles/ (with the repository's ICC profiles). The inputs are written into it as files, since
// the readers read files.
class Workspace {
public:
    static const Workspace& get();

    const std::filesystem::path& root() const { return root_; }
    std::filesystem::path content_folder() const { return root_ / "content"; }
    std::filesystem::path styles_folder() const { return root_ / "styles"; }
    // The repository's fonts/, which styles name.
    std::filesystem::path fonts_folder() const;
    // The repository itself (where fonts/ lives).
    std::filesystem::path repository_root() const;

    // Writes `bytes` to `relative` below root() and returns the full path.
    std::filesystem::path write(const std::filesystem::path& relative,
                                std::string_view bytes) const;

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

private:
    Workspace();
    std::filesystem::path root_;
};

} // namespace stadtsatz::fuzz
