#pragma once

#include "model/source_position.hpp"
#include "model/text_setting.hpp"

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stadtsatz::model {

// A colour given twice: CMYK for the print shop, RGB for screens (PDF download, HTML).
struct Colour {
    std::array<double, 4> cmyk{0, 0, 0, 1}; // cyan, magenta, yellow, black in 0..1
    std::array<double, 3> rgb{0, 0, 0};     // red, green, blue in 0..1
};

// A family of four TrueType files in fonts/, resolved to absolute paths by the reader.
struct FontFamily {
    std::string regular;
    std::string italic;
    std::string bold;
    std::string bold_italic;
};

// How short a word and its fragments may be for a line to break inside it at a hyphenation
// point, in letters (not bytes); the part of a word between hard hyphens counts as the word
// (Ein-Euro-Job: Euro). The hyphenator finds every legal break; these are the style's choice
// of which ones a line may use (<textstil trennung-wortlaenge, trennung-links,
// trennung-rechts>). Soft hyphens and hard hyphens in the text are not limited by them.
struct HyphenationMinima {
    std::size_t word_length = 6; // shorter words are never hyphenated at a line end
    std::size_t left = 2;        // letters that must stay before the hyphen
    std::size_t right = 3;       // letters that must go to the next line
    // Headings: a word is hyphenated only when it is wider than the line (an emergency break),
    // never to even out the spaces.
    bool only_overlong_words = false;
};

// How one kind of text looks. Lengths are in PostScript points (1/72 inch).
struct TextStyle {
    std::string family = "text"; // key into Style::fonts
    double size = 10;
    double leading = 14;         // baseline-to-baseline distance
    std::string colour = "text"; // key into Style::colours
    bool bold = false;
    bool italic = false;
    double space_before = 0;
    double space_after = 0;
    HyphenationMinima hyphenation;
};

struct HeadingStyle : TextStyle {
    bool new_page = false; // start on a new page (chapter titles)
    bool numbered = true;  // show "2.3" before the title
};

// What the print shop asked for: the PDF/X-4 output condition and the marks around the page
// (the style's <druck>). Without <druck> in the style, icc_profile is empty and no print PDF
// can be made.
struct PrintSettings {
    std::string icc_profile;           // absolute path of the CMYK output profile (N = 4)
    std::string output_condition;      // OutputConditionIdentifier, e.g. "FOGRA39"
    std::string output_condition_info; // readable name, e.g. "Coated FOGRA39 (ISO 12647-2:2004)"
    bool crop_marks = false;           // crop marks outside the bleed; the MediaBox grows
    double minimum_resolution = 250;   // pixels per inch below which a picture is warned about
    SourcePosition position;           // the profil= attribute, for errors found later
};

// The level of language an edition is written in (<stil sprachstufe>): the plain-language
// checker runs on editions of the two plain levels, and the HTML says the level.
enum class LanguageLevel {
    Standard,        // standard
    EinfacheSprache, // einfache-sprache
    LeichteSprache,  // leichte-sprache
};

// The style's values for the plain-language checker (<sprachpruefung>).
struct PlainLanguageLimits {
    std::size_t sentence_words = 0;     // more words are too many; 0: 10 (Leichte), 15 (Einfache)
    std::size_t long_word_letters = 13; // an unsplit compound of this many letters is too long
};

// The sign compound marking sets at a joint (<wortfugen zeichen=...>).
enum class CompoundMarkSign {
    Mediopunkt, // Integrations·konzept (Hildesheim)
    Hyphen,     // Integrations-Konzept (Netzwerk Leichte Sprache)
};

// <wortfugen>: resolve marks the joints of long compounds in the running text, for Leichte
// Sprache (text::mark_compound).
struct CompoundMarkingStyle {
    CompoundMarkSign sign = CompoundMarkSign::Mediopunkt;
    std::size_t minimum_letters = 10; // mindestlaenge=: shorter words stay whole
};

// Everything that decides the look of one edition, in PDF and HTML alike.
struct Style {
    std::string name;
    // Page geometry in points (the style file says mm; the reader converts).
    double page_width = 595.276; // A4 trim size
    double page_height = 841.89;
    double bleed = 8.504;        // 3 mm, added around the trim box in the print PDF
    double margin_inner = 62.36; // binding side
    double margin_outer = 51.02;
    double margin_top = 70.87;
    double margin_bottom = 70.87;
    std::map<std::string, FontFamily> fonts; // "text", "headings", "code", ...
    // <ersatzschrift>: absolute paths of the fonts that draw, in this order, the characters a
    // family's font lacks (symbols, list bullets); empty: such characters are missing.
    std::vector<std::string> fallback_fonts;
    // Where the style names each font file (by absolute path), for errors found on loading it.
    std::map<std::string, SourcePosition> font_positions;
    std::map<std::string, Colour> colours; // "text", "accent", "muted", "rule", ...
    TextStyle body;
    std::array<HeadingStyle, 6> headings; // level 1..6 at index 0..5
    TextStyle caption;
    TextStyle footnote;
    TextStyle table;
    TextStyle code;
    TextStyle running_header;
    TextStyle page_number; // <textstil art="seitenzahl">; starts from the running header
    PrintSettings print;
    bool hyphenate = true;
    bool typography = true; // German quotes, dashes and no-break spaces (resolve/text_preparation)
    TextSetting setting;    // alignment, emphasis, sentence and word-group breaks
    PictureColumn picture_column;
    LanguageLevel language_level = LanguageLevel::Standard;
    PlainLanguageLimits plain_language;
    std::optional<CompoundMarkingStyle> compound_marking; // <wortfugen>; none: words stay whole
    SourcePosition position; // the style file, for errors found later (e.g. a missing glyph)
};

// Where the style names the font file `file`; the font file itself when the style does not.
inline SourcePosition font_position(const Style& style, const std::string& file) {
    auto found = style.font_positions.find(file);
    return found != style.font_positions.end() ? found->second : SourcePosition{file, 0, 0};
}

} // namespace stadtsatz::model
