#pragma once

#include "layout/paragraph_items.hpp"
#include "model/text_setting.hpp"

namespace stadtsatz::layout {

// Penalty before the space after a word that heads a word group (article, preposition,
// possessive, number) and before a sentence's last word: taken only when a line has no other
// break (the emergency pass).
inline constexpr double word_group_penalty = 8000;
// Penalties (negative: a bonus) of a break after a comma or before a conjunction: with the
// ragged breaker's line-end stretch of an eighth of the measure, a line ending there is
// preferred when it is at least about four fifths full.
inline constexpr double clause_end_penalty = -200;
inline constexpr double conjunction_penalty = -150;

// Applies the style's line rules to a collected paragraph: with `sentence_per_line`, the space
// after each sentence end becomes a forced line break; with `word_groups`, penalties before
// spaces keep word groups together and prefer breaks at commas and before conjunctions, and
// a line ends at a hard or soft hyphen only where no space fits (emergency).
// Does nothing when the style asks for neither.
void apply_line_rules(Paragraph& paragraph, const model::TextSetting& setting);

} // namespace stadtsatz::layout
