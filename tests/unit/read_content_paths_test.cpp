#include "read/content_paths.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;
namespace fs = std::filesystem;

TEST_CASE("content paths: only files inside the folder, links followed", "[read][paths]") {
    test::TemporaryFolder root;
    const fs::path content = root.path() / "content";
    root.write("content/bilder/bild.png", "png");
    root.write("content-daneben/bild.png", "png");
    root.write("ausserhalb/geheim.png", "png");
    fs::create_directory_symlink(root.path() / "ausserhalb", content / "extern");
    fs::create_symlink("bild.png", content / "bilder/alias.png");
    fs::create_symlink(root.path() / "ausserhalb/geheim.png", content / "bilder/link.png");

    const auto inside = read::path_inside(content, "bilder/bild.png");
    REQUIRE(inside);
    CHECK(*inside == fs::canonical(content / "bilder/bild.png"));
    CHECK(read::path_inside(content, "bilder/alias.png") ==
          fs::canonical(content / "bilder/bild.png"));
    CHECK(read::path_inside(content, "bilder/fehlt.png"));     // need not exist
    CHECK(read::path_inside(content / "", "bilder/bild.png")); // a trailing separator

    CHECK_FALSE(read::path_inside(content, "../ausserhalb/geheim.png"));
    CHECK_FALSE(read::path_inside(content, "bilder/../../ausserhalb/geheim.png"));
    CHECK_FALSE(read::path_inside(content, root.path() / "ausserhalb/geheim.png"));
    CHECK_FALSE(read::path_inside(content, "../content-daneben/bild.png")); // a name prefix only
    CHECK_FALSE(read::path_inside(content, "extern/geheim.png"));
    CHECK_FALSE(read::path_inside(content, "bilder/link.png"));
    CHECK_FALSE(read::path_inside(content, "."));
    CHECK_FALSE(read::path_inside(content, "/etc/passwd"));
}
