#include "layout/shaping.hpp"

#include "layout/utf8.hpp"

#include <hb.h>

namespace stadtsatz::layout {
namespace {

constexpr hb_codepoint_t zero_width_non_joiner = 0x200C;

// One buffer per thread, reused: creating a HarfBuzz buffer per word would cost more than
// shaping the word.
hb_buffer_t* shaping_buffer() {
    struct Buffer {
        hb_buffer_t* handle = hb_buffer_create();
        ~Buffer() { hb_buffer_destroy(handle); }
    };
    thread_local Buffer buffer;
    hb_buffer_clear_contents(buffer.handle);
    return buffer.handle;
}

} // namespace

ShapedText shape_text(hb_font_t* font, std::string_view text,
                      const std::vector<std::size_t>& joints) {
    ShapedText result;
    if (text.empty() || font == nullptr) {
        return result;
    }
    hb_buffer_t* buffer = shaping_buffer();
    auto next_joint = joints.begin();
    std::size_t offset = 0;
    while (offset < text.size()) {
        const std::size_t start = offset;
        const char32_t code_point = decode_utf8_at(text, offset);
        while (next_joint != joints.end() && *next_joint < start) {
            ++next_joint;
        }
        if (next_joint != joints.end() && *next_joint == start && start > 0) {
            hb_buffer_add(buffer, zero_width_non_joiner, static_cast<unsigned>(start));
        }
        hb_buffer_add(buffer, code_point, static_cast<unsigned>(start));
    }
    hb_buffer_set_content_type(buffer, HB_BUFFER_CONTENT_TYPE_UNICODE);
    hb_buffer_set_flags(buffer,
                        static_cast<hb_buffer_flags_t>(HB_BUFFER_FLAG_BOT | HB_BUFFER_FLAG_EOT |
                                                       HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES));
    hb_buffer_set_language(buffer, hb_language_from_string("de", 2));
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(font, buffer, nullptr, 0);

    unsigned count = 0;
    const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
    result.glyphs.reserve(count);
    for (unsigned index = 0; index < count; ++index) {
        Glyph glyph;
        glyph.id = static_cast<std::uint16_t>(infos[index].codepoint);
        glyph.cluster = infos[index].cluster;
        glyph.advance = static_cast<float>(positions[index].x_advance);
        glyph.x_offset = static_cast<std::int16_t>(positions[index].x_offset);
        glyph.y_offset = static_cast<std::int16_t>(positions[index].y_offset);
        result.advance += glyph.advance;
        result.glyphs.push_back(glyph);
    }
    return result;
}

} // namespace stadtsatz::layout
