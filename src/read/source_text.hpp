#pragma once

#include "model/source_position.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::read {

// The bytes of one input file with a position index, so byte offsets (pugixml) and byte columns
// (cmark-gfm) become the 1-based line:column positions editors expect (columns in code points).
// Each lookup takes constant time however long the line is: a chapter of one 1 MB line with
// 100,000 inline nodes needs 100,000 lookups, and counting from the line start each time would
// make that quadratic.
class SourceText {
public:
    SourceText(std::string display_name, std::string bytes);

    const std::string& display_name() const { return display_name_; }
    const std::string& bytes() const { return bytes_; }

    // The position of a byte offset into bytes().
    model::SourcePosition at_offset(std::size_t offset) const;
    // The position of a 1-based line and 1-based byte column (as cmark-gfm reports them).
    model::SourcePosition at_line_byte_column(int line, int byte_column) const;
    // The position of the whole file (line and column 0).
    model::SourcePosition whole_file() const;
    // The text of a 1-based line without its line end; empty when out of range.
    std::string_view line(int line_number) const;

private:
    // Code points in the bytes before `offset`: a checkpoint and at most one stride counted.
    std::size_t code_points_before(std::size_t offset) const;

    std::string display_name_;
    std::string bytes_;
    std::vector<std::size_t> line_starts_; // byte offset of the first byte of each line
    // Element k: the code points in the first k × checkpoint_stride bytes.
    std::vector<std::size_t> code_point_checkpoints_;
};

// Text inputs (chapters, XML files, the hyphenation exceptions) larger than this are refused
// before they are read: a long chapter has some 100 KB, a 100,000-row table some 3 MB.
inline constexpr std::uintmax_t maximum_text_file_bytes = 32 * 1024 * 1024;

// Reads a whole text input into `bytes`. Returns the editor's message instead when it is no
// regular file (a folder, a named pipe that would block the build), is larger than
// maximum_text_file_bytes, or cannot be read.
std::optional<std::string> read_text_file(const std::string& path, std::string& bytes);

} // namespace stadtsatz::read
