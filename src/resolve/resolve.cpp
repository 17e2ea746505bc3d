#include "resolve/resolve.hpp"

#include "resolve/anchors.hpp"
#include "resolve/footnotes.hpp"
#include "resolve/hyphenation.hpp"
#include "resolve/links.hpp"
#include "resolve/numbering.hpp"
#include "resolve/text_preparation.hpp"
#include "resolve/toc.hpp"

namespace stadtsatz::resolve {

void resolve_document(model::Document& document, model::Diagnostics& diagnostics) {
    number_sections(document);
    const AnchorTable anchors = collect_anchors(document, diagnostics);
    document.chapter_of_anchor.clear();
    for (const auto& [id, anchor] : anchors) {
        document.chapter_of_anchor[id] = anchor.chapter_id;
    }
    resolve_links(document, anchors, diagnostics);
    number_footnotes(document, diagnostics);
    prepare_text(document);
    hyphenate_document(document, diagnostics); // after typography: offsets into the final text
    document.toc = build_toc(document);
}

} // namespace stadtsatz::resolve
