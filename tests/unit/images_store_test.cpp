// The image store: every picture of a document decoded once, wherever it sits (chapter,
// list, quote, footnote), and a damaged file an error at each block that shows it.

#include "images/image_store.hpp"
#include "images_test_files.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

model::Block picture(const std::string& source, const std::string& resolved, int line) {
    model::Block block;
    block.kind = model::BlockKind::Image;
    block.image = std::make_shared<model::Image>();
    block.image->source = source;
    block.image->resolved = resolved;
    block.image->alt = "Bild";
    block.position = {"kapitel/01.md", line, 1};
    return block;
}

} // namespace

TEST_CASE("the image store decodes every picture of a document, each file once", "[images]") {
    const std::string rgb = test::image_fixture("rgb8.png");
    const std::string jpeg = test::image_fixture("rgb.jpg");
    const std::string grey = test::image_fixture("grey16.png");
    const std::string broken = test::image_fixture("truncated.png");

    model::Document document;
    model::Chapter chapter;
    chapter.blocks.push_back(picture("bilder/rgb8.png", rgb, 3));
    model::Block list;
    list.kind = model::BlockKind::List;
    list.items.push_back({picture("bilder/rgb.jpg", jpeg, 5)});
    list.items.push_back({picture("bilder/rgb8.png", rgb, 6)}); // the same file again
    chapter.blocks.push_back(list);
    model::Block quote;
    quote.kind = model::BlockKind::BlockQuote;
    quote.children.push_back(picture("bilder/kaputt.png", broken, 8));
    chapter.blocks.push_back(quote);
    chapter.blocks.push_back(picture("bilder/kaputt.png", broken, 9));
    chapter.blocks.push_back(picture("bilder/fehlt.png", "", 10)); // reported by the reader
    document.chapters.push_back(chapter);
    model::Footnote footnote;
    footnote.id = "quelle";
    footnote.blocks.push_back(picture("bilder/grey16.png", grey, 12));
    document.footnotes.emplace("quelle", footnote);

    model::Diagnostics diagnostics;
    const images::ImageStore store = images::decode_document_images(document, diagnostics);

    CHECK(store.images().size() == 3);
    REQUIRE(store.find(rgb) != nullptr);
    CHECK(store.find(rgb)->file == rgb);
    CHECK(store.find(rgb)->width == fixture_images::width);
    REQUIRE(store.find(jpeg) != nullptr);
    CHECK(store.find(jpeg)->passthrough == images::Passthrough::Jpeg);
    REQUIRE(store.find(grey) != nullptr);
    CHECK(store.find(grey)->bits_per_component == 16);
    CHECK(store.find(broken) == nullptr);

    INFO(test::describe(diagnostics));
    REQUIRE(diagnostics.all().size() == 2);
    const std::string message =
        "Bild „bilder/kaputt.png“: Bilddatei ist beschädigt (PNG: Datei endet vorzeitig)";
    CHECK(test::has_error_at(diagnostics, "kapitel/01.md", 8, 1, message));
    CHECK(test::has_error_at(diagnostics, "kapitel/01.md", 9, 1, message));
}

TEST_CASE("the image store decodes the sample's pictures without errors", "[images]") {
    model::Document document;
    model::Chapter chapter;
    for (const char* name : {"prozess.png", "stadtteile.png"}) {
        chapter.blocks.push_back(picture(std::string("bilder/") + name,
                                         test::source_dir() + "/content/bilder/" + name, 1));
    }
    document.chapters.push_back(chapter);
    model::Diagnostics diagnostics;
    const images::ImageStore store = images::decode_document_images(document, diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    REQUIRE(store.images().size() == 2);
    for (const auto& [file, image] : store.images()) {
        INFO(file);
        CHECK(image.passthrough == images::Passthrough::PngFlate);
        CHECK(image.colour == images::ColourModel::Rgb);
        CHECK(image.width == 1600);
    }
}
