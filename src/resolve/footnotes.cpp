#include "resolve/footnotes.hpp"

#include "resolve/inline_walk.hpp"

namespace stadtsatz::resolve {

void number_footnotes(model::Document& document, model::Diagnostics& diagnostics) {
    int next_number = 1;
    // Footnotes' own contents are walked last, so numbers follow the main text.
    for_each_inline(document, [&](model::Inline& run) {
        if (run.kind != model::InlineKind::FootnoteReference) {
            return;
        }
        auto footnote = document.footnotes.find(run.target);
        if (footnote == document.footnotes.end()) {
            diagnostics.error(run.position, "Fußnote „" + run.target + "“ ist nicht definiert");
            return;
        }
        if (footnote->second.number == 0) {
            footnote->second.number = next_number++;
        }
        run.number = footnote->second.number;
    });
    for (const auto& [id, footnote] : document.footnotes) {
        if (footnote.number == 0) {
            diagnostics.warning(footnote.position,
                                "Fußnote „" + id + "“ wird im Text nicht aufgerufen");
        }
    }
}

} // namespace stadtsatz::resolve
