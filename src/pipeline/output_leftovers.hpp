#pragma once

#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace stadtsatz::pipeline {

// "out/.stadtsatz-staging-1234": where build 1234 collects its outputs, and where its
// commit leaves the outputs it replaced until they are deleted.
std::filesystem::path staging_folder_of(const std::filesystem::path& out_folder, pid_t process);

// What builds that were killed left in `out_folder`: their staging folders and the
// set-aside sites (".html.alt-1234") older versions left beside an edition's outputs. Only
// entries of processes that no longer run count, so a build that is still staging keeps its
// folder.
std::vector<std::filesystem::path> find_leftovers(const std::filesystem::path& out_folder);

// Removes what find_leftovers() finds. Call it while holding the OutputLock.
void remove_leftovers(const std::filesystem::path& out_folder);

} // namespace stadtsatz::pipeline
