#include "model/suggestions.hpp"

#include <algorithm>
#include <cstdint>

namespace stadtsatz::model {

namespace {

// The code points of UTF-8 text, ASCII letters lowered; a byte that starts no sequence counts
// as one code point of its own.
std::vector<std::uint32_t> code_points(std::string_view text) {
    std::vector<std::uint32_t> result;
    result.reserve(text.size());
    for (std::size_t index = 0; index < text.size();) {
        const auto lead = static_cast<unsigned char>(text[index]);
        const std::size_t length = lead < 0x80           ? 1
                                   : (lead >> 5) == 0x6  ? 2
                                   : (lead >> 4) == 0xE  ? 3
                                   : (lead >> 3) == 0x1E ? 4
                                                         : 1;
        std::uint32_t value = lead;
        for (std::size_t next = 1; next < length && index + next < text.size(); ++next) {
            value = (value << 8) | static_cast<unsigned char>(text[index + next]);
        }
        if (value >= 'A' && value <= 'Z') {
            value += 'a' - 'A';
        }
        result.push_back(value);
        index += length;
    }
    return result;
}

// Texts longer than this are not compared: nobody mistypes a paragraph, and the table of the
// distance grows with the product of both lengths.
constexpr std::size_t longest_compared = 200;

template <typename Candidates>
std::optional<std::string> closest(std::string_view input, const Candidates& candidates) {
    const std::size_t input_length = code_points(input).size();
    if (input_length == 0 || input_length > longest_compared) {
        return std::nullopt;
    }
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (const auto& candidate : candidates) {
        if (std::string_view(candidate) == input) {
            return std::nullopt;
        }
        const std::size_t candidate_length = code_points(candidate).size();
        if (candidate_length == 0 || candidate_length > longest_compared) {
            continue;
        }
        const std::size_t allowed =
            std::max<std::size_t>(1, std::max(input_length, candidate_length) / 3);
        const std::size_t length_difference = input_length > candidate_length
                                                  ? input_length - candidate_length
                                                  : candidate_length - input_length;
        if (length_difference > allowed) {
            continue; // at least that many insertions: too far, and cheap to tell
        }
        const std::size_t distance = edit_distance(input, candidate);
        if (distance > allowed || distance >= input_length) {
            continue;
        }
        if (!best || distance < best_distance) {
            best = std::string(candidate);
            best_distance = distance;
        }
    }
    return best;
}

} // namespace

std::size_t edit_distance(std::string_view first, std::string_view second) {
    const auto a = code_points(first);
    const auto b = code_points(second);
    // Three rows of the table suffice: the swap looks back two rows.
    std::vector<std::size_t> before_previous(b.size() + 1);
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t column = 0; column <= b.size(); ++column) {
        previous[column] = column;
    }
    for (std::size_t row = 1; row <= a.size(); ++row) {
        current[0] = row;
        for (std::size_t column = 1; column <= b.size(); ++column) {
            const std::size_t cost = a[row - 1] == b[column - 1] ? 0 : 1;
            current[column] = std::min(
                {previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost});
            if (row > 1 && column > 1 && a[row - 1] == b[column - 2] &&
                a[row - 2] == b[column - 1]) {
                current[column] = std::min(current[column], before_previous[column - 2] + 1);
            }
        }
        std::swap(before_previous, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::optional<std::string> closest_match(std::string_view input,
                                         const std::vector<std::string>& candidates) {
    return closest(input, candidates);
}

std::optional<std::string> closest_match(std::string_view input,
                                         const std::vector<std::string_view>& candidates) {
    return closest(input, candidates);
}

std::string did_you_mean(std::string_view shown) {
    return " – meinten Sie " + std::string(shown) + "?";
}

std::string suggestion_among(std::string_view input,
                             const std::vector<std::string_view>& candidates,
                             std::string_view quote) {
    const auto match = closest(input, candidates);
    if (!match) {
        return {};
    }
    return did_you_mean(std::string(quote) + *match + std::string(quote));
}

} // namespace stadtsatz::model
