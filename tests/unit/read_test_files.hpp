#pragma once

// Helpers for the reader tests: small input files written next to the assertions, so a test
// shows the text whose line:column it checks.

#include "model/diagnostic.hpp"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace stadtsatz::test {

// A fresh folder below the system's temporary folder, removed again when the test ends.
class TemporaryFolder {
public:
    TemporaryFolder() {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("stadtsatz-read-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        std::filesystem::create_directories(path_);
    }
    ~TemporaryFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }

    // Writes `content` to `relative` (creating folders) and returns the full path.
    std::filesystem::path write(const std::string& relative, const std::string& content) const {
        std::filesystem::path file = path_ / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream stream(file, std::ios::binary);
        stream << content;
        return file;
    }

private:
    std::filesystem::path path_;
};

// The diagnostics as "file:line:column: error: message" lines, for readable failures.
inline std::string describe(const model::Diagnostics& diagnostics) {
    std::string text;
    for (const auto& diagnostic : diagnostics.all()) {
        text += model::format_diagnostic(diagnostic) + "\n";
    }
    return text;
}

// Whether some error sits at file:line:column and its message contains `fragment`.
inline bool has_error_at(const model::Diagnostics& diagnostics, const std::string& file, int line,
                         int column, const std::string& fragment) {
    for (const auto& diagnostic : diagnostics.all()) {
        if (diagnostic.severity == model::Severity::Error && diagnostic.position.file == file &&
            diagnostic.position.line == line && diagnostic.position.column == column &&
            diagnostic.message.find(fragment) != std::string::npos) {
            return true;
        }
    }
    return false;
}

inline std::string source_dir() {
    return STADTSATZ_SOURCE_DIR;
}
inline std::string fixtures_dir() {
    return std::string(STADTSATZ_TEST_DATA) + "/unit/fixtures/read";
}

// The text of a fixture file, e.g. "publikation.xml" (empty if it cannot be read).
inline std::string fixture_text(const std::string& relative) {
    std::ifstream stream(fixtures_dir() + "/" + relative);
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    return buffer.str();
}

// Copies the standard style's print profile into `folder`, as styles/ has it, so that a copy
// of styles/standard.xml written there finds its <druck profil="icc/…">.
inline void copy_print_profile(const TemporaryFolder& folder) {
    std::ifstream stream(source_dir() + "/styles/icc/FOGRA39L_coated.icc", std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    folder.write("icc/FOGRA39L_coated.icc", bytes.str());
}

// `text` with its first `from` replaced by `to`; an empty string if `from` does not occur,
// so a changed fixture makes the test fail instead of testing the unchanged text.
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    return at == std::string::npos ? std::string() : text.replace(at, from.size(), to);
}

} // namespace stadtsatz::test
