#include "read/markdown_reader.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

const std::string name = "kapitel/07-test.md";

// Reads `text` as chapter "kapitel/07-test.md".
std::optional<read::ChapterSource> read_text(const std::string& text,
                                             model::Diagnostics& diagnostics) {
    test::TemporaryFolder folder;
    auto file = folder.write(name, text);
    return read::read_markdown_chapter(file, name, folder.path(), diagnostics);
}

// Whether some warning sits at line:column of the chapter and contains `fragment`.
bool has_warning_at(const model::Diagnostics& diagnostics, int line, int column,
                    const std::string& fragment) {
    for (const auto& diagnostic : diagnostics.all()) {
        if (diagnostic.severity == model::Severity::Warning && diagnostic.position.file == name &&
            diagnostic.position.line == line && diagnostic.position.column == column &&
            diagnostic.message.find(fragment) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("a footnote reference without a definition is an error at the reference",
          "[read][footnotes]") {
    model::Diagnostics diagnostics;
    auto source = read_text("# Titel\n\nDie Kreise[^kreise] und ein Kreis[^kreis] hier.\n\n"
                            "[^kreise]: Landkreise und kreisfreie Städte.\n",
                            diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(source);
    CHECK(test::has_error_at(diagnostics, name, 3, 34,
                             "Fußnote [^kreis] ist nicht definiert – meinten Sie [^kreise]?"));
    CHECK(diagnostics.all().size() == 1);
}

TEST_CASE("a footnote reference after umlauts is found at its code point column",
          "[read][footnotes]") {
    model::Diagnostics diagnostics;
    read_text("# Titel\n\nÄußerst übel[^gibtsnicht].\n", diagnostics);
    INFO(test::describe(diagnostics));
    CHECK(
        test::has_error_at(diagnostics, name, 3, 13, "Fußnote [^gibtsnicht] ist nicht definiert"));
    // Nothing close is defined: no suggestion.
    CHECK(test::describe(diagnostics).find("meinten") == std::string::npos);
}

TEST_CASE("a footnote definition nothing refers to is a warning at the definition",
          "[read][footnotes]") {
    model::Diagnostics diagnostics;
    auto source = read_text("# Titel\n\nText[^a].\n\n[^a]: Benutzt.\n\n"
                            "[^unbenutzt]: Nie aufgerufen.\n\n   [^auch]: Eingerückt.\n",
                            diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(source);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(has_warning_at(diagnostics, 7, 1, "Fußnote [^unbenutzt] wird im Text nicht aufgerufen"));
    CHECK(has_warning_at(diagnostics, 9, 4, "Fußnote [^auch] wird im Text nicht aufgerufen"));
    CHECK(diagnostics.all().size() == 2);
}

TEST_CASE("footnote look-alikes in code, escapes and used footnotes are not reported",
          "[read][footnotes]") {
    model::Diagnostics diagnostics;
    auto source = read_text("# Titel\n\nCode `[^x]` und \\[^y] und Text[^z].\n\n"
                            "```\n[^frei]: im Codeblock\n```\n\n[^z]: Fußnote.\n",
                            diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(source);
    CHECK(diagnostics.all().empty());
}
