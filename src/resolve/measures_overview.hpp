#pragma once

#include "model/document.hpp"

namespace stadtsatz::resolve {

// Fills every chapter generated as a measures overview (<massnahmenuebersicht>) with blocks made
// from the document's fields of action, in their order: an introduction; per field a level-2
// heading and the table of its measures (Nr. linking to the measure, Maßnahme, Federführung,
// Zeitraum, Priorität, Status); the timeline chart under "Zeitplan"; and "Wer ist wofür
// zuständig?", a table of every lead office and partner in German index order with links to
// their measures. Without fields of action it says so in one sentence. Every generated node
// carries the chapter's source position (the manifest's line); heading ids avoid every id the
// document already holds. Runs before numbering and anchors, so the blocks are resolved like an
// editor's: fields are numbered here as number_sections numbers them (in document order).
void generate_measures_overviews(model::Document& document);

} // namespace stadtsatz::resolve
