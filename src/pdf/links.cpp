#include "pdf/links.hpp"

#include "pdf/haru_session.hpp"
#include "pdf/link_targets.hpp"

#include <algorithm>

namespace stadtsatz::pdf {

HPDF_Destination destination_of(const layout::AnchorPosition& anchor,
                                const std::vector<HPDF_Page>& pages, const PageGeometry& geometry) {
    HPDF_Destination destination = HPDF_Page_CreateDestination(pages[anchor.page_index]);
    if (destination != nullptr) {
        HPDF_Destination_SetFitH(destination, geometry.y(std::max(0.0, anchor.y - 12)));
    }
    return destination;
}

namespace {

// What a link says to someone who cannot see it: its text, for a contents entry its title and
// page, for an external link also where it goes.
std::string description_of(const layout::LinkArea& area) {
    std::string text;
    if (area.source.link != nullptr) {
        text = model::plain_text(area.source.link->children);
    } else if (area.source.toc_entry != nullptr) {
        const model::TocEntry& entry = *area.source.toc_entry;
        text = (entry.number.empty() ? "" : entry.number + " ") + entry.title;
    }
    if (is_external(area.target)) {
        return text.empty() || text == area.target ? area.target : text + " (" + area.target + ")";
    }
    return text.empty() ? "Verweis im Dokument" : text;
}

} // namespace

std::vector<PlacedLink> add_links(HPDF_Page page, const layout::Page& laid_out,
                                  const layout::LaidOutDocument& document_layout,
                                  const std::vector<HPDF_Page>& pages, const PageGeometry& geometry,
                                  const model::Document& document,
                                  model::Diagnostics& diagnostics) {
    std::vector<PlacedLink> placed;
    for (const layout::LinkArea& area : laid_out.links) {
        HPDF_Rect rect;
        rect.left = geometry.x(area.x);
        rect.right = geometry.x(area.x + area.width);
        rect.top = geometry.y(area.y);
        rect.bottom = geometry.y(area.y + area.height);
        HPDF_Annotation annotation = nullptr;
        if (is_external(area.target)) {
            annotation = HPDF_Page_CreateURILinkAnnot(page, rect, area.target.c_str());
        } else {
            const std::string id = anchor_of(area.target, document);
            const auto anchor = document_layout.anchors.find(id);
            if (anchor == document_layout.anchors.end() ||
                anchor->second.page_index >= pages.size()) {
                const model::SourcePosition position =
                    area.source.inline_node != nullptr ? area.source.inline_node->position
                    : area.source.block != nullptr     ? area.source.block->position
                                                       : model::SourcePosition{};
                diagnostics.warning(position, "link target '" + area.target +
                                                  "' is not in the PDF; the link is left out");
                continue;
            }
            annotation = HPDF_Page_CreateLinkAnnot(page, rect,
                                                   destination_of(anchor->second, pages, geometry));
        }
        if (annotation != nullptr) {
            HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0);
            set_text_string(annotation, "Contents", description_of(area));
            placed.push_back({annotation, &area});
        }
    }
    return placed;
}

} // namespace stadtsatz::pdf
