#include "pipeline/output_lock.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace stadtsatz::pipeline {
namespace fs = std::filesystem;

namespace {

int open_lock_file(const fs::path& out_folder) {
    std::error_code ignored;
    fs::create_directories(out_folder, ignored);
    const fs::path file = out_folder / output_lock_file_name;
    return ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
}

} // namespace

std::optional<OutputLock> OutputLock::acquire(const fs::path& out_folder,
                                              std::chrono::milliseconds timeout,
                                              model::Diagnostics& diagnostics) {
    const fs::path file = out_folder / output_lock_file_name;
    const int descriptor = open_lock_file(out_folder);
    if (descriptor < 0) {
        diagnostics.error({file.string(), 0, 0}, std::string("Sperrdatei kann nicht angelegt "
                                                             "werden: ") +
                                                     std::strerror(errno));
        return std::nullopt;
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
        if ((errno != EWOULDBLOCK && errno != EINTR) ||
            std::chrono::steady_clock::now() >= deadline) {
            ::close(descriptor);
            diagnostics.error(
                {file.string(), 0, 0},
                "Ausgabeordner ist belegt: ein anderer Lauf von stadtsatz schreibt seit " +
                    std::to_string(timeout.count() / 1000) +
                    " s in diesen Ordner; die neuen Ausgaben wurden nicht übernommen");
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return OutputLock(descriptor);
}

std::optional<OutputLock> OutputLock::try_acquire(const fs::path& out_folder) {
    const int descriptor = open_lock_file(out_folder);
    if (descriptor < 0) {
        return std::nullopt;
    }
    if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
        ::close(descriptor);
        return std::nullopt;
    }
    return OutputLock(descriptor);
}

OutputLock::OutputLock(OutputLock&& other) noexcept : descriptor_(other.descriptor_) {
    other.descriptor_ = -1;
}

OutputLock::~OutputLock() {
    if (descriptor_ >= 0) {
        ::close(descriptor_); // closing the only descriptor releases the flock
    }
}

} // namespace stadtsatz::pipeline
