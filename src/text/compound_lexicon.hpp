#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::text {

// German word forms for recognising compound parts: a hash table over the front-coded word
// list src/text/data/word_list_compiler.cpp produces. Keys are lower-case Latin-1 byte strings.
class CompoundLexicon {
public:
    static constexpr int noun = 1;  // capitalised in the word list, or inferred (infer_nouns)
    static constexpr int other = 2; // the form occurs in lower case (verb, adjective, ...)
    static constexpr int stem = 4;  // a listed form minus -e, -en or -n (Schul, Wohn, Wander)

    // Decodes a front-coded word list. With `infer = true` the lower-case-only forms that are
    // nouns too are found (infer_nouns); the build-time compiler does that once, so the list
    // it generates is decoded without it.
    CompoundLexicon(std::string_view encoded_words, std::size_t entry_count, bool infer = true);

    // The lexicon compiled from the build's word list, decoded on first use and shared while
    // anyone holds it.
    static std::shared_ptr<const CompoundLexicon> german();

    // Bit set of noun / other / stem for a known string, 0 for an unknown one.
    int flags(std::string_view latin1_word) const;

    std::size_t size() const { return size_; }

    // Calls visit(word, flags) for every word, in the order of the encoded list.
    template <typename Visit> void for_each_word(Visit visit) const {
        for (std::size_t offset = 0; offset < words_.size();) {
            const auto length = static_cast<unsigned char>(words_[offset]);
            visit(std::string_view(words_.data() + offset + 2, length),
                  static_cast<int>(words_[offset + 1]));
            offset += 2 + length;
        }
    }

private:
    // A slot of the open-addressing table: where the word sits in words_ and its hash.
    struct Slot {
        std::uint32_t offset = 0; // 0: empty; otherwise 1 + offset of the length byte in words_
        std::uint32_t hash = 0;
    };

    void insert(std::string_view word, int word_flags);

    // Index of the slot holding `latin1_word`, or slots_.size() if it is not listed.
    std::size_t find_slot(std::string_view latin1_word) const;

    // Marks as nouns the forms the word list holds only in lower case because a verb or
    // adjective is spelt the same (feuer, halle, vertrag), see compound_lexicon.cpp.
    void infer_nouns();

    // True if `hash` may belong to a listed word: a one-bit-per-hash filter small enough for
    // the CPU cache, so that most probes for unknown strings never touch the table.
    bool may_contain(std::uint32_t hash) const {
        const std::size_t bit = (hash >> 7) & filter_mask_;
        return (filter_[bit >> 6] >> (bit & 63) & 1) != 0;
    }

    std::vector<std::uint64_t> filter_; // bit set over hashes of the listed words
    std::size_t filter_mask_ = 0;       // filter bit count minus one
    std::string words_;                 // per word: length byte, flags byte, the bytes
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
};

} // namespace stadtsatz::text
