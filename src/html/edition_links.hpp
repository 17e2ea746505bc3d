#pragma once

#include "model/document.hpp"

#include <string>

namespace stadtsatz::html {

// The relative address of another edition's start page, seen from a page of this edition's
// site: "../../leichte-sprache/html/index.html" for the sites out/standard/html and
// out/leichte-sprache/html. Works wherever out/ is deployed as it is.
std::string other_edition_href(const model::Document& document, const model::OtherEdition& other);

// The navigation at the top of every page to the other editions' sites (e.g. "Leichte
// Sprache"); empty when the publication has only this edition.
std::string edition_links(const model::Document& document);

} // namespace stadtsatz::html
