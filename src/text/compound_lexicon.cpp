#include "text/compound_lexicon.hpp"

#include <array>
#include <cstring>

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

CompoundLexicon::CompoundLexicon(std::string_view encoded_words, std::size_t entry_count,
                                 bool infer) {
    std::size_t capacity = 1024;
    while (capacity * 2 < entry_count * 3) { // load factor at most two thirds
        capacity *= 2;
    }
    owned_slots_.assign(capacity * slot_bytes, '\0');
    owned_filter_.assign(capacity, '\0'); // 8 bits per slot, about 12 per word: few false hits
    owned_words_.reserve(encoded_words.size() + entry_count * 2);
    tables_.slots = owned_slots_;
    tables_.filter = owned_filter_;
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
    tables_.words = owned_words_;
    if (infer) {
        infer_nouns();
    }
}

void CompoundLexicon::infer_nouns() {
    // A word list spells a noun in lower case only where a verb or adjective is spelt the same
    // (Feuer/feuer, Halle/halle, Vertrag/vertrag), so compounds ending in it would lose their
    // joint. Such a form counts as a noun if
    // - its genitive (+s, +es) is listed only capitalised (Feuers, Vertrags, Zettels), or
    // - it ends at least three listed nouns that have no other noun-noun reading
    //   (Sport|halle, Stadt|halle, Messe|halle; but not Grund|sätze -> Grunds|ätze).
    constexpr std::size_t shortest_tail = 4;
    constexpr std::size_t shortest_modifier = 3;
    constexpr std::uint8_t attestations_needed = 3;
    constexpr std::array<std::string_view, 4> linking = {"es", "en", "s", "n"};
    const auto is_noun = [&](std::string_view form) { return (flags(form) & noun) != 0; };
    const auto is_modifier = [&](std::string_view form) {
        if (is_noun(form)) {
            return true;
        }
        for (const auto link : linking) {
            if (form.size() >= link.size() + shortest_modifier && form.ends_with(link) &&
                is_noun(form.substr(0, form.size() - link.size()))) {
                return true;
            }
        }
        return false;
    };
    const auto only_lower_case = [](int word_flags) {
        return (word_flags & (noun | other)) == other;
    };
    std::vector<std::uint8_t> attestations(slot_count(), 0);
    std::vector<std::size_t> promoted;
    std::vector<std::size_t> candidates;
    std::string genitive;
    for (std::size_t offset = 0; offset < owned_words_.size();) {
        const auto length = static_cast<unsigned char>(owned_words_[offset]);
        const int word_flags = owned_words_[offset + 1];
        const std::string_view word(owned_words_.data() + offset + 2, length);
        offset += 2 + length;
        if (only_lower_case(word_flags)) {
            for (const std::string_view ending : {"s", "es"}) {
                genitive.assign(word);
                genitive.append(ending);
                if ((flags(genitive) & (noun | other)) == noun) {
                    promoted.push_back(find_slot(word));
                    break;
                }
            }
            continue;
        }
        // Female forms (Lehrer|innen) would attest bogus tails (Lehre|rinnen).
        if ((word_flags & (noun | other)) != noun || word.ends_with("in") ||
            word.ends_with("innen") || word.size() < shortest_modifier + shortest_tail) {
            continue;
        }
        candidates.clear();
        bool has_noun_reading = false;
        for (std::size_t cut = shortest_modifier; cut + shortest_tail <= word.size(); ++cut) {
            const auto tail = word.substr(cut);
            const int tail_flags = flags(tail);
            if (tail_flags == 0 || !is_modifier(word.substr(0, cut))) {
                continue;
            }
            if ((tail_flags & noun) != 0) {
                has_noun_reading = true;
                break;
            }
            if (only_lower_case(tail_flags)) {
                candidates.push_back(find_slot(tail));
            }
        }
        if (!has_noun_reading) {
            for (const std::size_t slot : candidates) {
                if (attestations[slot] < attestations_needed) {
                    ++attestations[slot];
                }
            }
        }
    }
    for (std::size_t slot = 0; slot < slot_count(); ++slot) {
        if (attestations[slot] >= attestations_needed) {
            promoted.push_back(slot);
        }
    }
    for (const std::size_t slot : promoted) {
        if (slot < slot_count()) {
            char& stored_flags = owned_words_[slot_offset(slot)];
            stored_flags = static_cast<char>(stored_flags | noun);
        }
    }
}

void CompoundLexicon::insert(std::string_view word, int word_flags) {
    const std::size_t capacity = slot_count();
    if ((tables_.size + 1) * 3 > capacity * 2) {
        return; // the table is sized from the entry count; never overfill it
    }
    const std::uint32_t hash = hash_bytes(word);
    std::size_t position = hash & (capacity - 1);
    while (slot_offset(position) != 0) {
        position = (position + 1) & (capacity - 1);
    }
    const auto offset = static_cast<std::uint32_t>(owned_words_.size() + 1);
    std::memcpy(owned_slots_.data() + position * slot_bytes, &offset, sizeof offset);
    std::memcpy(owned_slots_.data() + position * slot_bytes + 4, &hash, sizeof hash);
    const std::size_t bit = (hash >> 7) & (owned_filter_.size() * 8 - 1);
    owned_filter_[bit >> 3] = static_cast<char>(owned_filter_[bit >> 3] | (1 << (bit & 7)));
    owned_words_.push_back(static_cast<char>(word.size()));
    owned_words_.push_back(static_cast<char>(word_flags));
    owned_words_.append(word);
    ++tables_.size;
}

std::uint32_t CompoundLexicon::slot_offset(std::size_t index) const {
    std::uint32_t offset = 0;
    std::memcpy(&offset, tables_.slots.data() + index * slot_bytes, sizeof offset);
    return offset;
}

std::uint32_t CompoundLexicon::slot_hash(std::size_t index) const {
    std::uint32_t hash = 0;
    std::memcpy(&hash, tables_.slots.data() + index * slot_bytes + 4, sizeof hash);
    return hash;
}

int CompoundLexicon::flags(std::string_view latin1_word) const {
    const std::size_t slot = find_slot(latin1_word);
    return slot < slot_count() ? tables_.words[slot_offset(slot)] : 0;
}

std::size_t CompoundLexicon::find_slot(std::string_view latin1_word) const {
    const std::size_t capacity = slot_count();
    if (latin1_word.empty() || latin1_word.size() > 255 || capacity == 0) {
        return capacity;
    }
    const std::uint32_t hash = hash_bytes(latin1_word);
    if (!may_contain(hash)) {
        return capacity;
    }
    std::size_t position = hash & (capacity - 1);
    for (std::uint32_t offset = slot_offset(position); offset != 0;
         offset = slot_offset(position)) {
        if (slot_hash(position) == hash) {
            const char* stored = tables_.words.data() + offset - 1;
            if (static_cast<unsigned char>(stored[0]) == latin1_word.size() &&
                std::memcmp(stored + 2, latin1_word.data(), latin1_word.size()) == 0) {
                return position;
            }
        }
        position = (position + 1) & (capacity - 1);
    }
    return capacity;
}

} // namespace stadtsatz::text
