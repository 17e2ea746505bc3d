// Replays every input a fuzz target once failed on (tests/fuzz/regressions/<target>/) and the
// committed seeds (tests/fuzz/seeds/<target>/) through the function the libFuzzer target calls,
// so each finding stays fixed in every ordinary test run, without clang.
#include "fuzz_inputs.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string file_bytes(const fs::path& file) {
    std::ifstream stream(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    return bytes.str();
}

// The files of tests/fuzz/<kind>/<target>/, sorted; none when the folder does not exist.
std::vector<fs::path> inputs(const std::string& kind, const std::string& target) {
    const fs::path folder = fs::path(STADTSATZ_TEST_DATA) / "fuzz" / kind / target;
    std::vector<fs::path> files;
    if (fs::is_directory(folder)) {
        for (const auto& entry : fs::directory_iterator(folder)) {
            if (entry.is_regular_file()) {
                files.push_back(entry.path());
            }
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

void replay(const std::string& kind) {
    for (const stadtsatz::fuzz::Target& target : stadtsatz::fuzz::targets()) {
        for (const fs::path& file : inputs(kind, target.name)) {
            INFO("tests/fuzz/" << kind << "/" << target.name << "/" << file.filename().string());
            const std::string bytes = file_bytes(file);
            CHECK_NOTHROW(target.run(bytes));
        }
    }
}

} // namespace

TEST_CASE("every fuzz target has committed seeds", "[fuzz]") {
    REQUIRE(stadtsatz::fuzz::targets().size() == 5);
    for (const stadtsatz::fuzz::Target& target : stadtsatz::fuzz::targets()) {
        INFO(target.name);
        CHECK(!inputs("seeds", target.name).empty());
    }
}

TEST_CASE("the fuzz targets take their seeds", "[fuzz]") {
    replay("seeds");
}

TEST_CASE("the inputs the fuzz targets once failed on are handled", "[fuzz]") {
    replay("regressions");
}
