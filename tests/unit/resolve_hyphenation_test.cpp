#include "html/soft_hyphens.hpp"
#include "read/hyphenation_exceptions_reader.hpp"
#include "resolve/hyphenation.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

model::Block block_of(model::BlockKind kind, const std::string& text) {
    model::Block block;
    block.kind = kind;
    block.level = kind == model::BlockKind::Heading ? 2 : 0;
    block.inlines = {model::make_text(text)};
    return block;
}

model::Document document_with(std::vector<model::Block> blocks) {
    model::Document document;
    model::Chapter chapter;
    chapter.id = "kapitel";
    chapter.blocks = std::move(blocks);
    document.chapters.push_back(std::move(chapter));
    return document;
}

// The text with "-" at syllable breaks and "=" at compound joints, as `hyphenate --joints`.
std::string marked(const model::Inline& run) {
    std::string result;
    std::size_t copied = 0;
    for (const auto& point : run.hyphenation) {
        result.append(run.text, copied, point.offset - copied);
        result += point.kind == model::HyphenationKind::CompoundJoint ? "=" : "-";
        copied = point.offset;
    }
    return result + run.text.substr(copied);
}

} // namespace

TEST_CASE("resolve stores hyphenation points with their kind in running text and headings") {
    auto document =
        document_with({block_of(model::BlockKind::Paragraph, "Das Integrationskonzept gilt."),
                       block_of(model::BlockKind::Heading, "Integrationskonzept")});
    model::Diagnostics diagnostics;
    resolve::hyphenate_document(document, diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    const auto& paragraph = document.chapters[0].blocks[0].inlines[0];
    CHECK(marked(paragraph) == "Das In-te-gra-ti-ons=kon-zept gilt.");
    // A heading gets its points too: layout uses them only for a word wider than the line.
    CHECK(marked(document.chapters[0].blocks[1].inlines[0]) == "In-te-gra-ti-ons=kon-zept");
}

TEST_CASE("the editors' exception list wins over the patterns") {
    auto document = document_with({block_of(model::BlockKind::Paragraph, "Der Urinstinkt.")});
    document.hyphenation_exceptions = {{"Ur=in-stinkt", {"trennungen.txt", 4, 1}}};
    model::Diagnostics diagnostics;
    resolve::hyphenate_document(document, diagnostics);
    CHECK(marked(document.chapters[0].blocks[0].inlines[0]) == "Der Ur=in-stinkt.");
}

TEST_CASE("an unusable exception entry is an error at its line") {
    auto document = document_with({});
    document.hyphenation_exceptions = {{"Neu-Ulm", {"trennungen.txt", 3, 1}},
                                       {"Ur!instinkt", {"trennungen.txt", 7, 1}}};
    model::Diagnostics diagnostics;
    resolve::hyphenate_document(document, diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].position.line == 7);
    CHECK(diagnostics.all()[0].message.find("Ur!instinkt") != std::string::npos);
}

TEST_CASE("a style can switch hyphenation off") {
    auto document = document_with({block_of(model::BlockKind::Paragraph, "Integrationskonzept")});
    document.style.hyphenate = false;
    model::Diagnostics diagnostics;
    resolve::hyphenate_document(document, diagnostics);
    CHECK(document.chapters[0].blocks[0].inlines[0].hyphenation.empty());
}

TEST_CASE("the exception list is read from the content folder with line numbers") {
    model::Diagnostics diagnostics;
    const auto entries = read::read_hyphenation_exceptions(
        STADTSATZ_SOURCE_DIR "/content/trennungen.txt", "trennungen.txt", diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    REQUIRE_FALSE(entries.empty());
    CHECK(entries[0].entry == "Neu-Ulm");
    CHECK(entries[0].position.line > 1); // the comment lines before it are skipped
    CHECK(read::read_hyphenation_exceptions("/gibt/es/nicht.txt", "x", diagnostics).empty());
    CHECK_FALSE(diagnostics.has_errors()); // the list is optional
}

TEST_CASE("the HTML writer puts soft hyphens at the hyphenation points") {
    model::Inline run = model::make_text("Sprachförderung");
    run.hyphenation = {{6, model::HyphenationKind::CompoundJoint},
                       {10, model::HyphenationKind::Syllable}};
    CHECK(html::with_soft_hyphens(run) == "Sprach\u00ADför\u00ADderung");
    run.text = "Sprach\u00ADförderung"; // the editor's soft hyphen is not doubled
    run.hyphenation = {{8, model::HyphenationKind::CompoundJoint}};
    CHECK(html::with_soft_hyphens(run) == "Sprach\u00ADförderung");
}
