#pragma once

#include "model/source_position.hpp"

#include <string>
#include <vector>

namespace stadtsatz::model {

enum class InlineKind {
    Text,              // plain text in `text`
    Emphasis,          // children set in italics
    Strong,            // children set in bold
    Strikethrough,     // children struck through (GFM)
    Code,              // verbatim `text`, never changed by typography or hyphenation
    Link,              // children linking to `target`
    SoftBreak,         // a line end inside a paragraph: a space for the typesetter
    LineBreak,         // a forced line break
    FootnoteReference, // a call to the footnote with id `target`; resolve numbers it
};

// How good a hyphenation point is: German practice splits compounds at their joints first.
enum class HyphenationKind {
    CompoundJoint, // Integrations|konzept
    AfterPrefix,   // ver|arbeiten
    Syllable,      // Inte|gration
};

// A place inside a text run where the word may be hyphenated.
struct HyphenationPoint {
    std::size_t offset = 0; // byte offset into Inline::text; the break comes before this byte
    HyphenationKind kind = HyphenationKind::Syllable;
};

// A word of a text run that resolve marked at its compound joints for Leichte Sprache
// (style <wortfugen>): Inline::text shows the marked form (Integrations·konzept), this keeps
// the unsplit word, for the PDF's ActualText, the HTML and a typesetter that must not break it.
struct MarkedWord {
    std::size_t begin = 0; // byte range of the marked form in Inline::text
    std::size_t end = 0;
    std::string word;                // the unsplit word: Integrationskonzept
    std::vector<std::size_t> joints; // byte offsets in `word` where a marked part begins
};

// A run of text or a span that groups runs; the same shape for every reader and writer.
struct Inline {
    InlineKind kind = InlineKind::Text;
    std::string text;             // Text and Code: the characters (UTF-8, NFC)
    std::vector<Inline> children; // Emphasis, Strong, Strikethrough, Link: the content
    std::string target;           // Link: URL or "#id"; FootnoteReference: footnote id
    int number = 0;               // FootnoteReference: the footnote's number, set by resolve
    std::vector<HyphenationPoint> hyphenation; // Text: set by resolve, sorted by offset
    std::vector<MarkedWord> marked_words;      // Text: set by resolve, sorted by begin
    SourcePosition position;
};

using Inlines = std::vector<Inline>;

Inline make_text(std::string text, SourcePosition position = {});

// True for "https://…", "mailto:…" and any other link target that starts with a URI scheme;
// everything else is an internal target that resolve checks and turns into "#anchor".
bool is_external_target(const std::string& target);

// The characters of inlines without markup, e.g. for a title in the outline or <title>.
std::string plain_text(const Inlines& inlines);

// The characters of a heading as its contents entry, running header, bookmark and HTML title
// show it: like plain_text, but struck-through runs (~~…~~) are left out and the spaces
// around them collapse to one; no space at either end.
std::string title_text(const Inlines& inlines);

} // namespace stadtsatz::model
