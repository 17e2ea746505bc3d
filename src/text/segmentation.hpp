#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::text {

// What a word segment holds, after ICU's word break rule status.
enum class SegmentKind {
    Word,   // letters (may contain digits and inner apostrophes, e.g. "geht’s")
    Number, // digits with separators, e.g. "1.146" or "31,5"
    Other,  // spaces, punctuation, symbols
};

// A part of a UTF-8 text given by byte offsets, so `text.substr(begin, end - begin)` is it.
struct Segment {
    std::size_t begin = 0;
    std::size_t end = 0;
    SegmentKind kind = SegmentKind::Other;
};

// A place where a line may end, as a byte offset into the UTF-8 text (the next line starts
// there).
struct LineBreakOpportunity {
    std::size_t offset = 0;
    bool mandatory = false; // a hard break (line feed, paragraph separator)
};

// The words, numbers and the pieces between them, in order, covering the whole text
// (ICU word break iterator, locale "de").
std::vector<Segment> word_segments(std::string_view utf8);

// The sentences, in order, covering the whole text (ICU sentence break iterator, locale "de";
// "z. B." or "Nr. 5" do not end a sentence only if ICU's German rules know them).
std::vector<Segment> sentence_segments(std::string_view utf8);

// Where lines may break (ICU line break iterator, locale "de", Unicode UAX #14): never at a
// no-break space (U+00A0) or narrow no-break space (U+202F). The end of the text is not
// listed.
std::vector<LineBreakOpportunity> line_break_opportunities(std::string_view utf8);

// A key for case-insensitive lookups (Unicode full case folding): "Straße", "STRASSE" and
// "STRAẞE" all become "strasse"; "Äpfel" becomes "äpfel".
std::string fold_case(std::string_view utf8);

} // namespace stadtsatz::text
