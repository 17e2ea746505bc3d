#pragma once

#include "model/style.hpp"

#include <string>

namespace stadtsatz::html {

// The stylesheet rules of the style's line setting and picture column: no hyphenation
// (silbentrennung="nein"), ragged right, bold emphasis, one sentence per line (.satz) and the
// picture column (.bildspalte, a grid that stacks on narrow screens). Empty for a style that
// asks for none of them.
std::string text_setting_rules(const model::Style& style);

} // namespace stadtsatz::html
