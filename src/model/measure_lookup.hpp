#pragma once

#include "model/document.hpp"

#include <string>
#include <vector>

namespace stadtsatz::model {

// Every field of action of the document in reading order: those printed in the chapters,
// then those a chapter reads for its figures only (Chapter::data_fields, the monitoring
// report's), each id once (a printed field wins over a data copy of it).
std::vector<const FieldOfAction*> document_fields(const Document& document);

// The measure with this id in any of document_fields; nullptr when there is none.
const Measure* find_measure(const Document& document, const std::string& id);

// The field of action with this id in document_fields; nullptr when there is none.
const FieldOfAction* find_field(const Document& document, const std::string& id);

} // namespace stadtsatz::model
