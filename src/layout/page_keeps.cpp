#include "layout/page_keeps.hpp"

namespace stadtsatz::layout {

bool is_content_line(const Slice& slice) {
    if (slice.height <= 0) {
        return false;
    }
    for (const PageItem& item : slice.items) {
        if (std::holds_alternative<TextRun>(item) || std::holds_alternative<Picture>(item)) {
            return true;
        }
    }
    return false;
}

std::vector<bool> page_break_keeps(const std::vector<Slice>& slices) {
    std::vector<bool> keeps(slices.size(), false);
    for (std::size_t index = 0; index < slices.size(); ++index) {
        keeps[index] = keeps[index] || slices[index].keep_with_next;
        const int wanted = slices[index].keep_lines_after;
        if (wanted <= 0) {
            continue;
        }
        keeps[index] = true;
        // Look ahead until the heading's lines are seen, or up to the next heading, which
        // keeps with its own lines: every slice is looked at by one heading at most.
        int seen = 0;
        for (std::size_t next = index + 1; next < slices.size(); ++next) {
            if (slices[next].page_break_before || slices[next].keep_lines_after > 0) {
                break;
            }
            if (is_content_line(slices[next]) && ++seen >= wanted) {
                break;
            }
            keeps[next] = true;
        }
    }
    // The last two lines before a chapter's (or the flow's) end stay together: a chapter never
    // ends with a single line on a page of its own.
    for (std::size_t end = 1; end <= slices.size(); ++end) {
        if (end < slices.size() && !slices[end].page_break_before) {
            continue;
        }
        std::size_t lines = 0;
        for (std::size_t index = end; index-- > 0 && lines < 2;) {
            if (is_content_line(slices[index]) && ++lines == 1) {
                continue; // the last line itself: a break after it is the chapter's end
            }
            if (lines >= 1) {
                keeps[index] = true;
            }
            if (slices[index].page_break_before) {
                break;
            }
        }
    }
    return keeps;
}

} // namespace stadtsatz::layout
