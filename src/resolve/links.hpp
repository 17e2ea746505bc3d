#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "resolve/anchors.hpp"

namespace stadtsatz::resolve {

// Checks every internal link and rewrites it to the canonical "#anchor" form, so writers
// never see file names: "05-leitlinien.md" becomes "#leitlinien" (the chapter's id),
// "05-leitlinien.md#ziele" becomes "#ziele". External links (any "scheme:") stay as written.
void resolve_links(model::Document& document, const AnchorTable& anchors,
                   model::Diagnostics& diagnostics);

} // namespace stadtsatz::resolve
