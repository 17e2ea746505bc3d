#include "resolve/compound_marking.hpp"

#include "model/marked_words.hpp"
#include "resolve/inline_walk.hpp"
#include "text/compound_marking.hpp"
#include "text/hyphenator.hpp"
#include "text/unicode_letters.hpp"
#include "text/web_address.hpp"

#include <map>

namespace stadtsatz::resolve {
namespace {

bool is_space(char character) {
    return character == ' ' || character == '\t' || character == '\n' || character == '\r';
}

// Byte offset of the first letter of `token` at or after `from`, and of the end of its last
// letter (punctuation around a word is no part of it: „Integrationskonzept“,).
std::pair<std::size_t, std::size_t> word_core(std::string_view token) {
    std::size_t begin = token.size();
    std::size_t end = 0;
    for (std::size_t index = 0; index < token.size();) {
        const std::size_t start = index;
        if (text::is_letter(text::next_code_point(token, index))) {
            begin = std::min(begin, start);
            end = index;
        }
    }
    return {begin, end};
}

// Marks the compounds of one text run.
void mark_run(model::Inline& run, const text::Hyphenator& hyphenator,
              const text::CompoundMarking& marking,
              std::map<std::string, std::string>& dictionary) {
    if (run.kind != model::InlineKind::Text || run.text.empty()) {
        return;
    }
    std::string result;
    std::vector<model::MarkedWord> marked_words;
    const std::string_view text = run.text;
    std::size_t index = 0;
    while (index < text.size()) {
        if (is_space(text[index])) {
            result += text[index++];
            continue;
        }
        std::size_t token_end = index;
        while (token_end < text.size() && !is_space(text[token_end])) {
            ++token_end;
        }
        const std::string_view token = text.substr(index, token_end - index);
        index = token_end;
        const auto [begin, end] = word_core(token);
        if (begin >= end || text::is_web_or_mail_address(token)) {
            result += token;
            continue;
        }
        // The editor's soft hyphens are left out of a marked word: it never breaks.
        std::string word(token.substr(begin, end - begin));
        for (std::size_t soft = word.find("\u00AD"); soft != std::string::npos;
             soft = word.find("\u00AD")) {
            word.erase(soft, 2);
        }
        const std::string marked = text::mark_compound(hyphenator, word, marking);
        if (marked == word) {
            result += token;
            continue;
        }
        result += token.substr(0, begin);
        model::MarkedWord entry;
        entry.begin = result.size();
        result += marked;
        entry.end = result.size();
        entry.word = word;
        entry.joints = model::find_marked_words(marked, {{marked, word}}).front().joints;
        dictionary.emplace(marked, word);
        marked_words.push_back(std::move(entry));
        result += token.substr(end);
    }
    if (!marked_words.empty()) {
        run.text = std::move(result);
        run.marked_words = std::move(marked_words);
    }
}

void mark_field_of_action(model::FieldOfAction& field,
                          const std::function<void(model::Inline&)>& visit) {
    model::for_each_text(field, [&](model::Inlines& text) { for_each_inline(text, visit); });
}

void mark_fields_of_action(model::Blocks& blocks,
                           const std::function<void(model::Inline&)>& visit) {
    for (auto& block : blocks) {
        if (block.kind == model::BlockKind::FieldOfAction && block.field_of_action) {
            mark_field_of_action(*block.field_of_action, visit);
        }
        for (auto& item : block.items) {
            mark_fields_of_action(item, visit);
        }
        mark_fields_of_action(block.children, visit);
    }
}

} // namespace

void mark_compounds(model::Document& document) {
    if (!document.style.compound_marking) {
        return;
    }
    text::HyphenationExceptions exceptions;
    for (const auto& exception : document.hyphenation_exceptions) {
        exceptions.add(exception.entry); // a wrong entry is reported by hyphenation
    }
    const text::Hyphenator hyphenator(text::HyphenationOptions{}, std::move(exceptions));
    text::CompoundMarking marking;
    marking.mark = document.style.compound_marking->sign == model::CompoundMarkSign::Hyphen
                       ? text::CompoundMark::Hyphen
                       : text::CompoundMark::Mediopunkt;
    marking.minimum_letters = document.style.compound_marking->minimum_letters;
    const auto visit = [&](model::Inline& run) {
        mark_run(run, hyphenator, marking, document.marked_compounds);
    };
    for_each_inline(document, visit);
    for (auto& chapter : document.chapters) {
        mark_fields_of_action(chapter.blocks, visit);
    }
}

} // namespace stadtsatz::resolve
