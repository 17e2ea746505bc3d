#include "read/source_text.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace stadtsatz::read {

namespace {

// Bytes between two checkpoints of the code point count: a lookup counts at most this many.
constexpr std::size_t checkpoint_stride = 64;

// Counts UTF-8 code points: every byte that is not a continuation byte starts one.
int count_code_points(std::string_view text) {
    int count = 0;
    for (unsigned char byte : text) {
        if ((byte & 0xC0) != 0x80) {
            ++count;
        }
    }
    return count;
}

} // namespace

SourceText::SourceText(std::string display_name, std::string bytes)
    : display_name_(std::move(display_name)), bytes_(std::move(bytes)) {
    line_starts_.push_back(0);
    code_point_checkpoints_.reserve(bytes_.size() / checkpoint_stride + 1);
    std::size_t code_points = 0;
    for (std::size_t index = 0; index < bytes_.size(); ++index) {
        if (index % checkpoint_stride == 0) {
            code_point_checkpoints_.push_back(code_points);
        }
        const auto byte = static_cast<unsigned char>(bytes_[index]);
        if ((byte & 0xC0) != 0x80) {
            ++code_points;
        }
        if (byte == '\n') {
            line_starts_.push_back(index + 1);
        }
    }
    // The whole text: the checkpoint of offset bytes_.size() when that is a multiple of the stride.
    code_point_checkpoints_.push_back(code_points);
}

std::size_t SourceText::code_points_before(std::size_t offset) const {
    const std::size_t checkpoint = offset / checkpoint_stride;
    const std::size_t checkpoint_offset = checkpoint * checkpoint_stride;
    return code_point_checkpoints_[checkpoint] +
           static_cast<std::size_t>(count_code_points(
               std::string_view(bytes_.data() + checkpoint_offset, offset - checkpoint_offset)));
}

model::SourcePosition SourceText::at_offset(std::size_t offset) const {
    offset = std::min(offset, bytes_.size());
    auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    auto line_index = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
    std::size_t line_start = line_starts_[line_index];
    const std::size_t column = code_points_before(offset) - code_points_before(line_start);
    return {display_name_, static_cast<int>(line_index) + 1, static_cast<int>(column) + 1};
}

model::SourcePosition SourceText::at_line_byte_column(int line, int byte_column) const {
    if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size()) {
        return {display_name_, std::max(line, 0), 0};
    }
    std::string_view text = this->line(line);
    auto length = static_cast<std::size_t>(std::max(byte_column - 1, 0));
    length = std::min(length, text.size());
    const std::size_t line_start = line_starts_[static_cast<std::size_t>(line) - 1];
    const std::size_t column =
        code_points_before(line_start + length) - code_points_before(line_start);
    return {display_name_, line, static_cast<int>(column) + 1};
}

model::SourcePosition SourceText::whole_file() const {
    return {display_name_, 0, 0};
}

std::string_view SourceText::line(int line_number) const {
    if (line_number < 1 || static_cast<std::size_t>(line_number) > line_starts_.size()) {
        return {};
    }
    std::size_t start = line_starts_[static_cast<std::size_t>(line_number) - 1];
    std::size_t end = static_cast<std::size_t>(line_number) < line_starts_.size()
                          ? line_starts_[static_cast<std::size_t>(line_number)] - 1
                          : bytes_.size();
    std::string_view text(bytes_.data() + start, end - start);
    if (!text.empty() && text.back() == '\r') {
        text.remove_suffix(1);
    }
    return text;
}

std::optional<std::string> read_text_file(const std::string& path, std::string& bytes) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        return std::string("Datei kann nicht gelesen werden: keine gewöhnliche Datei");
    }
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error) {
        return "Datei kann nicht gelesen werden: " + error.message();
    }
    if (size > maximum_text_file_bytes) {
        return "Datei zu groß: " + std::to_string((size + (1 << 20) - 1) >> 20) +
               " MiB, erlaubt sind höchstens " + std::to_string(maximum_text_file_bytes >> 20) +
               " MiB; bitte aufteilen";
    }
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        return std::string("Datei kann nicht gelesen werden");
    }
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    bytes = buffer.str();
    if (bytes.size() > maximum_text_file_bytes) { // grew while being read
        bytes.clear();
        return "Datei zu groß: erlaubt sind höchstens " +
               std::to_string(maximum_text_file_bytes >> 20) + " MiB; bitte aufteilen";
    }
    return std::nullopt;
}

} // namespace stadtsatz::read
