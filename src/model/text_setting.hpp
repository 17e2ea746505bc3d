#pragma once

namespace stadtsatz::model {

// How the lines of body text are set (<stil ausrichtung>).
enum class TextAlignment {
    Justified, // blocksatz: Knuth–Plass justification (the default)
    Left,      // links: ragged right, fixed word spaces, balanced line ends
};

// How emphasis (*text* in Markdown) is drawn (<stil betonung>).
enum class Emphasis {
    Italic, // kursiv (the default)
    Bold,   // fett: no italics anywhere, emphasis and italic styles are bold
};

// The line-setting choices of plain-language editions: where lines must and must not break.
struct TextSetting {
    TextAlignment alignment = TextAlignment::Justified;
    Emphasis emphasis = Emphasis::Italic;
    // <stil satzanfang="neue-zeile">: every sentence starts on a new line.
    bool sentence_per_line = false;
    // <stil umbruch="wortgruppen">: lines break between word groups, never after an article,
    // preposition, possessive or number, nor before a sentence's final word.
    bool word_groups = false;
    // <stil mindestgroesse>: the smallest size of any text the layout generates (title page,
    // imprint, labels, inline code), in points; 0: none.
    double minimum_size = 0;
};

// <bildspalte>: a picture paragraph followed by text is set in a column beside that text.
// Lengths in points; `enabled` is false when the style has no <bildspalte>.
struct PictureColumn {
    bool enabled = false;
    double width = 85.04; // 30 mm
    double gap = 22.68;   // 8 mm between the picture and the text
};

} // namespace stadtsatz::model
