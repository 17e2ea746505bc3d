#pragma once

#include "model/diagnostic.hpp"
#include "model/style.hpp"
#include "read/xml_file.hpp"

#include <pugixml.hpp>

namespace stadtsatz::read {

// Reads a style's <wortfugen zeichen="mediopunkt|bindestrich" mindestlaenge="10"/>; a wrong
// value is an error at its attribute and leaves the default (Mediopunkt, 10 letters).
model::CompoundMarkingStyle read_compound_marking(const XmlFile& file, pugi::xml_node element,
                                                  model::Diagnostics& diagnostics);

} // namespace stadtsatz::read
