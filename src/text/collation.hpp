#pragma once

#include <string>
#include <string_view>

namespace stadtsatz::text {

// The key under which `utf8` sorts in a German book index (ICU's German collation, DIN 5007-1:
// "Ä" files with "A", "ß" with "ss", case only breaks ties): comparing two keys bytewise
// compares the texts. Invalid UTF-8 sorts as U+FFFD.
std::string german_sort_key(std::string_view utf8);

} // namespace stadtsatz::text
