#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace stadtsatz::text {

// One node of the packed pattern trie: its outgoing edges and the values of the pattern ending
// here.
struct PatternTrieNode {
    std::int32_t dense_row = -1; // row in dense_children for nodes with many edges
    std::uint32_t first_edge = 0;
    std::uint32_t first_value = 0;
    std::uint8_t edge_count = 0;
    std::uint8_t value_count = 0;
};

// A pattern value: at gap `gap` (0 = before the pattern's first letter), the value `value`.
struct PatternGapValue {
    std::uint8_t gap = 0;
    std::uint8_t value = 0;
};

// The arrays of a packed Liang pattern trie, read in place: either owned by a
// HyphenationPatterns built from pattern text, or compiled into the program at build time
// (src/text/data/pattern_table_compiler.cpp).
struct HyphenationPatternTables {
    std::span<const PatternTrieNode> nodes;
    std::span<const std::uint8_t> edge_letters;  // parallel to edge_targets, sorted per node
    std::span<const std::uint32_t> edge_targets; // node index of each edge's target
    std::span<const PatternGapValue> values;
    std::span<const std::uint32_t> dense_children; // rows of letter_count children (~0u: none)
    const std::uint8_t* letter_indices = nullptr; // 256 entries: code point to trie letter, 0: none
    std::uint8_t letter_count = 0;
    std::size_t pattern_count = 0;
};

// The hyph-de-1996 patterns as compiled at build time; defined in a generated source file.
const HyphenationPatternTables& german_pattern_tables();

} // namespace stadtsatz::text
