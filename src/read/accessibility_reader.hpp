#pragma once

#include "model/diagnostic.hpp"
#include "model/publication.hpp"
#include "read/xml_file.hpp"

#include <pugixml.hpp>

namespace stadtsatz::read {

// Reads the manifest's <barrierefreiheit>: what the accessibility statement says about the
// publication and whom readers can contact. content/schema/publikation.xsd says the same.
model::AccessibilityDeclaration read_accessibility(const XmlFile& file, pugi::xml_node element,
                                                   model::Diagnostics& diagnostics);

} // namespace stadtsatz::read
