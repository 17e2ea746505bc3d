#include "pdf/outline.hpp"

#include "model/marked_words.hpp"
#include "pdf/links.hpp"

namespace stadtsatz::pdf {

void add_outline(HaruSession& session, const model::Document& document,
                 const layout::LaidOutDocument& document_layout,
                 const std::vector<HPDF_Page>& pages, const PageGeometry& geometry) {
    HPDF_Doc pdf = session.document();
    // parents[level] is the most recent entry of that level; level 0 is the root.
    std::vector<HPDF_Outline> parents(5, nullptr);
    for (const model::TocEntry& entry : document.toc) {
        if (entry.level < 1 || entry.level > 3) {
            continue;
        }
        const auto anchor = document_layout.anchors.find(entry.id);
        if (anchor == document_layout.anchors.end()) {
            continue;
        }
        HPDF_Outline parent = nullptr;
        for (int level = entry.level - 1; level >= 1 && parent == nullptr; --level) {
            parent = parents[static_cast<std::size_t>(level)];
        }
        HPDF_Outline outline = HPDF_CreateOutline(pdf, parent, "-", nullptr);
        if (outline == nullptr) {
            continue;
        }
        const std::string title =
            entry.number.empty() ? entry.title : entry.number + " " + entry.title;
        set_text_string(outline, "Title", model::unmarked_text(title, document.marked_compounds));
        HPDF_Outline_SetOpened(outline, entry.level == 1 ? HPDF_TRUE : HPDF_FALSE);
        HPDF_Outline_SetDestination(outline, destination_of(anchor->second, pages, geometry));
        parents[static_cast<std::size_t>(entry.level)] = outline;
        for (std::size_t deeper = static_cast<std::size_t>(entry.level) + 1;
             deeper < parents.size(); ++deeper) {
            parents[deeper] = nullptr;
        }
    }
}

} // namespace stadtsatz::pdf
