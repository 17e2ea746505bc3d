#include "read/markdown_reader.hpp"
#include "read/source_text.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <sys/stat.h>

using namespace stadtsatz;

namespace {

// The code points in `text` before byte `length`, counted the slow way.
int code_points(const std::string& text, std::size_t length) {
    int count = 0;
    for (std::size_t index = 0; index < length; ++index) {
        if ((static_cast<unsigned char>(text[index]) & 0xC0) != 0x80) {
            ++count;
        }
    }
    return count;
}

} // namespace

TEST_CASE("source positions count code points from the line start", "[read][source]") {
    // Lines of mixed one- to four-byte characters, long enough to cross the index's
    // checkpoints anywhere, and a short one, an empty one and one with a CR LF end.
    std::string line;
    for (int index = 0; index < 300; ++index) {
        line += index % 7 == 0 ? "ß" : index % 11 == 0 ? "€" : index % 13 == 0 ? "😀" : "a";
    }
    const std::string bytes = line + "\nÄb\n\r\n" + line + "\r\nx";
    const read::SourceText source("kapitel/01.md", bytes);

    for (std::size_t byte = 0; byte <= line.size(); ++byte) {
        const auto position = source.at_line_byte_column(1, static_cast<int>(byte) + 1);
        CHECK(position.line == 1);
        CHECK(position.column == code_points(line, byte) + 1);
        const auto fourth = source.at_line_byte_column(4, static_cast<int>(byte) + 1);
        CHECK(fourth.column == code_points(line, byte) + 1);
    }
    CHECK(source.at_line_byte_column(2, 3).column == 2);  // after "Ä"
    CHECK(source.at_line_byte_column(2, 99).column == 3); // past the end: the line's end
    CHECK(source.at_line_byte_column(3, 1).column == 1);
    CHECK(source.at_line_byte_column(4, 100000).column == code_points(line, line.size()) + 1);
    CHECK(source.at_line_byte_column(5, 2).column == 2);
    CHECK(source.at_line_byte_column(6, 1).column == 0); // no such line

    for (std::size_t offset = 0; offset <= bytes.size(); ++offset) {
        const auto position = source.at_offset(offset);
        const std::size_t line_start = bytes.rfind('\n', offset == 0 ? 0 : offset - 1);
        const std::size_t start =
            offset == 0 || line_start == std::string::npos ? 0 : line_start + 1;
        CHECK(position.column == code_points(bytes, offset) - code_points(bytes, start) + 1);
    }
    CHECK(source.at_offset(bytes.size()).line == 5);
    CHECK(read::SourceText("leer.md", "").at_offset(0).column == 1);
}

TEST_CASE("text inputs above the size limit or not regular files are refused unread",
          "[read][source][limits]") {
    test::TemporaryFolder folder;
    const auto chapter = folder.write("kapitel/01.md", "# Titel\n\nText.\n");
    std::string bytes;
    CHECK_FALSE(read::read_text_file(chapter.string(), bytes).has_value());
    CHECK(bytes == "# Titel\n\nText.\n");

    // One byte over the limit; sparse, so the test writes almost nothing.
    const auto huge = folder.write("kapitel/02.md", "");
    std::filesystem::resize_file(huge, read::maximum_text_file_bytes + 1);
    bytes.clear();
    const auto too_large = read::read_text_file(huge.string(), bytes);
    REQUIRE(too_large.has_value());
    CHECK(too_large->find("Datei zu groß: 33 MiB, erlaubt sind höchstens 32 MiB") !=
          std::string::npos);
    CHECK(bytes.empty());

    // A named pipe would block the build for ever; a folder is no chapter either.
    const auto pipe = folder.path() / "kapitel/03.md";
    REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
    const auto not_regular = read::read_text_file(pipe.string(), bytes);
    REQUIRE(not_regular.has_value());
    CHECK(not_regular->find("keine gewöhnliche Datei") != std::string::npos);
    CHECK(read::read_text_file((folder.path() / "kapitel").string(), bytes).has_value());

    model::Diagnostics diagnostics;
    CHECK_FALSE(read::read_markdown_chapter(pipe, "kapitel/03.md", folder.path(), diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].position.file == "kapitel/03.md");
}
