#include "pipeline/staged_output.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace stadtsatz;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
    std::ifstream stream(path);
    std::stringstream buffer;
    buffer << stream.rdbuf();
    return buffer.str();
}

fs::path scratch(const std::string& name) {
    const fs::path folder =
        fs::temp_directory_path() / ("stadtsatz-test-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

} // namespace

TEST_CASE("staged outputs replace files and folders only on commit") {
    const fs::path out = scratch("staged");
    {
        pipeline::StagedOutput first(out);
        model::Diagnostics diagnostics;
        first.write_file("standard/a.pdf", "alt", diagnostics);
        first.write_file("standard/html/index.html", "alt", diagnostics);
        first.write_file("standard/html/weg.html", "alt", diagnostics);
        REQUIRE(first.commit(diagnostics));
    }
    {
        pipeline::StagedOutput abandoned(out);
        model::Diagnostics diagnostics;
        abandoned.write_file("standard/a.pdf", "halb", diagnostics);
        // no commit: the build failed
    }
    CHECK(read(out / "standard/a.pdf") == "alt");
    CHECK(std::distance(fs::directory_iterator(out), fs::directory_iterator()) == 1);
    {
        pipeline::StagedOutput second(out);
        model::Diagnostics diagnostics;
        second.write_file("standard/a.pdf", "neu", diagnostics);
        second.write_file("standard/html/index.html", "neu", diagnostics);
        REQUIRE(second.commit(diagnostics));
        CHECK(second.committed().size() == 2);
    }
    CHECK(read(out / "standard/a.pdf") == "neu");
    CHECK(read(out / "standard/html/index.html") == "neu");
    CHECK_FALSE(fs::exists(out / "standard/html/weg.html")); // the site is replaced whole
    for (const auto& entry : fs::recursive_directory_iterator(out)) {
        CHECK(entry.path().filename().string().front() != '.'); // no staging leftovers
    }
}
