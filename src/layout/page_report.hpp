#pragma once

#include "layout/page.hpp"

#include <string>

namespace stadtsatz::layout {

// The make-up of every page as JSON (physical index, printed number, role, fill, why the page
// ends, vertical stretch and what was missing): written beside the outputs on request
// (STADTSATZ_PAGE_REPORT) for tests and for an editor hunting a half-empty page.
std::string page_report_json(const LaidOutDocument& document);

// The name of a page end in the report ("full", "chapter-end", …).
const char* page_end_name(PageEnd end);

} // namespace stadtsatz::layout
