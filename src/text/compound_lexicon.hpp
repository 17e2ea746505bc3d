#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::text {

// German word forms for recognising compound parts: an open-addressing hash table with a
// one-bit-per-hash filter. Keys are lower-case Latin-1 byte strings. Built once from the
// front-coded word list src/text/data/word_list_compiler.cpp reads, which then writes the
// finished tables into a source file; the program reads those in place (german()).
class CompoundLexicon {
public:
    static constexpr int noun = 1;  // capitalised in the word list, or inferred (infer_nouns)
    static constexpr int other = 2; // the form occurs in lower case (verb, adjective, ...)
    static constexpr int stem = 4;  // a listed form minus -e, -en or -n (Schul, Wohn, Wander)

    // The three byte arrays of a lexicon. words: per word a length byte, a flags byte, the
    // bytes. slots: per slot 8 bytes, the offset of a word's length byte in `words` plus one
    // (0: empty slot) and its hash, both std::uint32_t in the machine's byte order; a power of
    // two slots. filter: a bit set over the words' hashes, a power of two bytes.
    struct Tables {
        std::string_view words;
        std::string_view slots;
        std::string_view filter;
        std::size_t size = 0; // number of words
    };

    // Decodes a front-coded word list (the format word_list_compiler.cpp describes). With
    // `infer = true` the lower-case-only forms that are nouns too are found (infer_nouns).
    CompoundLexicon(std::string_view encoded_words, std::size_t entry_count, bool infer = true);

    // Reads finished tables in place (no copy, no work per entry); they must outlive it.
    explicit CompoundLexicon(const Tables& tables) : tables_(tables) {}

    CompoundLexicon(const CompoundLexicon&) = delete;
    CompoundLexicon& operator=(const CompoundLexicon&) = delete;

    // The lexicon compiled at build time from the build's word list, read in place.
    static std::shared_ptr<const CompoundLexicon> german();
    // Gives the pages of german()'s tables back to the system once a build has hyphenated its
    // text (they are read-only data of the program: a later lookup reads them in again), so
    // they do not add to the memory the layout and the PDF writers need after them.
    static void release_german_pages();

    // Bit set of noun / other / stem for a known string, 0 for an unknown one.
    int flags(std::string_view latin1_word) const;

    std::size_t size() const { return tables_.size; }

    // The byte arrays (for the build-time compiler that writes them into a source file).
    const Tables& tables() const { return tables_; }

    // Calls visit(word, flags) for every word, in the order of the encoded list.
    template <typename Visit> void for_each_word(Visit visit) const {
        const std::string_view words = tables_.words;
        for (std::size_t offset = 0; offset < words.size();) {
            const auto length = static_cast<unsigned char>(words[offset]);
            visit(words.substr(offset + 2, length), static_cast<int>(words[offset + 1]));
            offset += 2 + length;
        }
    }

private:
    static constexpr std::size_t slot_bytes = 8;

    void insert(std::string_view word, int word_flags);

    // Index of the slot holding `latin1_word`, or slot_count() if it is not listed.
    std::size_t find_slot(std::string_view latin1_word) const;

    std::size_t slot_count() const { return tables_.slots.size() / slot_bytes; }
    // The stored offset + 1 (0: empty) and the hash of slot `index`.
    std::uint32_t slot_offset(std::size_t index) const;
    std::uint32_t slot_hash(std::size_t index) const;

    // Marks as nouns the forms the word list holds only in lower case because a verb or
    // adjective is spelt the same (feuer, halle, vertrag), see compound_lexicon.cpp.
    void infer_nouns();

    // True if `hash` may belong to a listed word: a filter small enough for the CPU cache, so
    // that most probes for unknown strings never touch the table.
    bool may_contain(std::uint32_t hash) const {
        const std::size_t bit = (hash >> 7) & (tables_.filter.size() * 8 - 1);
        return (static_cast<unsigned char>(tables_.filter[bit >> 3]) >> (bit & 7) & 1) != 0;
    }

    // The arrays of a lexicon decoded from a word list; empty for compiled tables.
    std::string owned_words_;
    std::string owned_slots_;
    std::string owned_filter_;
    Tables tables_; // views of the arrays above, or of compiled ones
};

} // namespace stadtsatz::text
