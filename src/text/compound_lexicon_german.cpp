#include "text/compound_lexicon.hpp"
#include "text/compound_lexicon_data.hpp"

#include <memory>

namespace stadtsatz::text {

// Kept apart from compound_lexicon.cpp, which the build-time compiler links without the data.
std::shared_ptr<const CompoundLexicon> CompoundLexicon::german() {
    // The tables are compiled into the program (src/text/data/word_list_compiler.cpp) and read
    // in place: nothing is decoded, and the pages of the table the lookups touch are all it
    // costs in memory.
    static const auto lexicon = std::make_shared<const CompoundLexicon>(compound_lexicon_tables());
    return lexicon;
}

} // namespace stadtsatz::text
