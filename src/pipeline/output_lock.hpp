#pragma once

#include "model/diagnostic.hpp"

#include <chrono>
#include <filesystem>
#include <optional>

namespace stadtsatz::pipeline {

// An exclusive flock(2) on out/.stadtsatz.lock, held while a build changes out/: two builds
// into one out/ folder commit one after the other instead of renaming over each other. The
// kernel drops the lock when the process dies, so a killed build never blocks the next one.
class OutputLock {
public:
    // Waits at most `timeout` for the lock; reports a clear error and returns nothing when
    // another build holds it longer, or when the lock file cannot be opened.
    static std::optional<OutputLock> acquire(const std::filesystem::path& out_folder,
                                             std::chrono::milliseconds timeout,
                                             model::Diagnostics& diagnostics);
    // The lock when it is free right now; nothing (and no message) otherwise.
    static std::optional<OutputLock> try_acquire(const std::filesystem::path& out_folder);

    OutputLock(OutputLock&& other) noexcept;
    OutputLock& operator=(OutputLock&& other) = delete;
    OutputLock(const OutputLock&) = delete;
    OutputLock& operator=(const OutputLock&) = delete;
    ~OutputLock(); // releases the lock

private:
    explicit OutputLock(int descriptor) : descriptor_(descriptor) {}
    int descriptor_ = -1; // the open lock file; -1 once moved from
};

// The lock file's name inside out/.
inline constexpr const char* output_lock_file_name = ".stadtsatz.lock";

// How long a build waits for another build's commit before it gives up.
inline constexpr std::chrono::milliseconds output_lock_timeout{60'000};

} // namespace stadtsatz::pipeline
