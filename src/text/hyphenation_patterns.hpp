#pragma once

#include "text/hyphenation_pattern_tables.hpp"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace stadtsatz::text {

// Liang hyphenation patterns in a packed trie: built from pattern text (one pattern per line,
// digits between letters, `.` at a word edge), or read in place from tables compiled into the
// program.
class HyphenationPatterns {
public:
    explicit HyphenationPatterns(std::string_view pattern_text);

    // Reads `tables` in place (no copy, no work per entry); they must outlive the patterns.
    explicit HyphenationPatterns(const HyphenationPatternTables& tables) : tables_(tables) {}

    HyphenationPatterns(const HyphenationPatterns&) = delete;
    HyphenationPatterns& operator=(const HyphenationPatterns&) = delete;

    // The hyph-de-1996 patterns, compiled at build time and read in place.
    static const HyphenationPatterns& german();

    // For the case-folded `letters` of one word, writes to values[j] (j = 0..letters.size()) the
    // highest pattern value at the gap before letter j; an odd value allows a break there.
    // `values` must hold letters.size() + 1 entries. Letters the patterns lack count as their
    // base letters (č as c), so names from other Latin alphabets are hyphenated too.
    void find_values(std::span<const char32_t> letters, std::span<std::uint8_t> values) const;

    std::size_t pattern_count() const { return tables_.pattern_count; }

    // The trie's arrays (for the build-time compiler that writes them into a source file).
    const HyphenationPatternTables& tables() const { return tables_; }

private:
    std::uint8_t letter_index(char32_t folded) const;
    std::uint32_t child(std::uint32_t node, std::uint8_t letter) const;

    // The arrays of a trie built from pattern text; empty for compiled tables.
    std::vector<PatternTrieNode> nodes_;
    std::vector<std::uint8_t> edge_letters_;
    std::vector<std::uint32_t> edge_targets_;
    std::vector<PatternGapValue> values_;
    std::vector<std::uint32_t> dense_children_;
    std::uint8_t letter_indices_[256] = {};
    HyphenationPatternTables tables_; // views of the arrays above, or of compiled ones
};

} // namespace stadtsatz::text
