#pragma once

#include "layout/layout_context.hpp"
#include "layout/slice.hpp"

#include <set>
#include <vector>

namespace stadtsatz::layout {

// Fills pages with slices: collapses spaces, keeps slices together that ask for it, repeats
// table headers on continuation pages, puts footnotes at the bottom of the page that refers
// to them, and adds running headers and page numbers.
class PageBuilder {
public:
    // Pages are appended to `pages`; the first one gets the printed number `first_number`.
    PageBuilder(LayoutContext& context, std::vector<Page>& pages,
                std::map<std::string, AnchorPosition>& anchors, int first_number, PageRole role);

    void add(const std::vector<Slice>& slices);
    // Closes the last page.
    void finish();

private:
    void open_page();
    void close_page();
    void place(const Slice& slice, double gap);
    double chain_height(const std::vector<Slice>& slices, std::size_t index) const;
    double footnote_space(const Slice& slice, std::vector<Slice>& laid_out);
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
};

// A footnote's slices: the number hanging in the margin of its first line, then its blocks in
// the footnote style.
std::vector<Slice> lay_out_footnote(const model::Footnote& footnote, LayoutContext& context);

} // namespace stadtsatz::layout
