#include "plain_language/document_check.hpp"

#include "plain_language/plain_language_check.hpp"

#include <algorithm>
#include <limits>

namespace stadtsatz::plain_language {

Limits limits_for(Level level, const model::Style& style) {
    const model::PlainLanguageLimits& style_limits = style.plain_language;
    Limits limits = default_limits(level);
    if (style_limits.sentence_words > 0) {
        limits.sentence_words = style_limits.sentence_words;
    }
    if (style_limits.long_word_letters > 0) {
        limits.long_word_letters = style_limits.long_word_letters;
    }
    // With <wortfugen> the typesetter marks every compound the rule would report
    if (style.compound_marking &&
        style.compound_marking->minimum_letters <= limits.long_word_letters) {
        limits.long_word_letters = std::numeric_limits<std::size_t>::max();
    }
    return limits;
}

std::optional<Level> plain_level_of(const model::Style& style) {
    switch (style.language_level) {
    case model::LanguageLevel::LeichteSprache:
        return Level::LeichteSprache;
    case model::LanguageLevel::EinfacheSprache:
        return Level::EinfacheSprache;
    case model::LanguageLevel::Standard:
        break;
    }
    return std::nullopt;
}

text::Hyphenator checker_hyphenator(const std::vector<model::HyphenationException>& exceptions) {
    text::HyphenationExceptions list;
    for (const model::HyphenationException& exception : exceptions) {
        list.add(exception.entry); // an unusable entry is the build's error, not the checker's
    }
    return text::Hyphenator(text::HyphenationOptions{}, std::move(list));
}

void report_findings(const SourceParagraph& paragraph, const std::vector<Finding>& findings,
                     bool strict, model::Diagnostics& diagnostics) {
    PositionFinder positions(paragraph);
    for (const Finding& finding : findings) {
        const model::SourcePosition position = positions.at(finding.offset);
        std::string message = finding.message + " [" + finding.rule + "]";
        if (strict) {
            diagnostics.error(position, std::move(message));
        } else {
            diagnostics.warning(position, std::move(message));
        }
    }
}

void check_document(const model::Document& document, const Limits& limits,
                    const text::Hyphenator& hyphenator, bool strict,
                    model::Diagnostics& diagnostics) {
    for (const model::Chapter& chapter : document.chapters) {
        model::Diagnostics chapter_findings;
        for (const SourceParagraph& paragraph :
             chapter_paragraphs(chapter, footnotes_of(document, chapter))) {
            const Paragraph segmented = segment_paragraph(paragraph.text);
            report_findings(paragraph, check_paragraph(segmented, limits, hyphenator), strict,
                            chapter_findings);
        }
        std::vector<model::Diagnostic> sorted = chapter_findings.all();
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
            return std::pair(a.position.line, a.position.column) <
                   std::pair(b.position.line, b.position.column);
        });
        for (model::Diagnostic& diagnostic : sorted) {
            if (diagnostic.severity == model::Severity::Error) {
                diagnostics.error(std::move(diagnostic.position), std::move(diagnostic.message));
            } else {
                diagnostics.warning(std::move(diagnostic.position), std::move(diagnostic.message));
            }
        }
    }
}

TextCounts paragraphs_readability(const std::vector<SourceParagraph>& paragraphs) {
    TextCounts counts;
    for (const SourceParagraph& paragraph : paragraphs) {
        if (paragraph.running_text) {
            counts.add(count_text(segment_paragraph(paragraph.text)));
        }
    }
    return counts;
}

EditionReadability document_readability(const model::Document& document) {
    EditionReadability result{document.edition_id, document.edition_title, {}, {}};
    for (const model::Chapter& chapter : document.chapters) {
        if (chapter.generated != model::GeneratedChapter::None) {
            continue; // its text is Stadtsatz's, made after this check: no editor's to measure
        }
        ChapterReadability figures{
            model::title_text(chapter.title), chapter.position.file,
            paragraphs_readability(chapter_paragraphs(chapter, footnotes_of(document, chapter)))};
        result.total.add(figures.counts);
        result.chapters.push_back(std::move(figures));
    }
    return result;
}

} // namespace stadtsatz::plain_language
