#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "plain_language/document_text.hpp"
#include "plain_language/finding.hpp"
#include "plain_language/readability.hpp"
#include "text/hyphenator.hpp"

#include <optional>
#include <string>
#include <vector>

namespace stadtsatz::plain_language {

// The readability counts of one chapter.
struct ChapterReadability {
    std::string title; // the chapter's title as the contents show it
    std::string file;  // its Markdown file
    TextCounts counts;
};

// The readability counts of one edition, chapter by chapter and in total.
struct EditionReadability {
    std::string edition_id;
    std::string edition_title;
    std::vector<ChapterReadability> chapters;
    TextCounts total;
};

// The checker's limits for an edition of `style` checked at `level`: the style's
// <sprachpruefung> values. A style that marks long compounds itself leaves none unsplit, so
// langes-wort is off for it.
Limits limits_for(Level level, const model::Style& style);

// The level an edition is checked at: its style's sprachstufe; nothing for "standard".
std::optional<Level> plain_level_of(const model::Style& style);

// The hyphenator that finds compound joints for langes-wort, with the editors' exceptions.
text::Hyphenator checker_hyphenator(const std::vector<model::HyphenationException>& exceptions);

// The findings of one paragraph as diagnostics "message [rule]" at their source positions:
// warnings, or errors when `strict`.
void report_findings(const SourceParagraph& paragraph, const std::vector<Finding>& findings,
                     bool strict, model::Diagnostics& diagnostics);

// Checks every chapter (and its footnotes) of `document`; findings in file order.
void check_document(const model::Document& document, const Limits& limits,
                    const text::Hyphenator& hyphenator, bool strict,
                    model::Diagnostics& diagnostics);

// The readability counts of the running text (paragraphs, list items, quotes, footnotes; not
// headings, tables, captions) of every chapter of `document` an editor wrote (generated
// chapters are left out: their text is made after the check).
EditionReadability document_readability(const model::Document& document);

// The readability counts of the running text of one chapter's paragraphs.
TextCounts paragraphs_readability(const std::vector<SourceParagraph>& paragraphs);

} // namespace stadtsatz::plain_language
