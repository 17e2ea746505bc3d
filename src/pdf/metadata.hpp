#pragma once

#include "model/document.hpp"
#include "pdf/haru_session.hpp"

namespace stadtsatz::pdf {

// Document information (title, author, subject, keywords, creator "Stadtsatz", creation date),
// the catalog's /Lang and the viewer preference DisplayDocTitle. The creation date is the
// current time, or SOURCE_DATE_EPOCH when set (reproducible builds).
void set_metadata(HaruSession& session, const model::Document& document);

} // namespace stadtsatz::pdf
