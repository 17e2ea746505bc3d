#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace stadtsatz::text {

// Liang hyphenation patterns in a packed trie, built once from pattern text (one pattern per
// line, digits between letters, `.` at a word edge).
class HyphenationPatterns {
public:
    explicit HyphenationPatterns(std::string_view pattern_text);

    // The embedded hyph-de-1996 patterns, built on first use and shared.
    static const HyphenationPatterns& german();

    // For the case-folded `letters` of one word, writes to values[j] (j = 0..letters.size()) the
    // highest pattern value at the gap before letter j; an odd value allows a break there.
    // `values` must hold letters.size() + 1 entries. Letters the patterns lack count as their
    // base letters (č as c), so names from other Latin alphabets are hyphenated too.
    void find_values(std::span<const char32_t> letters, std::span<std::uint8_t> values) const;

    std::size_t pattern_count() const { return pattern_count_; }

private:
    // One trie node: its outgoing edges and the pattern values of the pattern ending here.
    struct Node {
        std::int32_t dense_row = -1; // row in dense_children_ for nodes with many edges
        std::uint32_t first_edge = 0;
        std::uint32_t first_value = 0;
        std::uint8_t edge_count = 0;
        std::uint8_t value_count = 0;
    };
    // A pattern value: at gap `gap` (0 = before the pattern's first letter), the value `value`.
    struct GapValue {
        std::uint8_t gap = 0;
        std::uint8_t value = 0;
    };

    std::uint8_t letter_index(char32_t folded) const;
    std::uint32_t child(std::uint32_t node, std::uint8_t letter) const;

    std::vector<Node> nodes_;
    std::vector<std::uint8_t> edge_letters_; // parallel to edge_targets_, sorted per node
    std::vector<std::uint32_t> edge_targets_;
    std::vector<GapValue> values_;
    std::vector<std::uint32_t> dense_children_; // rows of letter_count_ children (no_node: none)
    std::uint8_t letter_count_ = 0;
    std::uint8_t letter_indices_[256] = {}; // code point (< 256) to trie letter; 0: not in patterns
    std::size_t pattern_count_ = 0;
};

} // namespace stadtsatz::text
