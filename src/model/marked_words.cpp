#include "model/marked_words.hpp"

namespace stadtsatz::model {
namespace {

// Where the parts of `word` begin in it, read off its marked form (a Mediopunkt or a hyphen
// the word itself does not have, the letter after it perhaps capitalised).
std::vector<std::size_t> joints_of(std::string_view word, std::string_view marked) {
    constexpr std::string_view mediopunkt = "\u00B7";
    std::vector<std::size_t> joints;
    std::size_t in_word = 0;
    std::size_t in_marked = 0;
    while (in_word < word.size() && in_marked < marked.size()) {
        if (marked.substr(in_marked, mediopunkt.size()) == mediopunkt) {
            joints.push_back(in_word);
            in_marked += mediopunkt.size();
        } else if (marked[in_marked] == '-' && word[in_word] != '-') {
            joints.push_back(in_word);
            ++in_marked;
        } else {
            // Same letter, or the capital of a part: both one code point of the same length
            // in German (a to A, ä to Ä).
            ++in_word;
            ++in_marked;
        }
    }
    return joints;
}

bool is_word_byte(char byte) {
    return static_cast<unsigned char>(byte) >= 0x80 || (byte >= 'a' && byte <= 'z') ||
           (byte >= 'A' && byte <= 'Z') || byte == '-';
}

} // namespace

std::vector<MarkedWord>
find_marked_words(std::string_view text,
                  const std::map<std::string, std::string>& marked_compounds) {
    std::vector<MarkedWord> found;
    if (marked_compounds.empty()) {
        return found;
    }
    std::size_t index = 0;
    while (index < text.size()) {
        if (!is_word_byte(text[index])) {
            ++index;
            continue;
        }
        std::size_t end = index;
        while (end < text.size() && is_word_byte(text[end])) {
            ++end;
        }
        // A word ends before closing punctuation or quotes such as “ (bytes ≥ 0x80 count
        // as letters here): the longest listed prefix is the word.
        for (std::size_t length = end - index; length > 0; --length) {
            const auto listed = marked_compounds.find(std::string(text.substr(index, length)));
            if (listed != marked_compounds.end()) {
                MarkedWord word;
                word.begin = index;
                word.end = index + length;
                word.word = listed->second;
                word.joints = joints_of(listed->second, listed->first);
                found.push_back(std::move(word));
                break;
            }
        }
        index = end;
    }
    return found;
}

std::string unmarked_text(std::string_view text,
                          const std::map<std::string, std::string>& marked_compounds) {
    std::string result;
    std::size_t copied = 0;
    for (const MarkedWord& word : find_marked_words(text, marked_compounds)) {
        result += text.substr(copied, word.begin - copied);
        result += word.word;
        copied = word.end;
    }
    result += text.substr(copied);
    return result;
}

} // namespace stadtsatz::model
