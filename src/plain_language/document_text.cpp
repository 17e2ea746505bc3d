#include "plain_language/document_text.hpp"

#include "text/unicode_letters.hpp"
#include "text/web_address.hpp"

namespace stadtsatz::plain_language {
namespace {

void append_inlines(const model::Inlines& inlines, SourceParagraph& paragraph) {
    for (const model::Inline& run : inlines) {
        switch (run.kind) {
        case model::InlineKind::Text:
            paragraph.pieces.push_back({paragraph.text.size(), run.position});
            paragraph.text += run.text;
            break;
        case model::InlineKind::Code:
        case model::InlineKind::SoftBreak:
            paragraph.text += ' ';
            break;
        case model::InlineKind::LineBreak:
            paragraph.text += '\n'; // a forced line end (address lines) ends a sentence
            break;
        case model::InlineKind::Link:
            // an autolink shows its URL: no words to check
            if (text::is_web_or_mail_address(model::plain_text(run.children))) {
                paragraph.text += ' ';
            } else {
                append_inlines(run.children, paragraph);
            }
            break;
        case model::InlineKind::Emphasis:
        case model::InlineKind::Strong:
        case model::InlineKind::Strikethrough:
            append_inlines(run.children, paragraph);
            break;
        case model::InlineKind::FootnoteReference:
            break;
        }
    }
}

void add_inlines(const model::Inlines& inlines, bool running_text,
                 std::vector<SourceParagraph>& paragraphs) {
    SourceParagraph paragraph;
    paragraph.running_text = running_text;
    append_inlines(inlines, paragraph);
    if (!paragraph.pieces.empty()) {
        paragraphs.push_back(std::move(paragraph));
    }
}

void add_blocks(const model::Blocks& blocks, std::vector<SourceParagraph>& paragraphs) {
    for (const model::Block& block : blocks) {
        switch (block.kind) {
        case model::BlockKind::Paragraph:
            add_inlines(block.inlines, true, paragraphs);
            break;
        case model::BlockKind::Heading:
            add_inlines(block.inlines, false, paragraphs);
            break;
        case model::BlockKind::List:
            for (const model::Blocks& item : block.items) {
                add_blocks(item, paragraphs);
            }
            break;
        case model::BlockKind::BlockQuote:
            add_blocks(block.children, paragraphs);
            break;
        case model::BlockKind::Table:
            if (block.table) {
                add_inlines(block.table->caption, false, paragraphs);
                for (const model::TableCell& cell : block.table->header) {
                    add_inlines(cell.content, false, paragraphs);
                }
                for (const auto& row : block.table->rows) {
                    for (const model::TableCell& cell : row) {
                        add_inlines(cell.content, false, paragraphs);
                    }
                }
            }
            break;
        case model::BlockKind::Image:
            if (block.image) {
                add_inlines(block.image->caption, false, paragraphs);
            }
            break;
        case model::BlockKind::CodeBlock:
        case model::BlockKind::ThematicBreak:
        case model::BlockKind::FieldOfAction:
        case model::BlockKind::Chart:
            break;
        }
    }
}

} // namespace

model::SourcePosition position_at(const SourceParagraph& paragraph, std::size_t offset) {
    return PositionFinder(paragraph).at(offset);
}

model::SourcePosition PositionFinder::at(std::size_t offset) {
    const std::vector<TextPiece>& pieces = paragraph_.pieces;
    if (pieces.empty()) {
        return {};
    }
    if (!started_ || offset < offset_) { // not ascending: start again
        piece_ = 0;
        offset_ = pieces[0].offset;
        code_points_ = 0;
        started_ = true;
    }
    while (piece_ + 1 < pieces.size() && pieces[piece_ + 1].offset <= offset) {
        ++piece_;
        offset_ = pieces[piece_].offset;
        code_points_ = 0;
    }
    const std::string_view text(paragraph_.text);
    while (offset_ < offset && offset_ < text.size()) {
        text::next_code_point(text, offset_);
        ++code_points_;
    }
    model::SourcePosition position = pieces[piece_].position;
    if (position.column > 0 && offset >= pieces[piece_].offset) {
        position.column += code_points_;
    }
    return position;
}

std::vector<SourceParagraph>
chapter_paragraphs(const model::Chapter& chapter,
                   const std::vector<const model::Footnote*>& footnotes) {
    std::vector<SourceParagraph> paragraphs;
    add_inlines(chapter.title, false, paragraphs);
    add_blocks(chapter.blocks, paragraphs);
    for (const model::Footnote* footnote : footnotes) {
        add_blocks(footnote->blocks, paragraphs);
    }
    return paragraphs;
}

std::vector<const model::Footnote*> footnotes_of(const model::Document& document,
                                                 const model::Chapter& chapter) {
    std::vector<const model::Footnote*> footnotes;
    for (const auto& [id, footnote] : document.footnotes) {
        if (footnote.position.file == chapter.position.file) {
            footnotes.push_back(&footnote);
        }
    }
    return footnotes;
}

} // namespace stadtsatz::plain_language
