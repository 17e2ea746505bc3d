#include "plain_language/paragraph.hpp"

#include "text/segmentation.hpp"

#include <algorithm>
#include <array>

namespace stadtsatz::plain_language {

namespace {

// Abbreviations whose full stop ends no sentence (the ICU rules know only some of them).
constexpr std::array<std::string_view, 32> abbreviations = {
    "z",   "B",   "bzw",  "usw", "ca", "Nr", "Dr",   "Prof", "Hr",  "Fr",  "Str",
    "vgl", "ggf", "u",    "a",   "d",  "h",  "inkl", "evtl", "etc", "S",   "Abs",
    "Art", "Tel", "bspw", "sog", "o",  "ä",  "Mio",  "Mrd",  "Jh",  "zzgl"};

bool is_abbreviation(std::string_view word) {
    if (std::find(abbreviations.begin(), abbreviations.end(), word) != abbreviations.end()) {
        return true;
    }
    // an initial: one capital letter
    return word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
}

// Whether the full stop after `word` belongs to it: an abbreviation, or an ordinal number of
// one or two digits ("20. November", "3. Handlungsfeld").
bool full_stop_continues(const Word& word) {
    if (word.is_number) {
        return word.text.size() <= 2;
    }
    return is_abbreviation(word.text);
}

// Whether the byte at `offset` of `text` starts a hyphen or Mediopunkt joining two parts of a
// word; returns its length in bytes, 0 if none.
std::size_t joiner_length(std::string_view text, std::size_t offset) {
    if (text.substr(offset, 1) == "-") {
        return 1;
    }
    if (text.substr(offset, 2) == "\xC2\xB7" || text.substr(offset, 3) == "\xE2\x80\x91") {
        return text.substr(offset, 2) == "\xC2\xB7" ? 2 : 3; // Mediopunkt, non-breaking hyphen
    }
    return 0;
}

// The words of a whole paragraph, hyphenated parts joined.
std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> words;
    std::size_t joined_until = std::string_view::npos;
    for (const text::Segment& segment : text::word_segments(text)) {
        if (segment.kind == text::SegmentKind::Other) {
            continue;
        }
        const bool is_number = segment.kind == text::SegmentKind::Number;
        if (!words.empty() && segment.begin == joined_until) {
            Word& previous = words.back();
            previous.text = text.substr(previous.offset, segment.end - previous.offset);
            previous.is_number = previous.is_number && is_number;
        } else {
            words.push_back({text.substr(segment.begin, segment.end - segment.begin), segment.begin,
                             is_number});
        }
        const std::size_t joiner = segment.end < text.size() ? joiner_length(text, segment.end) : 0;
        joined_until = joiner > 0 ? segment.end + joiner : std::string_view::npos;
    }
    return words;
}

} // namespace

Paragraph segment_paragraph(std::string_view text) {
    Paragraph paragraph{text, {}};
    const std::vector<Word> words = words_of(text);
    // ICU's sentence ends, then those after an abbreviation or ordinal taken back
    std::vector<std::size_t> ends;
    for (const text::Segment& segment : text::sentence_segments(text)) {
        ends.push_back(segment.end);
    }
    std::vector<std::size_t> kept_ends;
    std::size_t word_index = 0;
    for (std::size_t end : ends) {
        // the last word before this end, and whether a full stop follows it directly
        while (word_index < words.size() && words[word_index].offset < end) {
            ++word_index;
        }
        bool continues = false;
        if (word_index > 0 && end < text.size()) {
            const Word& last = words[word_index - 1];
            const std::size_t after = last.offset + last.text.size();
            continues = after < text.size() && text[after] == '.' && full_stop_continues(last);
        }
        if (!continues) {
            kept_ends.push_back(end);
        }
    }
    std::size_t begin = 0;
    word_index = 0;
    for (std::size_t end : kept_ends) {
        std::string_view sentence = text.substr(begin, end - begin);
        // trailing spaces belong to no sentence
        while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '\n')) {
            sentence.remove_suffix(1);
        }
        Sentence result{sentence, begin, {}};
        while (word_index < words.size() && words[word_index].offset < end) {
            result.words.push_back(words[word_index]);
            ++word_index;
        }
        if (!result.words.empty()) {
            paragraph.sentences.push_back(std::move(result));
        }
        begin = end;
    }
    return paragraph;
}

} // namespace stadtsatz::plain_language
