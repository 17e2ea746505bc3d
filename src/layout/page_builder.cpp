#include "layout/page_builder.hpp"

#include "layout/block_layout.hpp"
#include "layout/font_fallback.hpp"
#include "layout/running_header.hpp"

#include <algorithm>

namespace stadtsatz::layout {
namespace {

constexpr double footnote_separator = 12; // space for the short rule above the footnotes
constexpr double chapter_drop = 56;       // extra space above a chapter title on its opening page

double slices_height(const std::vector<Slice>& slices) {
    double height = 0;
    for (std::size_t index = 0; index < slices.size(); ++index) {
        if (index > 0) {
            height += std::max(slices[index - 1].space_after, slices[index].space_before);
        }
        height += slices[index].height;
    }
    return height;
}

} // namespace

std::vector<Slice> lay_out_footnote(const model::Footnote& footnote, LayoutContext& context) {
    const TextFormat format = context.format(context.style.footnote);
    const double indent = format.size * 1.6;
    Frame frame{indent, context.text_width() - indent, &context.style.footnote, true, 0};
    std::vector<Slice> slices;
    lay_out_blocks(footnote.blocks, frame, context, slices);
    if (slices.empty()) {
        Slice empty;
        empty.height = format.leading;
        slices.push_back(empty);
    }
    slices.front().space_before = format.leading * 0.2;
    slices.back().space_after = format.leading * 0.2;
    double baseline = format.size * 0.76 + (format.leading - format.size) / 2;
    for (const PageItem& item : slices.front().items) {
        if (const auto* run = std::get_if<TextRun>(&item)) {
            baseline = run->baseline;
            break;
        }
    }
    for (Slice& slice : slices) {
        for (PageItem& item : slice.items) {
            std::visit([&](auto& positioned) { positioned.source.footnote = &footnote; }, item);
        }
        for (LinkArea& area : slice.links) {
            area.source.footnote = &footnote;
        }
    }
    SourceNode label{};
    label.footnote = &footnote;
    label.part = NodePart::Label;
    TextRun number =
        context.shaped_run(context.font_file(format.family, true, false), format.size,
                           context.colour("accent"), std::to_string(footnote.number), label);
    number.x = 0;
    number.baseline = baseline;
    slices.front().items.push_back(number);
    slices.front().anchors.emplace_back("fn-" + footnote.id, 0);
    return slices;
}

PageBuilder::PageBuilder(LayoutContext& context, std::vector<Page>& pages,
                         std::map<std::string, AnchorPosition>& anchors, int first_number,
                         PageRole role)
    : context_(context), pages_(pages), anchors_(anchors), next_number_(first_number), role_(role) {
}

void PageBuilder::open_page() {
    page_ = Page{};
    page_.number = next_number_++;
    page_.role = role_;
    open_ = true;
    empty_ = true;
    cursor_ = context_.text_top();
    previous_space_after_ = 0;
    footnotes_.clear();
    footnote_height_ = 0;
}

void PageBuilder::close_page() {
    if (!open_) {
        return;
    }
    const double left = context_.text_left(page_.number);
    if (!footnotes_.empty()) {
        double y = context_.text_bottom() - (footnote_height_ - footnote_separator);
        Rule separator;
        separator.x1 = left;
        separator.x2 = left + context_.text_width() * 0.25;
        separator.y1 = separator.y2 = y - footnote_separator * 0.6;
        separator.line_width = 0.5;
        separator.colour = context_.colour("accent");
        separator.source.part = NodePart::Decoration;
        page_.items.push_back(separator);
        for (std::size_t index = 0; index < footnotes_.size(); ++index) {
            if (index > 0) {
                y += std::max(footnotes_[index - 1].space_after, footnotes_[index].space_before);
            }
            const Slice& slice = footnotes_[index];
            for (PageItem item : slice.items) {
                translate(item, left, y);
                page_.items.push_back(std::move(item));
            }
            for (LinkArea area : slice.links) {
                translate(area, left, y);
                page_.links.push_back(std::move(area));
            }
            for (const auto& [id, offset] : slice.anchors) {
                anchors_.emplace(
                    id, AnchorPosition{static_cast<std::size_t>(page_.number - 1), y + offset});
            }
            y += slice.height;
        }
    }
    add_page_furniture(page_);
    pages_.push_back(std::move(page_));
    open_ = false;
}

void PageBuilder::add_page_furniture(Page& page) {
    const model::Style& style = context_.style;
    if (page.role == PageRole::Title || page.role == PageRole::Imprint) {
        return;
    }
    const bool right = is_right_page(page.number);
    const double left = context_.text_left(page.number);
    const double width = context_.text_width();
    const TextFormat format = context_.format(style.running_header);
    LayoutContext& context = context_;
    SourceNode pagination{};
    pagination.part = NodePart::Pagination;
    TextRun number =
        context.shaped_run(context.font_file(format.family, true, false), format.size,
                           context.colour("accent"), std::to_string(page.number), pagination);
    number.x = right ? left + width - number.width : left;
    number.baseline = style.page_height - style.margin_bottom * 0.5;
    page.items.push_back(number);
    if (page.role != PageRole::Body || chapter_ == nullptr) {
        return;
    }
    const std::string header_file = context.font_file(format.family, format.bold, format.italic);
    if (header_chapter_ != chapter_) {
        // A title too long for the type area is shortened with an ellipsis, never cut off by
        // the page edge.
        context.check_glyphs(header_file, chapter_->short_title,
                             {chapter_->position.file, chapter_->position.line, 0});
        const std::string full = running_header_text(*chapter_);
        header_text_ = fit_with_ellipsis(full, font_for_run(context, header_file, full),
                                         format.size, width, context.metrics);
        header_chapter_ = chapter_;
    }
    TextRun header =
        context.shaped_run(header_file, format.size, format.colour, header_text_, pagination);
    header.x = right ? left + width - header.width : left;
    header.baseline = style.margin_top * 0.55;
    page.items.push_back(header);
    Rule rule;
    rule.x1 = left;
    rule.x2 = left + width;
    rule.y1 = rule.y2 = header.baseline + format.size * 0.7;
    rule.line_width = 0.4;
    rule.colour = tint(context.colour("accent"), 0.5);
    rule.source = pagination;
    page.items.push_back(rule);
}

double PageBuilder::chain_height(const std::vector<Slice>& slices, std::size_t index) const {
    double height = slices[index].height;
    for (std::size_t next = index + 1; next < slices.size() && next <= index + 12; ++next) {
        if (!slices[next - 1].keep_with_next || slices[next].page_break_before) {
            break;
        }
        height +=
            std::max(slices[next - 1].space_after, slices[next].space_before) + slices[next].height;
    }
    return height;
}

double PageBuilder::footnote_space(const Slice& slice, std::vector<Slice>& laid_out) {
    double height = 0;
    for (const auto& id : slice.footnotes) {
        if (placed_footnotes_.count(id) != 0) {
            continue;
        }
        const auto found = context_.document.footnotes.find(id);
        if (found == context_.document.footnotes.end()) {
            continue;
        }
        auto slices = lay_out_footnote(found->second, context_);
        height += slices_height(slices) + slices.front().space_before;
        laid_out.insert(laid_out.end(), slices.begin(), slices.end());
    }
    if (height > 0 && footnotes_.empty()) {
        height += footnote_separator;
    }
    return height;
}

void PageBuilder::place(const Slice& slice, double gap) {
    cursor_ += gap;
    const double left = context_.text_left(page_.number);
    for (PageItem item : slice.items) {
        translate(item, left, cursor_);
        page_.items.push_back(std::move(item));
    }
    for (LinkArea area : slice.links) {
        translate(area, left, cursor_);
        page_.links.push_back(std::move(area));
    }
    for (const auto& [id, offset] : slice.anchors) {
        anchors_.emplace(
            id, AnchorPosition{static_cast<std::size_t>(page_.number - 1), cursor_ + offset});
    }
    cursor_ += slice.height;
    previous_space_after_ = slice.space_after;
    empty_ = false;
}

void PageBuilder::add(const std::vector<Slice>& slices) {
    const double full_height = context_.text_bottom() - context_.text_top();
    for (std::size_t index = 0; index < slices.size(); ++index) {
        const Slice& slice = slices[index];
        if (slice.page_break_before && open_ && !empty_) {
            close_page();
        }
        if (!open_) {
            open_page();
        }
        if (slice.chapter != nullptr) {
            chapter_ = slice.chapter;
        }
        std::vector<Slice> notes;
        double notes_height = footnote_space(slice, notes);
        double gap = empty_ ? 0 : std::max(previous_space_after_, slice.space_before);
        const bool chain_start = index == 0 || !slices[index - 1].keep_with_next;
        const double chain = chain_start ? chain_height(slices, index) : slice.height;
        const double limit = context_.text_bottom() - footnote_height_;
        const bool chain_fits = cursor_ + gap + chain + notes_height <= limit + 0.01;
        const bool slice_fits = cursor_ + gap + slice.height + notes_height <= limit + 0.01;
        if (!empty_ && (!slice_fits || (!chain_fits && chain <= full_height * 0.6))) {
            close_page();
            open_page();
            gap = 0;
            notes.clear();
            notes_height = footnote_space(slice, notes);
        }
        if (empty_ && slice.chapter != nullptr && slice.page_break_before) {
            page_.role = PageRole::ChapterOpening;
            cursor_ += chapter_drop;
        }
        if (empty_ && slice.repeat_header) {
            place(*slice.repeat_header, 0);
        }
        place(slice, gap);
        if (!notes.empty()) {
            for (const auto& id : slice.footnotes) {
                placed_footnotes_.insert(id);
            }
            footnote_height_ += notes_height;
            footnotes_.insert(footnotes_.end(), notes.begin(), notes.end());
        }
    }
}

void PageBuilder::finish() {
    close_page();
}

} // namespace stadtsatz::layout
