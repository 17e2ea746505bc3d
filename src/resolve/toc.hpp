#pragma once

#include "model/document.hpp"

namespace stadtsatz::resolve {

// The table of contents: chapters (level 1), their level-2 and level-3 headings, and the
// fields of action (level 2, "Handlungsfeld 3: Wohnen und Quartier").
std::vector<model::TocEntry> build_toc(const model::Document& document);

// The title a field of action carries in headings, the outline and the table of contents.
std::string field_of_action_heading(const model::FieldOfAction& field);

} // namespace stadtsatz::resolve
