#include "pipeline/output_lock.hpp"
#include "pipeline/staged_output.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <sys/wait.h>
#include <system_error>
#include <unistd.h>
#include <vector>

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
    // the edition's folder and the lock file, no staging folder
    CHECK(std::distance(fs::directory_iterator(out), fs::directory_iterator()) == 2);
    CHECK(fs::exists(out / ".stadtsatz.lock"));
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
        if (entry.path().filename() != ".stadtsatz.lock") {
            CHECK(entry.path().filename().string().front() != '.'); // no staging leftovers
        }
    }
}

namespace {

// Every file below `folder`, hidden ones (staging leftovers) included, with its bytes.
std::map<std::string, std::string> snapshot(const fs::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file() && entry.path().filename() != ".stadtsatz.lock") {
            std::ifstream stream(entry.path(), std::ios::binary);
            std::stringstream buffer;
            buffer << stream.rdbuf();
            files[fs::relative(entry.path(), folder).string()] = buffer.str();
        }
    }
    return files;
}

using MoveKind = pipeline::StagedOutput::MoveKind;

// A move that fails as an unwritable target does ("permission denied") the first time it
// would move `from_path` away or move something onto `to_path`, and works normally otherwise
// (so putting back what a failed commit moved aside still works).
pipeline::StagedOutput::Move failing_once(const fs::path& from_path, const fs::path& to_path) {
    auto failed = std::make_shared<bool>(false);
    return [=](const fs::path& from, const fs::path& to, MoveKind kind, std::error_code& error) {
        if (!*failed && (from == from_path || to == to_path)) {
            *failed = true;
            error = std::make_error_code(std::errc::permission_denied);
            return;
        }
        pipeline::StagedOutput::move_in_place(from, to, kind, error);
    };
}

// The outputs of a good earlier build: two PDFs and a site with a picture, with bytes that
// are not text, so "byte-identical" means something.
fs::path previous_build(const std::string& name) {
    const fs::path out = scratch(name);
    pipeline::StagedOutput first(out);
    model::Diagnostics diagnostics;
    const std::string binary("%PDF-1.7\n\0\xff\xfe alt", 16);
    first.write_file("standard/konzept-druck.pdf", binary + " druck", diagnostics);
    first.write_file("standard/konzept.pdf", binary + " bildschirm", diagnostics);
    first.write_file("standard/html/index.html", "<p>alt</p>", diagnostics);
    first.write_file("standard/html/bilder/bild.png", binary + " bild", diagnostics);
    REQUIRE(first.commit(diagnostics));
    return out;
}

// Stages a new build of every output the previous build has.
void stage_new_build(pipeline::StagedOutput& output, model::Diagnostics& diagnostics) {
    output.write_file("standard/konzept-druck.pdf", "neu druck", diagnostics);
    output.write_file("standard/konzept.pdf", "neu bildschirm", diagnostics);
    output.write_file("standard/html/index.html", "<p>neu</p>", diagnostics);
}

} // namespace

TEST_CASE("a file that cannot be replaced keeps its previous bytes", "[pipeline]") {
    const fs::path out = previous_build("unreplaceable-file");
    const auto before = snapshot(out);
    model::Diagnostics diagnostics;
    {
        pipeline::StagedOutput output(out, failing_once({}, out / "standard/konzept.pdf"));
        output.write_file("standard/konzept.pdf", "neu", diagnostics);
        CHECK_FALSE(output.commit(diagnostics));
        CHECK(output.committed().empty());
    }
    CHECK(diagnostics.has_errors());
    CHECK(snapshot(out) == before);
}

TEST_CASE("a site that cannot be moved into place leaves the previous site", "[pipeline]") {
    const fs::path out = previous_build("unreplaceable-site");
    const auto before = snapshot(out);
    model::Diagnostics diagnostics;
    {
        pipeline::StagedOutput output(out, failing_once({}, out / "standard/html"));
        output.write_file("standard/html/index.html", "<p>neu</p>", diagnostics);
        CHECK_FALSE(output.commit(diagnostics));
    }
    CHECK(diagnostics.has_errors());
    CHECK(snapshot(out) == before); // the old site is back, nothing set aside is left
}

TEST_CASE("a site already swapped in is swapped back when a later output fails", "[pipeline]") {
    const fs::path out = previous_build("swapped-back-site");
    const auto before = snapshot(out);
    model::Diagnostics diagnostics;
    {
        pipeline::StagedOutput output(out, failing_once({}, out / "standard/konzept.pdf"));
        output.write_file("standard/html/index.html", "<p>neu</p>", diagnostics);
        output.write_file("standard/konzept.pdf", "neu", diagnostics);
        CHECK_FALSE(output.commit(diagnostics));
    }
    CHECK(diagnostics.has_errors());
    CHECK(snapshot(out) == before);
}

