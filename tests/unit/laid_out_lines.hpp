#pragma once

// The laid-out pages read back as an editor sees them: which runs are headings, which are
// running text, and the lines of each paragraph with the page they landed on. Only the
// source nodes of the positioned items are used, never the model's text.

#include "layout/page.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace stadtsatz::test {

// Running headers, page numbers, panels, leaders and repeated table headers: drawn, but not
// part of the text flow.
inline bool is_artifact(const layout::SourceNode& source) {
    return source.part == layout::NodePart::Pagination ||
           source.part == layout::NodePart::Decoration ||
           source.part == layout::NodePart::RepeatedHeader;
}

// A heading of any kind: chapter title, section heading, the title of a field of action, a
// goal or a measure card, the title of the table of contents.
inline bool is_heading(const layout::SourceNode& source) {
    return (source.block != nullptr && source.block->kind == model::BlockKind::Heading) ||
           (source.chapter != nullptr && source.block == nullptr) ||
           source.part == layout::NodePart::Title || source.part == layout::NodePart::ContentsTitle;
}

// Identifies one paragraph of running text: a Markdown paragraph, or one paragraph of a
// field of action's introduction or of a measure's description.
struct ParagraphKey {
    const model::Block* block = nullptr;
    const model::Measure* measure = nullptr;
    int row = -1; // paragraph index inside an introduction or description

    bool operator<(const ParagraphKey& other) const {
        return std::tie(block, measure, row) < std::tie(other.block, other.measure, other.row);
    }
};

// The running-text paragraph a run belongs to; false for headings, table cells, captions,
// footnotes, code, contents entries and everything generated.
inline bool running_text_paragraph(const layout::SourceNode& source, ParagraphKey& key) {
    if (source.part != layout::NodePart::Whole || source.block == nullptr ||
        source.footnote != nullptr || source.toc_entry != nullptr) {
        return false;
    }
    if (source.block->kind == model::BlockKind::Paragraph) {
        key = {source.block, nullptr, -1};
        return true;
    }
    if (source.block->kind == model::BlockKind::FieldOfAction && source.goal == nullptr) {
        key = {source.block, source.measure, source.row};
        return true;
    }
    return false;
}

// One laid-out line of a paragraph.
struct LaidOutLine {
    std::size_t page_index = 0; // 0-based physical page
    double baseline = 0;        // of the line's main text (superscripts sit higher)
    double size = 0;            // font size of its first run
    std::string text;           // the runs' text in drawing order
    double right_edge = 0;      // end of the rightmost run
    bool hyphenated = false;    // the rightmost run ends in a hyphen added by the breaker
};

// The lines of one paragraph in reading order.
struct LaidOutParagraph {
    std::vector<LaidOutLine> lines;
};

// Every running-text paragraph of the layout, in the order their first lines appear.
inline std::vector<LaidOutParagraph>
running_text_paragraphs(const layout::LaidOutDocument& document) {
    std::vector<LaidOutParagraph> paragraphs;
    std::map<ParagraphKey, std::size_t> index_of;
    for (std::size_t page = 0; page < document.pages.size(); ++page) {
        for (const layout::PageItem& item : document.pages[page].items) {
            const auto* run = std::get_if<layout::TextRun>(&item);
            ParagraphKey key;
            if (run == nullptr || !running_text_paragraph(run->source, key)) {
                continue;
            }
            const auto [found, added] = index_of.emplace(key, paragraphs.size());
            if (added) {
                paragraphs.emplace_back();
            }
            std::vector<LaidOutLine>& lines = paragraphs[found->second].lines;
            // A superscript footnote number rises by less than half the line's font size.
            const bool same_line =
                !lines.empty() && lines.back().page_index == page &&
                std::fabs(lines.back().baseline - run->baseline) < 0.45 * lines.back().size;
            if (!same_line) {
                lines.push_back({page, run->baseline, run->size, "", 0, false});
            }
            LaidOutLine& line = lines.back();
            line.text += run->text;
            const double right = run->x + run->width;
            if (right >= line.right_edge) {
                line.right_edge = right;
                const std::string soft_hyphen = "\u00AD";
                line.hyphenated = run->text.size() >= soft_hyphen.size() &&
                                  run->text.compare(run->text.size() - soft_hyphen.size(),
                                                    soft_hyphen.size(), soft_hyphen) == 0;
            }
        }
    }
    return paragraphs;
}

// "page 12: »Die Stadt …«" for messages: the physical page and the start of the text.
inline std::string describe_line(const LaidOutLine& line) {
    std::string text = line.text.substr(0, 70);
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) {
        text.pop_back(); // never cut a UTF-8 sequence in two
    }
    if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) {
        text.pop_back();
    }
    return "page " + std::to_string(line.page_index + 1) + ": »" + text + "«";
}

// The last words of a line, "… Grund-" for messages; the added hyphen is shown as '-'.
inline std::string line_ending(const LaidOutLine& line) {
    std::string text = line.text;
    const std::string soft_hyphen = "\u00AD";
    if (line.hyphenated) {
        text.replace(text.size() - soft_hyphen.size(), soft_hyphen.size(), "-");
    }
    std::size_t start = text.size() > 28 ? text.size() - 28 : 0;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
        --start; // never cut a UTF-8 sequence in two
    }
    return (start > 0 ? "…" : "") + text.substr(start);
}

} // namespace stadtsatz::test
