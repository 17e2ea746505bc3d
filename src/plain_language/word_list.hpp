#pragma once

#include <algorithm>
#include <iterator>
#include <string_view>

namespace stadtsatz::plain_language {

// Whether a word list (a constexpr array of lower-case words) holds a word.
template <typename List> bool contains(const List& list, std::string_view word) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Whether a word ends with one of the endings of a list.
template <typename List> bool ends_with_any(std::string_view word, const List& endings) {
    return std::any_of(std::begin(endings), std::end(endings),
                       [word](std::string_view ending) { return word.ends_with(ending); });
}

} // namespace stadtsatz::plain_language
