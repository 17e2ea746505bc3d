#pragma once

#include "model/diagnostic.hpp"
#include "model/style.hpp"
#include "read/xml_file.hpp"

#include <pugixml.hpp>

namespace stadtsatz::read {

// The root attributes of a style that choose how lines are set (ausrichtung, betonung,
// satzanfang, umbruch, mindestgroesse) and its <bildspalte>, into `style.setting` and
// `style.picture_column`; warns when a Leichte-Sprache style (sprachstufe, read before) sets
// its text below 14 pt or on less than 1.5 line spacing.
void read_text_setting(const XmlFile& file, pugi::xml_node root, model::Style& style,
                       model::Diagnostics& diagnostics);

// The attributes of the style's root element that read_text_setting reads.
inline constexpr const char* text_setting_attributes[] = {"ausrichtung", "betonung", "satzanfang",
                                                          "umbruch", "mindestgroesse"};

} // namespace stadtsatz::read
