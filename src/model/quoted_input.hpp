#pragma once

#include <string>
#include <string_view>

namespace stadtsatz::model {

// The most code points of the editor's input a message quotes; a longer value (a 1 MB
// attribute) is cut there so the message stays readable.
constexpr std::size_t quoted_input_limit = 80;

// `text` as a message quotes it: at most quoted_input_limit code points, the rest replaced by
// "…"; never cuts inside a UTF-8 sequence.
std::string quoted_input(std::string_view text);

} // namespace stadtsatz::model
