#pragma once

#include "model/document.hpp"

namespace stadtsatz::resolve {

// Fills every generated Monitoring chapter: a paragraph stating the rule, then per field of
// action a heading, a table of its indicators (measure, indicator, baseline, latest value,
// target, progress, status) and a chart block per indicator with a numeric target. The
// figures come from the chapter's data_fields, or else from the fields the edition prints;
// a measure links to its card only when the edition prints it. Runs before numbering, anchors
// and links, which treat the generated blocks like written ones.
void fill_monitoring_chapters(model::Document& document);

} // namespace stadtsatz::resolve
