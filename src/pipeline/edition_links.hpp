#pragma once

#include "model/document.hpp"
#include "model/publication.hpp"

namespace stadtsatz::pipeline {

// Tells the document of `edition` where its own site and the sites of the publication's
// other editions go below out/, so every page can link to the other editions.
void link_other_editions(const model::Publication& publication, const model::Edition& edition,
                         model::Document& document);

} // namespace stadtsatz::pipeline
