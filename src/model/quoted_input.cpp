#include "model/quoted_input.hpp"

namespace stadtsatz::model {

std::string quoted_input(std::string_view text) {
    std::size_t code_points = 0;
    for (std::size_t index = 0; index < text.size(); ++index) {
        // A byte that does not continue a sequence starts a code point.
        if ((static_cast<unsigned char>(text[index]) & 0xC0) != 0x80) {
            if (code_points == quoted_input_limit) {
                return std::string(text.substr(0, index)) + "…";
            }
            ++code_points;
        }
    }
    return std::string(text);
}

} // namespace stadtsatz::model
