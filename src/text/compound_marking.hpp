#pragma once

#include "text/hyphenator.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace stadtsatz::text {

// How Leichte Sprache shows the parts of a long compound.
enum class CompoundMark {
    Mediopunkt, // Hildesheim convention: Integrations·konzept (second part stays lower case)
    // Netzwerk Leichte Sprache: Integrations-Konzept (a noun's parts capitalised; an
    // adjective's parts stay lower case: barriere-frei)
    Hyphen,
};

// Which compounds are marked, and how.
struct CompoundMarking {
    CompoundMark mark = CompoundMark::Mediopunkt;
    std::size_t minimum_letters = 10;     // shorter words stay whole (Nachbar, Dienstag, Urlaub)
    std::size_t minimum_part_letters = 3; // no part shorter than this is set apart
};

// The word with the mark at every compound joint the hyphenator finds (never after a prefix or
// at a syllable: Verwaltung stays whole), for Leichte Sprache. The editors' exception list of
// `hyphenator` decides where it lists the word: its "=" joints are marked, a word listed
// without any stays whole. Joints inside a lexicalised word (Donnerstag, Hochzeit) are not
// marked (text/lexicalised_words.hpp). Words with digits, URLs, abbreviations are returned
// unchanged; parts between hard hyphens are marked each on its own (E-Mail-Adresse stays as it is).
std::string mark_compound(const Hyphenator& hyphenator, std::string_view word,
                          const CompoundMarking& marking);

} // namespace stadtsatz::text
