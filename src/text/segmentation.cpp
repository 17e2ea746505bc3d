#include "text/segmentation.hpp"

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

namespace stadtsatz::text {
namespace {

enum class BreakKind { Word, Sentence, Line };

// One break iterator per kind and thread: creating one loads ICU's rules, which is slow.
icu::BreakIterator* iterator_for(BreakKind kind) {
    thread_local std::unique_ptr<icu::BreakIterator> word;
    thread_local std::unique_ptr<icu::BreakIterator> sentence;
    thread_local std::unique_ptr<icu::BreakIterator> line;
    const icu::Locale german("de");
    UErrorCode status = U_ZERO_ERROR;
    switch (kind) {
    case BreakKind::Word:
        if (!word) {
            word.reset(icu::BreakIterator::createWordInstance(german, status));
        }
        return U_SUCCESS(status) ? word.get() : nullptr;
    case BreakKind::Sentence:
        if (!sentence) {
            sentence.reset(icu::BreakIterator::createSentenceInstance(german, status));
        }
        return U_SUCCESS(status) ? sentence.get() : nullptr;
    case BreakKind::Line:
        if (!line) {
            line.reset(icu::BreakIterator::createLineInstance(german, status));
        }
        return U_SUCCESS(status) ? line.get() : nullptr;
    }
    return nullptr;
}

// Runs `visit(begin, end, rule_status)` for every segment the iterator of `kind` finds. The
// offsets are UTF-8 byte offsets because the iterator reads the text through a UTF-8 UText.
template <typename Visit>
void for_each_segment(std::string_view utf8, BreakKind kind, Visit visit) {
    icu::BreakIterator* iterator = iterator_for(kind);
    if (iterator == nullptr || utf8.empty()) {
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
    if (U_FAILURE(status)) {
        utext_close(text);
        return;
    }
    iterator->setText(text, status);
    if (U_SUCCESS(status)) {
        int32_t begin = iterator->first();
        for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
             begin = end, end = iterator->next()) {
            visit(static_cast<std::size_t>(begin), static_cast<std::size_t>(end),
                  iterator->getRuleStatus());
        }
    }
    // Detach the iterator from the UText before closing it.
    iterator->setText(icu::UnicodeString());
    utext_close(text);
}

} // namespace

std::vector<Segment> word_segments(std::string_view utf8) {
    std::vector<Segment> segments;
    for_each_segment(utf8, BreakKind::Word, [&](std::size_t begin, std::size_t end, int32_t rule) {
        SegmentKind kind = SegmentKind::Other;
        if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
            kind = SegmentKind::Number;
        } else if (rule >= UBRK_WORD_LETTER) {
            kind = SegmentKind::Word; // letters, kana and ideographs
        }
        segments.push_back({begin, end, kind});
    });
    return segments;
}

std::vector<Segment> sentence_segments(std::string_view utf8) {
    std::vector<Segment> segments;
    for_each_segment(utf8, BreakKind::Sentence, [&](std::size_t begin, std::size_t end, int32_t) {
        segments.push_back({begin, end, SegmentKind::Other});
    });
    return segments;
}

std::vector<LineBreakOpportunity> line_break_opportunities(std::string_view utf8) {
    std::vector<LineBreakOpportunity> breaks;
    for_each_segment(utf8, BreakKind::Line, [&](std::size_t, std::size_t end, int32_t rule) {
        const bool mandatory = rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT;
        if (end < utf8.size() || mandatory) {
            breaks.push_back({end, mandatory});
        }
    });
    // The end of the text is no opportunity, even after a final line feed.
    if (!breaks.empty() && breaks.back().offset == utf8.size()) {
        breaks.pop_back();
    }
    return breaks;
}

std::string fold_case(std::string_view utf8) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    text.foldCase(U_FOLD_CASE_DEFAULT);
    std::string result;
    text.toUTF8String(result);
    return result;
}

} // namespace stadtsatz::text
