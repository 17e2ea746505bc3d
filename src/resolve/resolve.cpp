#include "resolve/resolve.hpp"

#include "resolve/accessibility_statement.hpp"
#include "resolve/anchors.hpp"
#include "resolve/compound_marking.hpp"
#include "resolve/footnotes.hpp"
#include "resolve/hyphenation.hpp"
#include "resolve/links.hpp"
#include "resolve/measures_overview.hpp"
#include "resolve/monitoring_report.hpp"
#include "resolve/numbering.hpp"
#include "resolve/review_note.hpp"
#include "resolve/text_preparation.hpp"
#include "resolve/toc.hpp"

namespace stadtsatz::resolve {

void resolve_document(model::Document& document, model::Diagnostics& diagnostics) {
    append_accessibility_statement(document); // first: its text is prepared like the rest
    add_review_to_imprint(document);
    generate_measures_overviews(document); // before numbering: its headings are numbered too
    fill_monitoring_chapters(document);    // before numbering: its headings and tables count
    number_sections(document);
    const AnchorTable anchors = collect_anchors(document, diagnostics);
    if (!document.accessibility_statement_id.empty()) {
        // An editor's chapter may have taken the id; the statement is the last chapter.
        document.accessibility_statement_id = document.chapters.back().id;
    }
    document.chapter_of_anchor.clear();
    for (const auto& [id, anchor] : anchors) {
        document.chapter_of_anchor[id] = anchor.chapter_id;
    }
    resolve_links(document, anchors, diagnostics);
    number_footnotes(document, diagnostics);
    prepare_text(document);
    mark_compounds(document); // Leichte Sprache: after typography, before hyphenation
    hyphenate_document(document, diagnostics); // after typography: offsets into the final text
    document.toc = build_toc(document);
}

} // namespace stadtsatz::resolve
