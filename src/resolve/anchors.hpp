#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <map>
#include <string>

namespace stadtsatz::resolve {

// Every link target of the document: its chapter and where it was defined.
struct Anchor {
    std::string chapter_id;
    model::SourcePosition position;
};

using AnchorTable = std::map<std::string, Anchor>;

// Collects chapter, heading, field-of-action, goal and measure ids. Heading ids that clash
// with an earlier one get a "-2", "-3" suffix; clashing ids of goals and measures are errors
// (editors chose them, and links to them must be unambiguous).
AnchorTable collect_anchors(model::Document& document, model::Diagnostics& diagnostics);

} // namespace stadtsatz::resolve
