// Glyph expansion of justified lines (PDF horizontal scaling, Tz): within ±2 % on every page
// of the laid-out publications, and written to the content stream only where it changes.

#include "laid_out_publication.hpp"
#include "pdf/content_stream.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace stadtsatz;

TEST_CASE("glyphs are widened or narrowed by at most 2 %", "[layout][linebreak][properties]") {
    for (const std::string& name : test::property_test_publications()) {
        const auto& publication = test::laid_out_publication(name);
        INFO(name);
        REQUIRE(publication.layout.pages.size() > 10);
        std::size_t runs = 0;
        std::size_t scaled = 0;
        for (const auto& page : publication.layout.pages) {
            for (const auto& item : page.items) {
                const auto* run = std::get_if<layout::TextRun>(&item);
                if (run == nullptr) {
                    continue;
                }
                ++runs;
                scaled += run->horizontal_scale != 1 ? 1 : 0;
                CHECK(run->horizontal_scale >= 0.98 - 1e-9);
                CHECK(run->horizontal_scale <= 1.02 + 1e-9);
            }
        }
        if (publication.document.style.setting.alignment == model::TextAlignment::Left) {
            CHECK(scaled == 0); // ragged right (Leichte Sprache): no line is expanded
        } else {
            CHECK(scaled > 0);        // justified lines use it
            CHECK(scaled < runs / 2); // ragged lines, headings, tables do not
        }
    }
}

TEST_CASE("the content stream writes Tz only where the scaling changes", "[pdf][linebreak]") {
    pdf::ContentStream stream(false);
    stream.horizontal_scale(1); // the initial state: nothing to write
    CHECK(stream.bytes().empty());
    stream.horizontal_scale(0.985);
    CHECK(stream.bytes() == "98.5 Tz\n");
    stream.horizontal_scale(0.985);
    CHECK(stream.bytes() == "98.5 Tz\n");
    stream.horizontal_scale(1);
    CHECK(stream.bytes() == "98.5 Tz\n100 Tz\n");
    stream.save();
    stream.restore(); // Q restores the state of q, whatever it was: write Tz again
    stream.horizontal_scale(1);
    CHECK(stream.bytes() == "98.5 Tz\n100 Tz\nq\nQ\n100 Tz\n");
}
