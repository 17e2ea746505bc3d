#pragma once

#include "model/inline.hpp"

#include <map>
#include <string>

namespace stadtsatz::html {

// The escaped HTML of a text run whose compounds resolve marked for Leichte Sprache. The
// document keeps the unsplit word, so that screen readers read one word, the browser's find
// matches it and a copy gives it back; the mark is CSS generated content with empty
// alternative text (marked_words_css):
//   <span class="wortfugen" data-wort="Integrationskonzept">Integrations<span
//   class="wortfuge" data-zeichen="·"></span>konzept</span>
// In the hyphen convention the capital is drawn with the hyphen (data-zeichen="-K") and the
// real lower-case letter is kept at font size 0: <span class="wortfuge-klein">k</span>onzept.
std::string marked_text_html(const model::Inline& run);

// The same for the bytes [begin, end) of the run's text only; a marked word is written when it
// lies inside the range (ranges that cut one are never asked for: they end at spaces).
std::string marked_text_html(const model::Inline& run, std::size_t begin, std::size_t end);

// The escaped HTML of `text` made from marked titles (a chapter list entry): the compounds
// `marked_compounds` (Document::marked_compounds) lists are written as marked_text_html does.
std::string marked_title_html(const std::string& text,
                              const std::map<std::string, std::string>& marked_compounds);

// The rules that draw the marks of marked_text_html and keep a marked word on one line.
std::string marked_words_css();

} // namespace stadtsatz::html
