#include "layout/line_rules.hpp"

#include "text/word_groups.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace stadtsatz::layout {
namespace {

bool is_forced(const ParagraphItem& item) {
    return item.kind == ItemKind::Penalty && item.penalty <= forced_break;
}

// A word of the paragraph: the items between two spaces (or forced breaks), its text, and
// the space that follows it (items.size() when a forced break or the end follows).
struct Word {
    std::string text;
    std::size_t space = 0;
};

std::vector<Word> words_of(const std::vector<ParagraphItem>& items) {
    std::vector<Word> words;
    Word current;
    bool open = false;
    for (std::size_t index = 0; index < items.size(); ++index) {
        const ParagraphItem& item = items[index];
        if (item.kind == ItemKind::Box) {
            current.text += item.text;
            open = true;
            continue;
        }
        const bool space = item.kind == ItemKind::Glue;
        if ((space || is_forced(item)) && open) {
            current.space = space && item.stretch < 1e6 ? index : items.size();
            words.push_back(std::move(current));
            current = Word{};
            open = false;
        }
    }
    if (open) {
        current.space = items.size();
        words.push_back(std::move(current));
    }
    return words;
}

ParagraphItem penalty_of(double value) {
    ParagraphItem penalty;
    penalty.kind = ItemKind::Penalty;
    penalty.penalty = value;
    return penalty;
}

} // namespace

void apply_line_rules(Paragraph& paragraph, const model::TextSetting& setting) {
    if (!setting.sentence_per_line && !setting.word_groups) {
        return;
    }
    const std::vector<Word> words = words_of(paragraph.items);
    // What to do at each space: a forced break, or a penalty before it.
    std::vector<double> penalty_before(paragraph.items.size(), 0);
    std::vector<bool> forced(paragraph.items.size(), false);
    for (std::size_t index = 0; index < words.size(); ++index) {
        const Word& word = words[index];
        if (word.space >= paragraph.items.size() || index + 1 >= words.size()) {
            continue;
        }
        const Word& next = words[index + 1];
        const bool sentence_end = text::ends_sentence(word.text, next.text);
        if (sentence_end && setting.sentence_per_line) {
            forced[word.space] = true;
            continue;
        }
        if (!setting.word_groups || sentence_end) {
            continue;
        }
        // The next word ends its sentence (or the paragraph): it must not stand alone.
        const bool next_is_last =
            next.space >= paragraph.items.size() ||
            (index + 2 < words.size() && text::ends_sentence(next.text, words[index + 2].text));
        if (text::binds_to_next_word(word.text) || next_is_last) {
            penalty_before[word.space] = word_group_penalty;
        } else if (text::ends_clause(word.text)) {
            penalty_before[word.space] = clause_end_penalty;
        } else if (text::starts_word_group(next.text)) {
            penalty_before[word.space] = conjunction_penalty;
        }
    }
    std::vector<ParagraphItem> result;
    result.reserve(paragraph.items.size() + words.size());
    for (std::size_t index = 0; index < paragraph.items.size(); ++index) {
        ParagraphItem& item = paragraph.items[index];
        if (forced[index]) {
            ParagraphItem fill = item;
            fill.width = 0;
            fill.stretch = 1e9; // the sentence's last line stays ragged
            fill.shrink = 0;
            result.push_back(fill);
            result.push_back(penalty_of(forced_break));
            continue;
        }
        if (setting.word_groups && item.kind == ItemKind::Penalty && !is_forced(item)) {
            // Lines break between words only: a hyphen or soft hyphen only in an emergency.
            item.penalty = std::max(item.penalty, word_group_penalty);
        }
        if (penalty_before[index] != 0) {
            result.push_back(penalty_of(penalty_before[index]));
        }
        result.push_back(std::move(item));
    }
    paragraph.items = std::move(result);
}

} // namespace stadtsatz::layout
