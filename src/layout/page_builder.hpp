#pragma once

#include "layout/layout_context.hpp"
#include "layout/slice.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace stadtsatz::layout {

// Fills pages with slices: collapses spaces, breaks a page only where the slices allow it
// (widows, orphans, headings with their lines, kept blocks; see page_keeps.hpp), stretches
// the spaces between blocks a little so a page's last line reaches the bottom line (vertical
// justification), repeats table headers on continuation pages, puts footnotes at the bottom
// of the page that refers to them, and adds running headers and page numbers. Each page
// records why it ends where it does (Page::makeup).
class PageBuilder {
public:
    // Pages are appended to `pages`; the first one gets the printed number `first_number`.
    PageBuilder(LayoutContext& context, std::vector<Page>& pages,
                std::map<std::string, AnchorPosition>& anchors, int first_number, PageRole role);

    void add(const std::vector<Slice>& slices);
    // Closes the last page.
    void finish();

private:
    // Where a slice would go on the open page, found before anything is placed.
    struct Trial {
        double gap = 0;         // space above it (collapsed spaces; 0 at the page top)
        double bottom = 0;      // y of its bottom edge
        double notes = 0;       // height of the footnotes of the page up to it
        bool new_notes = false; // it brings footnotes to the page
    };

    void open_page();
    void close_page();
    void place(const Slice& slice, double gap);
    // Places slices [from, …) on the open page, closing it where it must break; returns the
    // index of the first slice not placed.
    std::size_t fill_page(const std::vector<Slice>& slices, std::size_t from);
    // Height of the slices kept together from `index` on, up to the first more than `limit`.
    double kept_height(const std::vector<Slice>& slices, std::size_t index, double limit) const;
    // Points added to each gap of trials_[0, count) towards `shortfall`, each within its limit.
    std::vector<double> stretch_gaps(std::size_t count, double shortfall) const;
    double new_footnote_height(const Slice& slice, bool page_has_notes,
                               const std::vector<std::string>& pending);
    const std::vector<Slice>& footnote_slices(const std::string& id);
    void add_page_furniture(Page& page);

    LayoutContext& context_;
    std::vector<Page>& pages_;
    std::map<std::string, AnchorPosition>& anchors_;
    int next_number_;
    PageRole role_; // role of ordinary pages (Body or Contents)
    bool open_ = false;
    Page page_;         // the page being filled
    double cursor_ = 0; // y where the next slice goes
    bool empty_ = true; // nothing placed on the page yet
    double previous_space_after_ = 0;
    std::vector<Slice> footnotes_; // footnote slices of the open page
    double footnote_height_ = 0;   // their height including the separator
    std::set<std::string> placed_footnotes_;
    const model::Chapter* chapter_ = nullptr; // the chapter running on this page

    // The running header of `header_chapter_`, shortened to the type area's width once.
    const model::Chapter* header_chapter_ = nullptr;
    std::string header_text_;
    std::vector<bool> keeps_;   // of the slices being added: no page break after this one
    std::vector<Trial> trials_; // of the open page's slices from the first not yet placed
    std::map<std::string, std::vector<Slice>> footnote_cache_; // laid out once per footnote
    std::map<std::string, double> footnote_heights_;           // their heights, space included
};

// A footnote's slices: the number hanging in the margin of its first line, then its blocks in
// the footnote style.
std::vector<Slice> lay_out_footnote(const model::Footnote& footnote, LayoutContext& context);

} // namespace stadtsatz::layout
