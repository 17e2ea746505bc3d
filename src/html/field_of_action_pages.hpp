#pragma once

#include "model/document.hpp"

#include <string>
#include <vector>

namespace stadtsatz::html {

// The fields of action a chapter holds, in their order. Each has a page of its own (file: the
// field's id + ".html"); the chapter's page lists them where they stand.
std::vector<const model::FieldOfAction*> fields_of_chapter(const model::Chapter& chapter);

// "Handlungsfeld 1: Sprache und Bildung": a field's heading, page name and link text.
std::string field_heading(const model::FieldOfAction& field);

// The rules for the list of field pages on a chapter's page, the field pages' own headings and
// the field pages in the footer's chapter list.
std::string field_pages_css();

} // namespace stadtsatz::html
