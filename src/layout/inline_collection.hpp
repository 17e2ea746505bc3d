#pragma once

#include "layout/layout_context.hpp"
#include "layout/paragraph_items.hpp"

namespace stadtsatz::layout {

// Turns inlines into boxes, glue and penalties: spaces and soft breaks become glue, soft
// hyphens flagged penalties, forced line breaks forced penalties; bold, italic, code, links
// and footnote references get their own run formats. The paragraph ends with a forced break.
// Every run's source is `source` with the inline it came from (and its link) filled in.
Paragraph collect_inlines(const model::Inlines& inlines, const TextFormat& base,
                          const SourceNode& source, LayoutContext& context);

// Like collect_inlines, but appends to `paragraph` without finishing it.
void collect_inlines_into(Paragraph& paragraph, const model::Inlines& inlines,
                          const TextFormat& base, const SourceNode& source, LayoutContext& context);

// Appends text in one format. Spaces become glue, soft hyphens and the hyphenation points
// (byte offsets into `text`, from resolve) that meet the style's `minima` flagged penalties
// priced by their kind; a hard hyphen between letters a break adding none, except in URLs and
// e-mail addresses. No break falls inside a compound of `marked_words` (byte ranges into
// `text`), whose boxes carry the unsplit word as their actual text.
void append_text(Paragraph& paragraph, const std::string& text, const RunFormat& format,
                 LayoutContext& context, double space_width,
                 const std::vector<model::HyphenationPoint>& hyphenation = {},
                 const model::HyphenationMinima& minima = {},
                 const std::vector<model::MarkedWord>& marked_words = {});

// Ends a paragraph: infinite glue and a forced break, so the last line stays ragged.
void finish_paragraph(Paragraph& paragraph);

// Appends `text` shaped as one box, spaces included (code, generated labels that must not
// break).
void append_unbreakable(Paragraph& paragraph, const std::string& text, const RunFormat& format,
                        FontMetrics& metrics);

// Like append_unbreakable, but characters the format's font lacks come from the style's
// fallback fonts (boxes of one font each, with no break between them).
void append_unbreakable(Paragraph& paragraph, const std::string& text, const RunFormat& format,
                        LayoutContext& context);

// Splits boxes wider than `width` into pieces joined by emergency breaks, and allows emergency
// breaks between adjacent boxes, so no word can run past the margin.
void allow_emergency_breaks(Paragraph& paragraph, double width);

} // namespace stadtsatz::layout
