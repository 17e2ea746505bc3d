#include "text/hyphenator.hpp"
#include "text/web_address.hpp"

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace stadtsatz::text {
namespace {

bool is_space(char character) {
    return character == ' ' || character == '\t' || character == '\n' || character == '\r';
}

// True if a space-delimited token is a URL, a domain, an e-mail address or looks like code.
bool is_untouchable_token(std::string_view token) {
    return is_web_or_mail_address(token) ||
           token.find_first_of("_/\\{}<>=`") != std::string_view::npos;
}

// The space-delimited tokens of a text run and whether each is untouchable, found once per
// token: ICU words come in ascending order, so the token of the next word starts at or after
// the one of the previous word, and each byte is looked at a bounded number of times. Scanning
// the token around every word instead made a long token of short words (a,a,a,…) quadratic.
class TokenCache {
public:
    explicit TokenCache(std::string_view text) : text_(text) {}

    // Whether the token around a word starting at `start` (ICU words hold no spaces) is a URL,
    // an e-mail address or code. `start` must not decrease from call to call.
    bool untouchable(std::size_t start) {
        if (start >= token_end_) {
            token_start_ = start;
            while (token_start_ > 0 && !is_space(text_[token_start_ - 1])) {
                --token_start_;
            }
            token_end_ = start;
            while (token_end_ < text_.size() && !is_space(text_[token_end_])) {
                ++token_end_;
            }
            untouchable_ =
                is_untouchable_token(text_.substr(token_start_, token_end_ - token_start_));
        }
        return untouchable_;
    }

private:
    std::string_view text_;
    std::size_t token_start_ = 0;
    std::size_t token_end_ = 0;
    bool untouchable_ = false;
};

// True if the word [start, end) of `text` is tied to its neighbour by a no-break space (U+00A0,
// U+202F): typography ties what must stay on one line, such as the parts of a date (18. April
// 2026) or a standard number (DIN 18040-2), and a hyphen would break it all the same.
bool is_tied(std::string_view text, std::size_t start, std::size_t end) {
    const auto tie_ends_at = [&](std::size_t at) {
        return (at >= 2 && text.substr(at - 2, 2) == "\u00A0") ||
               (at >= 3 && text.substr(at - 3, 3) == "\u202F");
    };
    const auto tie_starts_at = [&](std::size_t at) {
        return text.substr(at).starts_with("\u00A0") || text.substr(at).starts_with("\u202F");
    };
    return tie_ends_at(start) || tie_starts_at(end);
}

} // namespace

std::vector<BreakPoint> hyphenate_text(const Hyphenator& hyphenator, std::string_view text) {
    std::vector<BreakPoint> breaks;
    if (text.empty()) {
        return breaks;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    // One word break iterator per thread, made once: building one from ICU's rules cost
    // every text run of a publication a few microseconds.
    thread_local const std::unique_ptr<icu::BreakIterator> cached_words(
        icu::BreakIterator::createWordInstance(icu::Locale("de"), status));
    icu::BreakIterator* words = cached_words.get();
    if (U_FAILURE(status) || !words) {
        utext_close(utext);
        return breaks;
    }
    words->setText(utext, status);
    std::vector<BreakPoint> word_breaks;
    TokenCache tokens(text);
    int32_t start = words->first();
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next()) {
        if (words->getRuleStatus() == UBRK_WORD_NONE) {
            start = end;
            continue;
        }
        // Words joined by hard hyphens (E-Mail-Adresse) are one word for hyphenation.
        while (static_cast<std::size_t>(end) + 1 < text.size() && text[end] == '-' &&
               !is_space(text[end + 1]) && text[end + 1] != '-') {
            const int32_t next = words->following(end + 1);
            if (next == icu::BreakIterator::DONE || words->getRuleStatus() == UBRK_WORD_NONE) {
                words->following(end);
                break;
            }
            end = next;
        }
        const auto word_start = static_cast<std::size_t>(start);
        const auto word_end = static_cast<std::size_t>(end);
        if (!tokens.untouchable(word_start) && !is_tied(text, word_start, word_end)) {
            hyphenator.hyphenate(text.substr(word_start, word_end - word_start), word_breaks);
            for (const auto& point : word_breaks) {
                breaks.push_back({word_start + point.offset, point.kind});
            }
        }
        start = end;
    }
    utext_close(utext);
    return breaks;
}

} // namespace stadtsatz::text
