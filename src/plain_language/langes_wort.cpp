#include "plain_language/token_rules.hpp"
#include "text/compound_marking.hpp"
#include "text/unicode_letters.hpp"

namespace stadtsatz::plain_language {
namespace {

// A part of a word between hyphens or Mediopunkte, with its byte offset in the word.
struct WordPart {
    std::string_view text;
    std::size_t offset = 0;
};

// The parts of a word the writer already split: "Integrations·konzept", "E-Mail-Adresse".
std::vector<WordPart> parts_of(std::string_view word) {
    std::vector<WordPart> parts;
    std::size_t start = 0;
    for (std::size_t at = 0; at <= word.size();) {
        std::size_t joiner = 0;
        if (at < word.size()) {
            if (word[at] == '-') {
                joiner = 1;
            } else if (word.substr(at, 2) == "\u00B7") {
                joiner = 2;
            } else if (word.substr(at, 3) == "\u2011") {
                joiner = 3;
            }
        }
        if (at == word.size() || joiner > 0) {
            parts.push_back({word.substr(start, at - start), start});
            if (at == word.size()) {
                break;
            }
            at += joiner;
            start = at;
            continue;
        }
        ++at;
    }
    return parts;
}

// Letters of `part`, or 0 if it holds anything else than letters (digits, dots of a URL).
std::size_t letters_only(std::string_view part, bool& all_upper_case) {
    std::size_t letters = 0;
    all_upper_case = true;
    for (std::size_t index = 0; index < part.size();) {
        const char32_t code_point = text::next_code_point(part, index);
        if (!text::is_letter(code_point)) {
            return 0;
        }
        all_upper_case = all_upper_case && text::is_upper_case(code_point);
        ++letters;
    }
    return letters;
}

} // namespace

std::optional<Finding> check_langes_wort(const Paragraph& paragraph, std::size_t index,
                                         const Limits& limits, const text::Hyphenator& hyphenator) {
    text::CompoundMarking marking;
    marking.minimum_letters = limits.long_word_letters;
    for (const Word& word : paragraph.sentences[index].words) {
        if (word.is_number || in_web_address(paragraph, word.offset)) {
            continue;
        }
        for (const WordPart& part : parts_of(word.text)) {
            bool all_upper_case = false;
            const std::size_t letters = letters_only(part.text, all_upper_case);
            std::size_t first = 0;
            const bool noun = text::is_upper_case(text::next_code_point(part.text, first));
            if (letters < limits.long_word_letters || all_upper_case ||
                (!noun && part.offset == 0)) {
                continue; // short, an acronym, or no noun (zusammenleben, verwaltungsintern)
            }
            const std::string marked = text::mark_compound(hyphenator, part.text, marking);
            if (marked == part.text) {
                continue; // no compound, or the splitter finds no joint it trusts
            }
            marking.mark = text::CompoundMark::Hyphen;
            const std::string hyphenated = text::mark_compound(hyphenator, part.text, marking);
            return Finding{word.offset + part.offset, "langes-wort",
                           "Das Wort „" + std::string(part.text) +
                               "“ ist lang: zeigen Sie seine Teile, „" + marked + "“ oder „" +
                               hyphenated + "“"};
        }
    }
    return std::nullopt;
}

} // namespace stadtsatz::plain_language
