#pragma once

#include "text/compound_lexicon.hpp"

namespace stadtsatz::text {

// The finished tables of the compound lexicon, compiled at build time from a German word list
// by src/text/data/word_list_compiler.cpp; defined in a generated source file.
CompoundLexicon::Tables compound_lexicon_tables();

} // namespace stadtsatz::text
