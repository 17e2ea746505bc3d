#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::text {

// One piece of a paragraph for the typographic rules: a text run they may change, or verbatim
// text (code, a URL, a line break) they keep as written but still read as context.
struct TypographyPiece {
    std::string text;      // UTF-8, NFC
    bool verbatim = false; // true: never changed
};

// Gives German text its typographic form (Duden, DIN 5008):
// - straight quotes "…" and '…' become „…“ and ‚…‘; an apostrophe becomes ’ (geht’s);
// - a hyphen between two standalone numbers becomes an en dash (2016–2018, S. 12–14), and so
//   does a hyphen with a space on both sides (Stadt – und Land); Neu-Ulm, E-Mail and ids
//   such as M-1.1.1 keep their hyphen;
// - "..." becomes …;
// - a narrow no-break space (U+202F) joins abbreviations (z. B., d. h., u. a.; "z.B." too)
//   and a number with its unit (10 %, 5 €, 3 km, 1,5 Mio.); a no-break space (U+00A0)
//   follows §, Nr., S., Art., Abs. before a number and joins dates (1. Januar 2017).
// URLs and e-mail addresses inside the text are kept as written.
// The pieces are read as one stream, so a quote opened in one piece and closed in another
// pairs up. Returns the new text of every piece, in order; verbatim pieces come back as given.
std::vector<std::string> apply_german_typography(const std::vector<TypographyPiece>& pieces);

// The same for a single text, e.g. a title or a measure's lead office.
std::string apply_german_typography(std::string_view text);

} // namespace stadtsatz::text
