#include "layout/page_builder.hpp"

#include "layout/block_layout.hpp"
#include "layout/font_fallback.hpp"
#include "layout/page_keeps.hpp"
#include "layout/running_header.hpp"
#include "model/marked_words.hpp"

#include <algorithm>
#include <cmath>

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
    const TextFormat number_format = context_.format(style.page_number);
    TextRun number =
        context.shaped_run(context.font_file(number_format.family, true, false), number_format.size,
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
    // a marked compound of Leichte Sprache reads as the unsplit word, as in the text
    for (const model::MarkedWord& word :
         model::find_marked_words(header_text_, context.document.marked_compounds)) {
        header.actual_texts.push_back({word.begin, word.end, word.word});
    }
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

double PageBuilder::kept_height(const std::vector<Slice>& slices, std::size_t index,
                                double limit) const {
    double height = slices[index].height;
    for (std::size_t next = index + 1; next < slices.size() && height <= limit; ++next) {
        if (!keeps_[next - 1] || slices[next].page_break_before) {
            break;
        }
        height +=
            std::max(slices[next - 1].space_after, slices[next].space_before) + slices[next].height;
    }
    return height;
}

const std::vector<Slice>& PageBuilder::footnote_slices(const std::string& id) {
    auto found = footnote_cache_.find(id);
    if (found == footnote_cache_.end()) {
        auto slices = lay_out_footnote(context_.document.footnotes.at(id), context_);
        footnote_heights_[id] = slices_height(slices) + slices.front().space_before;
        found = footnote_cache_.emplace(id, std::move(slices)).first;
    }
    return found->second;
}

double PageBuilder::new_footnote_height(const Slice& slice, bool page_has_notes,
                                        const std::vector<std::string>& pending) {
    double height = 0;
    for (std::size_t index = 0; index < slice.footnotes.size(); ++index) {
        const std::string& id = slice.footnotes[index];
        const auto first = slice.footnotes.begin();
        if (placed_footnotes_.count(id) != 0 ||
            std::find(pending.begin(), pending.end(), id) != pending.end() ||
            std::find(first, first + static_cast<std::ptrdiff_t>(index), id) !=
                first + static_cast<std::ptrdiff_t>(index) ||
            context_.document.footnotes.count(id) == 0) {
            continue;
        }
        footnote_slices(id);
        height += footnote_heights_[id];
    }
    if (height > 0 && !page_has_notes) {
        height += footnote_separator;
    }
    return height;
}

std::vector<double> PageBuilder::stretch_gaps(std::size_t count, double shortfall) const {
    // Each space grows in proportion to its size, none to more than twice its size nor by more
    // than one line of body text: more would look like a hole.
    const double leading = context_.format(context_.style.body).leading;
    std::vector<double> extra(count, 0);
    std::vector<double> cap(count, 0);
    for (std::size_t index = 0; index < count; ++index) {
        cap[index] = std::min(leading, trials_[index].gap);
    }
    double left = shortfall;
    for (std::size_t round = 0; round < count && left > 0.01; ++round) {
        double total = 0; // of the spaces that can still grow
        for (std::size_t index = 0; index < count; ++index) {
            if (extra[index] < cap[index] - 1e-9) {
                total += trials_[index].gap;
            }
        }
        if (total <= 0) {
            break;
        }
        const double factor = left / total;
        for (std::size_t index = 0; index < count; ++index) {
            if (extra[index] < cap[index] - 1e-9) {
                const double grow =
                    std::min(factor * trials_[index].gap, cap[index] - extra[index]);
                extra[index] += grow;
                left -= grow;
            }
        }
    }
    return extra;
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

std::size_t PageBuilder::fill_page(const std::vector<Slice>& slices, std::size_t from) {
    const double top = context_.text_top();
    const double bottom_line = context_.text_bottom();
    const double full_height = bottom_line - top;
    const bool started_empty = empty_;
    // Try the slices on the page, nothing placed yet.
    trials_.clear();
    std::vector<std::string> pending; // footnotes the tried slices bring
    double y = cursor_;
    double after = previous_space_after_;
    double notes = footnote_height_;
    // Notes a slice tried at `gap` that ends at `bottom` and brings `added` of footnotes.
    auto record = [&](const Slice& slice, double gap, double bottom, double added) {
        trials_.push_back(Trial{gap, bottom, notes + added, added > 0});
        if (added > 0) {
            for (const auto& id : slice.footnotes) {
                if (placed_footnotes_.count(id) == 0) {
                    pending.push_back(id);
                }
            }
        }
        y = bottom;
        after = slice.space_after;
        notes += added;
    };
    std::size_t end = from;
    bool overflow = false;
    PageEnd reason = PageEnd::DocumentEnd;
    for (; end < slices.size(); ++end) {
        const Slice& slice = slices[end];
        const bool at_top = started_empty && end == from;
        if (!at_top && slice.page_break_before) {
            reason = slice.chapter != nullptr ? PageEnd::ChapterEnd : PageEnd::PageBreak;
            break;
        }
        double lead = 0; // drawn above the slice at a page top
        if (at_top && slice.chapter != nullptr && slice.page_break_before) {
            lead += chapter_drop;
        }
        if (at_top && slice.repeat_header) {
            lead += slice.repeat_header->height;
        }
        const double gap = at_top ? 0 : std::max(after, slice.space_before);
        const double added =
            new_footnote_height(slice, !footnotes_.empty() || !pending.empty(), pending);
        const double bottom = y + gap + lead + slice.height;
        if (!at_top && bottom + notes + added > bottom_line + 0.01) {
            overflow = true;
            reason = PageEnd::Full;
            break;
        }
        record(slice, gap, bottom, added);
    }
    // A chapter whose last few lines do not fit takes them onto this page when its spaces
    // can shrink by a quarter at most, rather than end with a page of two lines.
    double shrink = 0;
    if (overflow && role_ == PageRole::Body) {
        std::size_t rest = end;
        std::size_t lines = 0;
        const std::size_t tried = trials_.size();
        for (; rest < slices.size() && !slices[rest].page_break_before; ++rest) {
            const Slice& slice = slices[rest];
            if (is_content_line(slice) && ++lines > 3) {
                break;
            }
            const double gap = std::max(after, slice.space_before);
            const double added =
                new_footnote_height(slice, !footnotes_.empty() || !pending.empty(), pending);
            const double bottom = y + gap + slice.height;
            record(slice, gap, bottom, added);
        }
        double spaces = 0;
        for (const Trial& trial : trials_) {
            spaces += trial.gap;
        }
        const double excess = y + notes - bottom_line;
        const bool chapter_ends = rest == slices.size() || slices[rest].page_break_before;
        if (chapter_ends && lines <= 3 && excess <= spaces * 0.25) {
            shrink = excess / spaces;
            end = rest;
            overflow = false;
            reason = rest == slices.size()             ? PageEnd::DocumentEnd
                     : slices[rest].chapter != nullptr ? PageEnd::ChapterEnd
                                                       : PageEnd::PageBreak;
        } else {
            trials_.resize(tried);
        }
    }
    // Where the page breaks: at the last place the slices allow before the one that did not
    // fit, unless what follows is kept together and taller than a page anyway.
    std::size_t stop = end;
    if (overflow) {
        std::size_t at = end;
        while (at > from && keeps_[at - 1]) {
            --at;
        }
        if (at == from && !started_empty) {
            page_.makeup.end = PageEnd::KeptTogether; // the page held slices of an earlier add
            close_page();
            return from;
        }
        const double header = slices[at].repeat_header ? slices[at].repeat_header->height : 0;
        if (at == from || kept_height(slices, at, full_height - header) > full_height - header) {
            reason = PageEnd::KeepChainTooLong;
        } else if (at < end) {
            reason = PageEnd::KeptTogether;
            stop = at;
        }
    }
    const std::size_t count = stop - from;
    const double content_bottom = count > 0 ? trials_[count - 1].bottom : cursor_;
    const double notes_height = count > 0 ? trials_[count - 1].notes : footnote_height_;
    page_.makeup.fill = (content_bottom - top + notes_height) / full_height;
    if (reason == PageEnd::Full && page_.makeup.fill < 0.85) {
        reason = PageEnd::NextTooTall;
    }
    page_.makeup.end = reason;
    // Vertical justification: a full page of a chapter ends on the last line of the type
    // area's line grid (or on the footnotes), as the facing page does.
    std::vector<double> extra(count, 0);
    if (shrink > 0) {
        double total = 0;
        for (std::size_t index = 0; index < count; ++index) {
            extra[index] = -trials_[index].gap * shrink;
            total += extra[index];
        }
        page_.makeup.stretch = total; // negative: the spaces shrank
        page_.makeup.fill = (content_bottom + total - top + notes_height) / full_height;
    }
    if (overflow && role_ == PageRole::Body && count > 0) {
        const double leading = context_.format(context_.style.body).leading;
        const double grid = top + std::floor(full_height / leading + 1e-6) * leading;
        const double target = notes_height > 0 ? bottom_line - notes_height : grid;
        const double shortfall = target - content_bottom;
        if (shortfall < -0.01) {
            // Past the grid's last line (cards, tables): the spaces shrink by a quarter at
            // most to end on it, or the page stays as it is.
            double spaces = 0;
            for (std::size_t index = 0; index < count; ++index) {
                spaces += trials_[index].gap;
            }
            if (-shortfall <= spaces * 0.25) {
                for (std::size_t index = 0; index < count; ++index) {
                    extra[index] = trials_[index].gap * shortfall / spaces;
                }
                page_.makeup.stretch = shortfall;
            } else {
                page_.makeup.missing = -shortfall;
            }
        } else if (shortfall > 0.01) {
            extra = stretch_gaps(count, shortfall);
            double stretch = 0;
            for (const double grow : extra) {
                stretch += grow;
            }
            if (shortfall - stretch > 0.01) {
                // The spaces cannot take it: stretching part of the way would only make the
                // page gappier without aligning it, so the page stays as it is.
                std::fill(extra.begin(), extra.end(), 0.0);
                stretch = 0;
            }
            page_.makeup.stretch = stretch;
            page_.makeup.missing = shortfall - stretch;
        }
    }
    for (std::size_t index = 0; index < count; ++index) {
        const Slice& slice = slices[from + index];
        if (slice.chapter != nullptr) {
            chapter_ = slice.chapter;
        }
        if (empty_ && slice.chapter != nullptr && slice.page_break_before) {
            page_.role = PageRole::ChapterOpening;
            cursor_ += chapter_drop;
        }
        if (empty_ && slice.repeat_header) {
            place(*slice.repeat_header, 0);
        }
        place(slice, trials_[index].gap + extra[index]);
        if (trials_[index].new_notes) {
            for (const auto& id : slice.footnotes) {
                if (context_.document.footnotes.count(id) == 0 ||
                    !placed_footnotes_.insert(id).second) {
                    continue;
                }
                const auto& notes_slices = footnote_slices(id);
                footnotes_.insert(footnotes_.end(), notes_slices.begin(), notes_slices.end());
            }
            footnote_height_ = trials_[index].notes;
        }
    }
    page_.makeup.bottom = cursor_;
    page_.makeup.notes = footnote_height_;
    if (overflow) {
        close_page();
    }
    return stop;
}

void PageBuilder::add(const std::vector<Slice>& slices) {
    keeps_ = page_break_keeps(slices);
    std::size_t index = 0;
    while (index < slices.size()) {
        const Slice& slice = slices[index];
        if (slice.page_break_before && open_ && !empty_) {
            page_.makeup.end = slice.chapter != nullptr ? PageEnd::ChapterEnd : PageEnd::PageBreak;
            close_page();
        }
        if (!open_) {
            open_page();
        }
        index = fill_page(slices, index);
    }
}

void PageBuilder::finish() {
    close_page();
}

} // namespace stadtsatz::layout
