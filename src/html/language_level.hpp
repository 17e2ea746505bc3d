#pragma once

#include "model/style.hpp"

#include <string>

namespace stadtsatz::html {

// The style's language level as the manifest and style write it: "standard",
// "einfache-sprache" or "leichte-sprache".
std::string language_level_name(model::LanguageLevel level);

// <meta name="sprachstufe" content="…">: every page of a site states its edition's level.
std::string language_level_meta(model::LanguageLevel level);

// The visible line at the top of a page in plain language ("Dieser Text ist in Leichter
// Sprache."); empty for the standard level.
std::string language_level_notice(model::LanguageLevel level);

} // namespace stadtsatz::html
