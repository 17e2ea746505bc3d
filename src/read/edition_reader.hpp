#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "model/publication.hpp"

namespace stadtsatz::read {

// Reads the style and every part of one edition into a Document (not yet resolved).
// Problems go to `diagnostics`; the Document is as complete as the input allowed.
model::Document read_edition(const model::Publication& publication, const model::Edition& edition,
                             model::Diagnostics& diagnostics);

} // namespace stadtsatz::read
