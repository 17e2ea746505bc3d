#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::model {

// Edits (insertion, deletion, substitution, swap of neighbours) between two texts, counted in
// code points and ignoring ASCII case: the optimal-string-alignment Damerau–Levenshtein distance.
std::size_t edit_distance(std::string_view first, std::string_view second);

// The candidate an editor most likely meant by `input`: the one with the fewest edits, if
// those are few for its length (at most a third of the longer text, at least one, and fewer
// than the input is long). Nothing when no candidate is close or `input` is one of them.
std::optional<std::string> closest_match(std::string_view input,
                                         const std::vector<std::string>& candidates);
std::optional<std::string> closest_match(std::string_view input,
                                         const std::vector<std::string_view>& candidates);

// How many suggestions one check looks for among many candidates (links, footnotes): beyond
// that, messages go without one, so thousands of broken references stay linear in time.
constexpr int suggestions_per_check = 100;

// " – meinten Sie <shown>?", the tail of a message that names a suggestion.
std::string did_you_mean(std::string_view shown);

// The tail " – meinten Sie \"match\"?" for the closest candidate, with `quote` around it
// (e.g. "\"" for attribute values), or "" when none is close.
std::string suggestion_among(std::string_view input,
                             const std::vector<std::string_view>& candidates,
                             std::string_view quote = "\"");

} // namespace stadtsatz::model
