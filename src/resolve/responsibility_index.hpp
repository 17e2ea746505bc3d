#pragma once

#include "model/measures.hpp"

#include <string>
#include <vector>

namespace stadtsatz::resolve {

// One office or partner of the index "Wer ist wofür zuständig?" with the measures it takes part
// in, each list in the order the measures stand in the document.
struct Responsibility {
    std::string name;                            // as the measures name it (Federführung, Partner)
    std::vector<const model::Measure*> leads;    // measures it leads (Federführung)
    std::vector<const model::Measure*> partners; // measures it supports as a partner
};

// Every lead office and every partner of the fields' measures, once each, in the order of a
// German book index ("Ämter" with "Amt", case only breaks ties). A name is trimmed of spaces
// at its ends; a measure that names a partner twice lists it once.
std::vector<Responsibility>
responsibility_index(const std::vector<const model::FieldOfAction*>& fields);

} // namespace stadtsatz::resolve
