#pragma once

#include "plain_language/document_check.hpp"

#include <string>
#include <vector>

namespace stadtsatz::plain_language {

// The readability figures as a table with German column heads: one row per chapter, then
// one for the whole edition ("Ausgabe gesamt"); decimals with a full stop.
std::string readability_table(const EditionReadability& edition);

} // namespace stadtsatz::plain_language
