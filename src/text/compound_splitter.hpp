#pragma once

#include "text/compound_lexicon.hpp"
#include "text/hyphenation_break.hpp"

#include <cstdint>
#include <span>
#include <string_view>

namespace stadtsatz::text {

// Classifies the hyphenation points of one word (no hard hyphens) by decomposing it against the
// compound lexicon. `letters` is the word folded to lower-case Latin-1, `positions` the breaks
// as letter indices (ascending), `kinds` receives one kind per position. The word is split into
// the fewest, best-attested parts whose boundaries are breaks: every part but the last is a
// known form, a form plus a linking element (Fugen-s, -es-, -n-, -en-, -er-, -e-, -ens-) or a
// stem (Schul-, Wohn-); the last part is a known form (a noun, if the word is capitalised) and
// not a suffix (-schaft, -bar, -lich). Breaks after a prefix (be-, ver-, un-, ...) at the start
// of a part are AfterPrefix; all others Syllable.
void classify_breaks(std::string_view letters, bool capitalised,
                     std::span<const std::uint16_t> positions, std::span<BreakKind> kinds,
                     const CompoundLexicon& lexicon);

// Splits a capitalised word (lower-case Latin-1 `letters`) into compound parts at any letter
// position, for words whose pattern breaks miss a joint (Milch=streifen, Druck=erzeugnis).
// Only confident splits count: every part at least four letters (only "ur" may be shorter, at
// the start: Ur=instinkt), every modifier a listed form or a listed form plus a linking element,
// the head a listed noun and no suffix. Of equally good splits the one with the longest head
// wins (Stau=becken, not Staub=ecken). Writes the joints (letter indices, ascending) to
// `joints` and returns their number; 0 if there is no confident split.
std::size_t split_compound(std::string_view letters, std::span<std::uint16_t> joints,
                           const CompoundLexicon& lexicon);

// True if the lower-case Latin-1 `letters` are a German prefix such as ver, be, un, über.
bool is_prefix(std::string_view letters);

} // namespace stadtsatz::text
