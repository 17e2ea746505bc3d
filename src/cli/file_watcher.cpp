#include "cli/file_watcher.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/inotify.h>
#include <unistd.h>

namespace stadtsatz::cli {
namespace fs = std::filesystem;

namespace {

// Saved files (written in place or renamed into place), removed files, new folders.
constexpr std::uint32_t watched_events = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE |
                                         IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF;

// Symbolic links to folders are followed; this bounds a chain of them that loops.
constexpr int maximum_depth = 32;

} // namespace

bool is_editor_scratch_file(const fs::path& file) {
    const std::string name = file.filename().string();
    return name.empty() || name[0] == '.' || name.back() == '~' || name == "4913" ||
           file.extension() == ".swp" || file.extension() == ".swx" || file.extension() == ".tmp" ||
           (name.front() == '#' && name.back() == '#');
}

FileWatcher::FileWatcher() : descriptor_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {}

FileWatcher::~FileWatcher() {
    if (descriptor_ >= 0) {
        ::close(descriptor_);
    }
}

bool FileWatcher::is_ignored(const fs::path& path) const {
    for (const fs::path& folder : ignored_) {
        const auto mismatch = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
        if (mismatch.first == folder.end()) {
            return true;
        }
    }
    return false;
}

void FileWatcher::add_folder(const fs::path& folder) {
    std::error_code error;
    const fs::path canonical = fs::canonical(folder, error);
    if (error || is_ignored(folder) || !canonical_folders_.insert(canonical).second) {
        return;
    }
    const int watch = inotify_add_watch(descriptor_, folder.c_str(), watched_events);
    if (watch >= 0) {
        folders_[watch] = {folder, canonical};
    }
}

bool FileWatcher::watch_tree(const fs::path& root, std::string& error) {
    if (descriptor_ < 0) {
        error = std::string("inotify: ") + std::strerror(errno);
        return false;
    }
    std::error_code status;
    if (!fs::is_directory(root, status)) {
        error = root.string() + " ist kein Ordner";
        return false;
    }
    const std::size_t before = folders_.size();
    add_folder(root);
    if (folders_.size() == before && !canonical_folders_.count(fs::canonical(root, status))) {
        error = root.string() + " lässt sich nicht beobachten: " + std::strerror(errno);
        return false;
    }
    fs::recursive_directory_iterator walk(root,
                                          fs::directory_options::follow_directory_symlink |
                                              fs::directory_options::skip_permission_denied,
                                          status);
    for (; !status && walk != fs::recursive_directory_iterator(); walk.increment(status)) {
        if (walk->is_directory(status)) {
            if (walk.depth() >= maximum_depth || is_ignored(walk->path())) {
                walk.disable_recursion_pending();
                continue;
            }
            const std::size_t count = canonical_folders_.size();
            add_folder(walk->path());
            if (canonical_folders_.size() == count) {
                walk.disable_recursion_pending(); // reached before, through another link
            }
        }
    }
    return true;
}

bool FileWatcher::read_events(std::set<fs::path>& changed) {
    bool overflow = false;
    alignas(inotify_event) char buffer[16 * 1024];
    while (true) {
        const ssize_t length = ::read(descriptor_, buffer, sizeof buffer);
        if (length <= 0) {
            break;
        }
        for (ssize_t offset = 0; offset < length;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
            offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            if (event->mask & IN_Q_OVERFLOW) {
                overflow = true;
                continue;
            }
            const auto folder = folders_.find(event->wd);
            if (folder == folders_.end()) {
                continue;
            }
            if (event->mask & IN_IGNORED) {
                canonical_folders_.erase(folder->second.canonical);
                folders_.erase(folder);
                continue;
            }
            if (event->mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
                changed.insert(folder->second.path);
                continue;
            }
            const fs::path path = folder->second.path / (event->len > 0 ? event->name : "");
            if (is_ignored(path)) {
                continue;
            }
            if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) {
                std::string ignored;
                watch_tree(path, ignored); // its files may be there before the watch is
                changed.insert(path);
                continue;
            }
            if (!is_editor_scratch_file(path)) {
                changed.insert(path);
            }
        }
    }
    return overflow;
}

} // namespace stadtsatz::cli
