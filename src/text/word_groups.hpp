#pragma once

#include <string_view>

namespace stadtsatz::text {

// German word lists for breaking lines between word groups (Leichte Sprache) and for finding
// sentence ends between two words. A "word" is the text between two spaces, punctuation
// included ("Stadt,", „Hilfe“).

// Whether no line may end after `word`: an article (der, ein, kein …), a preposition or a
// preposition fused with an article (in, mit, zum, im …), a possessive (mein, unser …), a
// number or ordinal (20, 3., 1.000) or a title before a name (Frau, Herr): it belongs to the
// word after it. A word ending in punctuation (der, ) binds to nothing.
bool binds_to_next_word(std::string_view word);

// Whether `word` starts a new word group that a line may well start with: a conjunction
// (und, oder, aber, weil, dass, wenn …).
bool starts_word_group(std::string_view word);

// Whether `word` ends in a comma, semicolon, colon or dash: a good place for a line to end.
bool ends_clause(std::string_view word);

// Whether a sentence ends between `word` and `next` (next empty: the paragraph's end): `word`
// ends in . ! or ? (closing quotes and brackets may follow) and `next` starts with a capital
// letter or a digit. Not after an abbreviation (z., B., Nr., bzw., Str. …), a single letter
// with a full stop, an ordinal number (20. November; a four-digit year does end one) or dots
// without a word (…, ....).
bool ends_sentence(std::string_view word, std::string_view next);

} // namespace stadtsatz::text
