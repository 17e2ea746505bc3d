#include "text/compound_lexicon.hpp"
#include "text/compound_lexicon_data.hpp"

namespace stadtsatz::text {

// Kept apart from compound_lexicon.cpp, which the build-time compiler links without the data.
const CompoundLexicon& CompoundLexicon::german() {
    // The compiler already inferred the nouns (see src/text/data/word_list_compiler.cpp).
    static const CompoundLexicon lexicon(compound_lexicon_data(), compound_lexicon_entry_count(),
                                         false);
    return lexicon;
}

} // namespace stadtsatz::text
