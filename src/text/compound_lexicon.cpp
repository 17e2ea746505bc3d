#include "text/compound_lexicon.hpp"

#include "text/compound_lexicon_data.hpp"

namespace stadtsatz::text {
namespace {

std::uint32_t hash_bytes(std::string_view bytes) {
    std::uint32_t hash = 2166136261u; // FNV-1a
    for (const char byte : bytes) {
        hash = (hash ^ static_cast<unsigned char>(byte)) * 16777619u;
    }
    return hash;
}

} // namespace

CompoundLexicon::CompoundLexicon(std::string_view encoded_words, std::size_t entry_count) {
    std::size_t capacity = 1024;
    while (capacity * 2 < entry_count * 3) { // load factor at most two thirds
        capacity *= 2;
    }
    slots_.resize(capacity);
    mask_ = capacity - 1;
    const std::size_t filter_bits = capacity * 8; // about 12 bits per word: few false hits
    filter_.assign(filter_bits / 64, 0);
    filter_mask_ = filter_bits - 1;
    words_.reserve(encoded_words.size() + entry_count * 2);
    std::string previous;
    std::size_t index = 0;
    while (index + 2 <= encoded_words.size()) {
        const std::size_t shared = static_cast<std::size_t>(encoded_words[index] - '0');
        const int word_flags = encoded_words[index + 1] - '0';
        index += 2;
        const std::size_t end = encoded_words.find('\n', index);
        if (end == std::string_view::npos || shared > previous.size()) {
            break;
        }
        previous.resize(shared);
        previous.append(encoded_words.substr(index, end - index));
        index = end + 1;
        if (previous.size() <= 255) {
            insert(previous, word_flags);
        }
    }
}

const CompoundLexicon& CompoundLexicon::german() {
    static const CompoundLexicon lexicon(compound_lexicon_data(), compound_lexicon_entry_count());
    return lexicon;
}

void CompoundLexicon::insert(std::string_view word, int word_flags) {
    if ((size_ + 1) * 3 > slots_.size() * 2) {
        return; // the table is sized from the entry count; never overfill it
    }
    const std::uint32_t hash = hash_bytes(word);
    std::size_t position = hash & mask_;
    while (slots_[position].offset != 0) {
        position = (position + 1) & mask_;
    }
    slots_[position] = {static_cast<std::uint32_t>(words_.size() + 1), hash};
    const std::size_t bit = (hash >> 7) & filter_mask_;
    filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    words_.push_back(static_cast<char>(word.size()));
    words_.push_back(static_cast<char>(word_flags));
    words_.append(word);
    ++size_;
}

int CompoundLexicon::flags(std::string_view latin1_word) const {
    if (latin1_word.empty() || latin1_word.size() > 255) {
        return 0;
    }
    const std::uint32_t hash = hash_bytes(latin1_word);
    if (!may_contain(hash)) {
        return 0;
    }
    std::size_t position = hash & mask_;
    while (slots_[position].offset != 0) {
        const Slot& slot = slots_[position];
        if (slot.hash == hash) {
            const char* stored = words_.data() + slot.offset - 1;
            if (static_cast<unsigned char>(stored[0]) == latin1_word.size()) {
                std::size_t index = 0;
                while (index < latin1_word.size() && stored[2 + index] == latin1_word[index]) {
                    ++index;
                }
                if (index == latin1_word.size()) {
                    return stored[1];
                }
            }
        }
        position = (position + 1) & mask_;
    }
    return 0;
}

} // namespace stadtsatz::text
