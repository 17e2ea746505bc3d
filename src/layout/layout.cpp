#include "layout/layout.hpp"

#include "layout/block_layout.hpp"
#include "layout/front_matter.hpp"
#include "layout/page_builder.hpp"
#include "layout/toc_layout.hpp"
#include "model/quoted_input.hpp"

namespace stadtsatz::layout {
namespace {

// The chapters as one flow of slices.
std::vector<Slice> chapter_flow(LayoutContext& context) {
    std::vector<Slice> slices;
    const Frame frame{0, context.text_width(), &context.style.body, false, 0};
    for (const model::Chapter& chapter : context.document.chapters) {
        lay_out_chapter_title(chapter, context, slices);
        lay_out_blocks(chapter.blocks, frame, context, slices);
    }
    return slices;
}

// Pages of the table of contents, the page numbers taken from `anchors`.
std::vector<Page> contents_pages(LayoutContext& context,
                                 const std::map<std::string, AnchorPosition>& anchors,
                                 bool placeholder_numbers) {
    std::vector<Page> pages;
    std::map<std::string, AnchorPosition> unused;
    PageBuilder builder(context, pages, unused, 3, PageRole::Contents);
    builder.add(lay_out_contents(context, [&](const std::string& id) -> std::optional<int> {
        if (placeholder_numbers) {
            return 888; // as wide as any real page number: the page count stays the same
        }
        const auto found = anchors.find(id);
        if (found == anchors.end()) {
            return std::nullopt;
        }
        return static_cast<int>(found->second.page_index) + 1;
    }));
    builder.finish();
    return pages;
}

} // namespace

LaidOutDocument lay_out(const model::Document& document, model::Diagnostics& diagnostics,
                        const images::ImageStore* images) {
    LayoutContext context(document, diagnostics);
    context.images = images;
    LaidOutDocument result;
    result.page_width = document.style.page_width;
    result.page_height = document.style.page_height;
    result.bleed = document.style.bleed;

    // Page numbers of the chapters depend on the length of the contents and vice versa: set
    // the contents once with placeholder numbers to learn its length, then the chapters, then
    // the contents with the real numbers (the same length, checked below).
    const std::vector<Slice> flow = chapter_flow(context);
    std::size_t contents_length = contents_pages(context, {}, true).size();
    std::vector<Page> body;
    std::vector<Page> contents;
    for (int attempt = 0; attempt < 3; ++attempt) {
        body.clear();
        result.anchors.clear();
        PageBuilder builder(context, body, result.anchors, 3 + static_cast<int>(contents_length),
                            PageRole::Body);
        builder.add(flow);
        builder.finish();
        contents = contents_pages(context, result.anchors, false);
        if (contents.size() == contents_length) {
            break;
        }
        contents_length = contents.size();
    }
    for (const model::TocEntry& entry : document.toc) {
        if (result.anchors.count(entry.id) == 0) {
            diagnostics.warning(document.style.position, "Inhaltsverzeichnis: der Eintrag „" +
                                                             model::quoted_input(entry.title) +
                                                             "“ hat im Satz keinen Anker „" +
                                                             entry.id + "“");
        }
    }
    result.pages.push_back(lay_out_title_page(context));
    result.pages.push_back(lay_out_imprint_page(context));
    for (Page& page : contents) {
        result.pages.push_back(std::move(page));
    }
    for (Page& page : body) {
        result.pages.push_back(std::move(page));
    }
    result.font_files = context.used_fonts;
    result.built_tables = context.built_tables;
    result.charts = context.charts;
    return result;
}

} // namespace stadtsatz::layout