TEST_CASE("the site is swapped in one step, never missing from its place", "[pipeline]") {
    const fs::path out = previous_build("swapped-site");
    std::vector<MoveKind> kinds;
    bool site_always_there = true;
    auto watching = [&](const fs::path& from, const fs::path& to, MoveKind kind,
                        std::error_code& error) {
        kinds.push_back(kind);
        site_always_there = site_always_there && fs::exists(out / "standard/html/index.html");
        pipeline::StagedOutput::move_in_place(from, to, kind, error);
        site_always_there = site_always_there && fs::exists(out / "standard/html/index.html");
    };
    model::Diagnostics diagnostics;
    {
        pipeline::StagedOutput output(out, watching);
        output.write_file("standard/html/index.html", "<p>neu</p>", diagnostics);
        REQUIRE(output.commit(diagnostics));
    }
    CHECK(kinds == std::vector<MoveKind>{MoveKind::Exchange});
    CHECK(site_always_there);
    CHECK(read(out / "standard/html/index.html") == "<p>neu</p>");
    CHECK_FALSE(fs::exists(out / "standard/html/bilder")); // the old site is gone whole
}

namespace {

// The id of a process that has ended: a child that exits at once, reaped.
pid_t ended_process() {
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(0);
    }
    ::waitpid(child, nullptr, 0);
    return child;
}

} // namespace

TEST_CASE("what killed builds left in out/ is removed by the next build", "[pipeline]") {
    const fs::path out = previous_build("leftovers");
    const std::string dead = std::to_string(ended_process());
    const std::string alive = std::to_string(::getppid()); // the shell or ctest: still running
    fs::create_directories(out / (".stadtsatz-staging-" + dead) / "standard/html");
    fs::create_directories(out / (".stadtsatz-staging-" + alive) / "standard/html");
    fs::create_directories(out / ("standard/.html.alt-" + dead));
    std::ofstream(out / ("standard/.konzept.pdf.alt-" + dead)) << "alt";
    model::Diagnostics diagnostics;
    {
        pipeline::StagedOutput output(out);
        output.write_file("standard/konzept.pdf", "neu", diagnostics);
        REQUIRE(output.commit(diagnostics));
    }
    CHECK_FALSE(fs::exists(out / (".stadtsatz-staging-" + dead)));
    CHECK_FALSE(fs::exists(out / ("standard/.html.alt-" + dead)));
    CHECK_FALSE(fs::exists(out / ("standard/.konzept.pdf.alt-" + dead)));
    // A build that is still running keeps its staging folder.
    CHECK(fs::exists(out / (".stadtsatz-staging-" + alive)));
    CHECK(read(out / "standard/konzept.pdf") == "neu");
    CHECK(read(out / "standard/html/index.html") == "<p>alt</p>");
}

TEST_CASE("a build that does not commit still removes what killed builds left", "[pipeline]") {
    const fs::path out = previous_build("leftovers-without-commit");
    const std::string dead = std::to_string(ended_process());
    fs::create_directories(out / (".stadtsatz-staging-" + dead) / "standard/html");
    { pipeline::StagedOutput failed_build(out); }
    CHECK_FALSE(fs::exists(out / (".stadtsatz-staging-" + dead)));
}

TEST_CASE("a commit waits for another build's lock and reports when it cannot get it",
          "[pipeline]") {
    const fs::path out = previous_build("locked");
    model::Diagnostics ignored;
    auto held = pipeline::OutputLock::acquire(out, std::chrono::milliseconds(0), ignored);
    REQUIRE(held);
    CHECK_FALSE(pipeline::OutputLock::try_acquire(out));
    model::Diagnostics diagnostics;
    CHECK_FALSE(pipeline::OutputLock::acquire(out, std::chrono::milliseconds(50), diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].message.find("Ausgabeordner ist belegt") != std::string::npos);
    held.reset();
    CHECK(pipeline::OutputLock::try_acquire(out));
}

// The site comes last: when it cannot be moved in, both new PDFs are already in place and
// must be taken back.
TEST_CASE("a commit that fails in the middle leaves every previous output byte-identical",
          "[pipeline]") {
    const fs::path out = previous_build("failing-in-the-middle");
    const auto before = snapshot(out);
    model::Diagnostics diagnostics;
    {
        pipeline::StagedOutput output(out, failing_once({}, out / "standard/html"));
        stage_new_build(output, diagnostics);
        CHECK_FALSE(output.commit(diagnostics));
    }
    CHECK(diagnostics.has_errors());
    const auto after = snapshot(out);
    for (const auto& [file, bytes] : before) {
        INFO(file);
        CHECK((after.count(file) == 1 && after.at(file) == bytes));
    }
    CHECK(after.size() == before.size());
}

TEST_CASE("a commit that works replaces every output and leaves nothing behind", "[pipeline]") {
    const fs::path out = previous_build("working-commit");
    model::Diagnostics diagnostics;
    {
        pipeline::StagedOutput output(out, failing_once({}, {}));
        stage_new_build(output, diagnostics);
        CHECK(output.commit(diagnostics));
    }
    CHECK_FALSE(diagnostics.has_errors());
    const std::map<std::string, std::string> expected = {
        {"standard/konzept-druck.pdf", "neu druck"},
        {"standard/konzept.pdf", "neu bildschirm"},
        {"standard/html/index.html", "<p>neu</p>"}};
    CHECK(snapshot(out) == expected);
}
