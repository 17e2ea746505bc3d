#include "pdf/utf16_text.hpp"

#include "layout/utf8.hpp"

namespace stadtsatz::pdf {

std::vector<std::uint16_t> utf16_units(const std::string& utf8) {
    std::vector<std::uint16_t> units;
    units.reserve(utf8.size());
    for (const char32_t code_point : layout::decode_utf8(utf8)) {
        if (code_point >= 0x10000) {
            const auto value = static_cast<std::uint32_t>(code_point) - 0x10000;
            units.push_back(static_cast<std::uint16_t>(0xD800 + (value >> 10)));
            units.push_back(static_cast<std::uint16_t>(0xDC00 + (value & 0x3FF)));
        } else {
            units.push_back(static_cast<std::uint16_t>(code_point));
        }
    }
    return units;
}

void append_utf16_hex(std::string& out, const std::string& utf8) {
    static constexpr char digits[] = "0123456789ABCDEF";
    for (const std::uint16_t unit : utf16_units(utf8)) {
        out += digits[(unit >> 12) & 0xF];
        out += digits[(unit >> 8) & 0xF];
        out += digits[(unit >> 4) & 0xF];
        out += digits[unit & 0xF];
    }
}

} // namespace stadtsatz::pdf
