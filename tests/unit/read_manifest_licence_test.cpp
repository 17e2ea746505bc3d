#include "model/data_licence.hpp"
#include "read/manifest_reader.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

// The fixture manifest with `licence` as <lizenz> after the imprint (line 19, text column 13).
std::optional<model::Publication> read_with_licence(const std::string& licence,
                                                    model::Diagnostics& diagnostics) {
    const std::string text =
        test::replaced(test::fixture_text("publikation.xml"), "    </impressum>\n",
                       "    </impressum>\n    <lizenz>" + licence + "</lizenz>\n");
    REQUIRE_FALSE(text.empty());
    test::TemporaryFolder folder;
    return read::read_manifest(folder.write("publikation.xml", text), test::source_dir(),
                               diagnostics);
}

} // namespace

TEST_CASE("manifest <lizenz> maps a short id to its DCAT-AP.de URI", "[licence]") {
    model::Diagnostics diagnostics;
    const auto publication = read_with_licence("cc-by/4.0", diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(publication);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(publication->metadata.licence == "http://dcat-ap.de/def/licenses/cc-by/4.0");
}

TEST_CASE("manifest <lizenz> takes a URI as written", "[licence]") {
    model::Diagnostics diagnostics;
    const auto publication =
        read_with_licence("https://example.org/lizenz/eigene-1.0", diagnostics);
    REQUIRE(publication);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(publication->metadata.licence == "https://example.org/lizenz/eigene-1.0");
}

TEST_CASE("manifest without <lizenz> leaves the default to the writers", "[licence]") {
    model::Diagnostics diagnostics;
    const auto publication = read::read_manifest(test::fixtures_dir() + "/publikation.xml",
                                                 test::source_dir(), diagnostics);
    REQUIRE(publication);
    CHECK(publication->metadata.licence.empty());
    CHECK(model::default_data_licence().uri == "http://dcat-ap.de/def/licenses/dl-by-de/2.0");
}

TEST_CASE("manifest <lizenz> with an unknown id is an error with a suggestion", "[licence]") {
    model::Diagnostics diagnostics;
    read_with_licence("dl-by-de/2", diagnostics);
    INFO(test::describe(diagnostics));
    CHECK(test::has_error_at(diagnostics, "publikation.xml", 19, 13,
                             "<lizenz> \"dl-by-de/2\" ist keine bekannte Lizenz"));
    CHECK(test::describe(diagnostics).find("meinten Sie \"dl-by-de/2.0\"") != std::string::npos);
}
