#include "pdf/links.hpp"

#include "model/link_schemes.hpp"
#include "model/quoted_input.hpp"
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

// Whether two areas belong to one link: the same link of the text (or contents entry) with
// the same target, continued on the next line.
bool same_link(const layout::LinkArea& left, const layout::LinkArea& right) {
    const bool linked = left.source.link != nullptr || left.source.toc_entry != nullptr;
    return linked && left.target == right.target && left.source.link == right.source.link &&
           left.source.toc_entry == right.source.toc_entry;
}

} // namespace

std::vector<PlacedLink> add_links(HPDF_Page page, const layout::Page& laid_out,
                                  const layout::LaidOutDocument& document_layout,
                                  const std::vector<HPDF_Page>& pages, const PageGeometry& geometry,
                                  const model::Document& document,
                                  model::Diagnostics& diagnostics) {
    std::vector<PlacedLink> placed;
    const auto& areas = laid_out.links;
    for (std::size_t first = 0; first < areas.size();) {
        // A link over several lines is one annotation: its /Rect encloses all of them, its
        // /QuadPoints are the lines' areas (one link, one stop for keyboard and screen reader).
        std::size_t end = first + 1;
        while (end < areas.size() && same_link(areas[first], areas[end])) {
            ++end;
        }
        const layout::LinkArea& area = areas[first];
        HPDF_Rect rect;
        rect.left = geometry.x(area.x);
        rect.right = geometry.x(area.x + area.width);
        rect.top = geometry.y(area.y);
        rect.bottom = geometry.y(area.y + area.height);
        for (std::size_t index = first + 1; index < end; ++index) {
            const layout::LinkArea& line = areas[index];
            rect.left = std::min<HPDF_REAL>(rect.left, geometry.x(line.x));
            rect.right = std::max<HPDF_REAL>(rect.right, geometry.x(line.x + line.width));
            rect.top = std::max<HPDF_REAL>(rect.top, geometry.y(line.y));
            rect.bottom = std::min<HPDF_REAL>(rect.bottom, geometry.y(line.y + line.height));
        }
        HPDF_Annotation annotation = nullptr;
        if (!model::is_allowed_link_target(area.target)) {
            // resolve refuses such targets; a /URI with one must never reach a PDF.
            diagnostics.error(area.source.inline_node != nullptr ? area.source.inline_node->position
                                                                 : model::SourcePosition{},
                              "Link-Ziel „" + area.target +
                                  "“ ist nicht erlaubt: " + model::allowed_schemes_hint());
            first = end;
            continue;
        }
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
                diagnostics.warning(position, "Link-Ziel „" + model::quoted_input(area.target) +
                                                  "“ ist nicht im PDF; der Link entfällt dort");
                first = end;
                continue;
            }
            annotation = HPDF_Page_CreateLinkAnnot(page, rect,
                                                   destination_of(anchor->second, pages, geometry));
        }
        if (annotation != nullptr) {
            HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0);
            set_text_string(annotation, "Contents", description_of(area));
            if (end > first + 1) {
                HPDF_Array quads = HPDF_Array_New(annotation->mmgr);
                for (std::size_t index = first; index < end; ++index) {
                    const layout::LinkArea& line = areas[index];
                    const auto left = static_cast<HPDF_REAL>(geometry.x(line.x));
                    const auto right = static_cast<HPDF_REAL>(geometry.x(line.x + line.width));
                    const auto top = static_cast<HPDF_REAL>(geometry.y(line.y));
                    const auto bottom = static_cast<HPDF_REAL>(geometry.y(line.y + line.height));
                    // Counterclockwise from the lower left, as ISO 32000 describes it.
                    for (const HPDF_REAL value :
                         {left, bottom, right, bottom, right, top, left, top}) {
                        HPDF_Array_AddReal(quads, value);
                    }
                }
                HPDF_Dict_Add(annotation, "QuadPoints", quads);
            }
            placed.push_back({annotation, &area});
        }
        first = end;
    }
    return placed;
}

} // namespace stadtsatz::pdf
