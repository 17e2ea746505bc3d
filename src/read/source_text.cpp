#include "read/source_text.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace stadtsatz::read {

namespace {

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
    for (std::size_t index = 0; index < bytes_.size(); ++index) {
        if (bytes_[index] == '\n') {
            line_starts_.push_back(index + 1);
        }
    }
}

model::SourcePosition SourceText::at_offset(std::size_t offset) const {
    offset = std::min(offset, bytes_.size());
    auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    auto line_index = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
    std::size_t line_start = line_starts_[line_index];
    std::string_view before(bytes_.data() + line_start, offset - line_start);
    return {display_name_, static_cast<int>(line_index) + 1, count_code_points(before) + 1};
}

model::SourcePosition SourceText::at_line_byte_column(int line, int byte_column) const {
    if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size()) {
        return {display_name_, std::max(line, 0), 0};
    }
    std::string_view text = this->line(line);
    auto length = static_cast<std::size_t>(std::max(byte_column - 1, 0));
    length = std::min(length, text.size());
    return {display_name_, line, count_code_points(text.substr(0, length)) + 1};
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

bool read_file_bytes(const std::string& path, std::string& bytes) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        return false;
    }
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    bytes = buffer.str();
    return true;
}

} // namespace stadtsatz::read
