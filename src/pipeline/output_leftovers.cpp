#include "pipeline/output_leftovers.hpp"

#include <cerrno>
#include <charconv>
#include <optional>
#include <signal.h>
#include <unistd.h>

namespace stadtsatz::pipeline {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view staging_prefix = ".stadtsatz-staging-";
constexpr std::string_view aside_marker = ".alt-";

// The process id at the end of `name` after `marker`, when the name ends that way.
std::optional<pid_t> owner_after(const std::string& name, std::string_view marker) {
    const auto found = name.rfind(marker);
    if (found == std::string::npos) {
        return std::nullopt;
    }
    const char* first = name.data() + found + marker.size();
    const char* last = name.data() + name.size();
    pid_t process = 0;
    const auto [end, error] = std::from_chars(first, last, process);
    if (error != std::errc() || end != last || first == last || process <= 0) {
        return std::nullopt;
    }
    return process;
}

bool is_running(pid_t process) {
    if (process == ::getpid()) {
        return true;
    }
    return ::kill(process, 0) == 0 || errno != ESRCH;
}

void add_if_abandoned(const fs::path& entry, std::optional<pid_t> owner,
                      std::vector<fs::path>& abandoned) {
    if (owner && !is_running(*owner)) {
        abandoned.push_back(entry);
    }
}

} // namespace

fs::path staging_folder_of(const fs::path& out_folder, pid_t process) {
    return out_folder / (std::string(staging_prefix) + std::to_string(process));
}

std::vector<fs::path> find_leftovers(const fs::path& out_folder) {
    std::vector<fs::path> abandoned;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(out_folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(staging_prefix, 0) == 0) {
            add_if_abandoned(entry.path(), owner_after(name, staging_prefix), abandoned);
            continue;
        }
        std::error_code ignored;
        if (name.front() == '.' || !entry.is_directory(ignored) || entry.is_symlink(ignored)) {
            continue;
        }
        // An edition's folder: sites set aside by an interrupted commit of older versions.
        for (const auto& inner : fs::directory_iterator(entry.path(), ignored)) {
            const std::string inner_name = inner.path().filename().string();
            if (inner_name.front() == '.') {
                add_if_abandoned(inner.path(), owner_after(inner_name, aside_marker), abandoned);
            }
        }
    }
    return abandoned;
}

void remove_leftovers(const fs::path& out_folder) {
    for (const fs::path& leftover : find_leftovers(out_folder)) {
        std::error_code ignored;
        fs::remove_all(leftover, ignored);
    }
}

} // namespace stadtsatz::pipeline
