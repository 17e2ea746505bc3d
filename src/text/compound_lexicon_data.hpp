#pragma once

#include <cstddef>
#include <string_view>

namespace stadtsatz::text {

// The compound lexicon compiled at build time from a German word list by
// src/text/data/word_list_compiler.cpp (format described there); defined in a generated source
// file.
std::string_view compound_lexicon_data();

// How many words compound_lexicon_data() holds.
std::size_t compound_lexicon_entry_count();

} // namespace stadtsatz::text
