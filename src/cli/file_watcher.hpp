#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace stadtsatz::cli {

// Watches folders and everything below them with inotify; folders created later are added.
class FileWatcher {
public:
    FileWatcher();
    ~FileWatcher();
    FileWatcher(const FileWatcher&) = delete;
    FileWatcher& operator=(const FileWatcher&) = delete;

    // Watches `root` and its subfolders (following symbolic links to folders). False if the
    // root cannot be watched; `error` then says why.
    bool watch_tree(const std::filesystem::path& root, std::string& error);
    // Never reports changes inside `folder` (the output folder, if it lies in a watched tree).
    void ignore(const std::filesystem::path& folder) { ignored_.insert(folder); }

    // The descriptor to poll for readability.
    int descriptor() const { return descriptor_; }

    // Reads the pending events into `changed` (paths as watched, not canonical). Returns true
    // when the kernel dropped events (queue overflow): then anything may have changed.
    bool read_events(std::set<std::filesystem::path>& changed);

private:
    void add_folder(const std::filesystem::path& folder);
    bool is_ignored(const std::filesystem::path& path) const;

    int descriptor_ = -1;
    // A watched folder as reached from the root, and its canonical path.
    struct WatchedFolder {
        std::filesystem::path path;
        std::filesystem::path canonical;
    };
    std::map<int, WatchedFolder> folders_;              // watch descriptor → folder
    std::set<std::filesystem::path> canonical_folders_; // each folder once, however reached
    std::set<std::filesystem::path> ignored_;
};

// Editors' temporary and backup files (".kapitel.md.swp", "kapitel.md~", vim's "4913"),
// whose changes do not change the publication.
bool is_editor_scratch_file(const std::filesystem::path& file);

} // namespace stadtsatz::cli
