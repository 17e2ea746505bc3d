#pragma once

#include "model/inline.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::model {

// The compounds of `text` (made from marked inlines, such as a contents entry's title) that
// `marked_compounds` (Document::marked_compounds: marked form → unsplit word) lists, as
// MarkedWord ranges of `text` with their joints, in order.
std::vector<MarkedWord>
find_marked_words(std::string_view text,
                  const std::map<std::string, std::string>& marked_compounds);

// `text` with every compound that `marked_compounds` lists written unsplit again
// (Integrations·konzept → Integrationskonzept), for the places where a reader or a program
// meets the text as a name: the HTML <title>, PDF bookmarks.
std::string unmarked_text(std::string_view text,
                          const std::map<std::string, std::string>& marked_compounds);

} // namespace stadtsatz::model
