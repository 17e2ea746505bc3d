#include "text/hyphenation_patterns.hpp"

#include "text/unicode_letters.hpp"

#include <algorithm>
#include <map>

namespace stadtsatz::text {
namespace {

constexpr std::uint8_t word_edge = 1; // trie letter of the `.` at either end of a word
constexpr std::uint32_t no_node = 0xFFFFFFFF;
constexpr std::size_t dense_edge_count = 2; // nodes with more edges get a direct lookup row

// The trie while it is being built; flattened into the packed arrays afterwards.
struct BuildNode {
    std::map<std::uint8_t, std::uint32_t> children;
    std::vector<std::pair<std::uint8_t, std::uint8_t>> values; // (gap, value)
};

} // namespace

HyphenationPatterns::HyphenationPatterns(std::string_view pattern_text) {
    letter_indices_[static_cast<unsigned char>('.')] = word_edge;
    std::uint8_t next_letter = word_edge + 1;
    std::vector<BuildNode> build(1);
    std::size_t pattern_count = 0;
    std::size_t line_start = 0;
    std::vector<std::uint8_t> letters;
    std::vector<std::pair<std::uint8_t, std::uint8_t>> gap_values;
    while (line_start < pattern_text.size()) {
        std::size_t line_end = pattern_text.find('\n', line_start);
        if (line_end == std::string_view::npos) {
            line_end = pattern_text.size();
        }
        const auto line = pattern_text.substr(line_start, line_end - line_start);
        line_start = line_end + 1;
        letters.clear();
        gap_values.clear();
        std::size_t index = 0;
        while (index < line.size()) {
            const char32_t code_point = next_code_point(line, index);
            if (code_point >= '0' && code_point <= '9') {
                gap_values.emplace_back(static_cast<std::uint8_t>(letters.size()),
                                        static_cast<std::uint8_t>(code_point - '0'));
            } else if (code_point == ' ' || code_point == '\r' || code_point == '\t') {
                continue;
            } else {
                const char32_t folded = fold_case(code_point);
                if (folded >= 256 || next_letter == 255) {
                    letters.clear(); // the trie keys letters below U+0100; skip the pattern
                    break;
                }
                auto& slot = letter_indices_[folded];
                if (slot == 0) {
                    slot = next_letter++;
                }
                letters.push_back(slot);
            }
        }
        if (letters.empty()) {
            continue;
        }
        std::uint32_t node = 0;
        for (const auto letter : letters) {
            auto found = build[node].children.find(letter);
            if (found == build[node].children.end()) {
                build.emplace_back();
                found = build[node]
                            .children.emplace(letter, static_cast<std::uint32_t>(build.size() - 1))
                            .first;
            }
            node = found->second;
        }
        for (const auto& gap_value : gap_values) {
            if (gap_value.second != 0) {
                build[node].values.push_back(gap_value);
            }
        }
        ++pattern_count;
    }

    nodes_.resize(build.size());
    for (std::size_t index = 0; index < build.size(); ++index) {
        auto& node = nodes_[index];
        node.first_edge = static_cast<std::uint32_t>(edge_letters_.size());
        node.edge_count = static_cast<std::uint8_t>(build[index].children.size());
        for (const auto& [letter, target] : build[index].children) {
            edge_letters_.push_back(letter);
            edge_targets_.push_back(target);
        }
        if (build[index].children.size() > dense_edge_count) {
            node.dense_row = static_cast<std::int32_t>(dense_children_.size() / next_letter);
            dense_children_.resize(dense_children_.size() + next_letter, no_node);
            for (const auto& [letter, target] : build[index].children) {
                dense_children_[static_cast<std::size_t>(node.dense_row) * next_letter + letter] =
                    target;
            }
        }
        node.first_value = static_cast<std::uint32_t>(values_.size());
        node.value_count = static_cast<std::uint8_t>(build[index].values.size());
        for (const auto& [gap, value] : build[index].values) {
            values_.push_back({gap, value});
        }
    }
    tables_ = {nodes_,          edge_letters_,   edge_targets_, values_,
               dense_children_, letter_indices_, next_letter,   pattern_count};
}

std::uint8_t HyphenationPatterns::letter_index(char32_t folded) const {
    return folded < 256 ? tables_.letter_indices[folded] : 0;
}

std::uint32_t HyphenationPatterns::child(std::uint32_t node, std::uint8_t letter) const {
    const PatternTrieNode& parent = tables_.nodes[node];
    if (parent.dense_row >= 0) {
        return tables_
            .dense_children[static_cast<std::size_t>(parent.dense_row) * tables_.letter_count +
                            letter];
    }
    const std::uint8_t* begin = tables_.edge_letters.data() + parent.first_edge;
    const std::uint8_t* end = begin + parent.edge_count;
    for (const std::uint8_t* edge = begin; edge != end; ++edge) {
        if (*edge >= letter) {
            return *edge == letter ? tables_.edge_targets[parent.first_edge +
                                                          static_cast<std::size_t>(edge - begin)]
                                   : no_node;
        }
    }
    return no_node;
}

void HyphenationPatterns::find_values(std::span<const char32_t> letters,
                                      std::span<std::uint8_t> values) const {
    // The word between two edge marks: ".wort." as trie letters.
    constexpr std::size_t longest_word = 256;
    const std::size_t count = std::min(letters.size(), longest_word);
    std::uint8_t keys[longest_word + 2];
    std::uint8_t gap_values[longest_word + 3] = {};
    keys[0] = word_edge;
    for (std::size_t index = 0; index < count; ++index) {
        keys[index + 1] = letter_index(letters[index]);
        if (keys[index + 1] == 0 && letters[index] >= 0x80) {
            // A letter of a name the patterns do not know: read as its base letter (Kovačević).
            keys[index + 1] = letter_index(base_letter(letters[index]));
        }
    }
    keys[count + 1] = word_edge;
    const std::size_t key_count = count + 2;
    for (std::size_t start = 0; start < key_count; ++start) {
        std::uint32_t node = 0;
        for (std::size_t position = start; position < key_count; ++position) {
            if (keys[position] == 0) {
                break; // a letter no pattern contains
            }
            node = child(node, keys[position]);
            if (node == no_node) {
                break;
            }
            const PatternTrieNode& found = tables_.nodes[node];
            for (std::uint32_t value = 0; value < found.value_count; ++value) {
                const PatternGapValue& gap_value = tables_.values[found.first_value + value];
                auto& slot = gap_values[start + gap_value.gap];
                slot = std::max(slot, gap_value.value);
            }
        }
    }
    // Gap before letter j of the word is gap j + 1 of ".wort.".
    for (std::size_t gap = 0; gap < values.size(); ++gap) {
        values[gap] = gap <= count ? gap_values[gap + 1] : 0;
    }
}

} // namespace stadtsatz::text
