#include "layout/font_fallback.hpp"

#include "layout/utf8.hpp"

namespace stadtsatz::layout {

std::vector<FontSpan> font_spans(LayoutContext& context, const std::string& file,
                                 std::string_view text) {
    std::size_t missing = context.metrics.first_missing(file, text);
    if (missing == text.size() || context.style.fallback_fonts.empty() || !context.can_draw(file)) {
        return {{0, text.size(), file}};
    }
    std::vector<FontSpan> spans;
    auto extend = [&](std::size_t start, std::size_t end, const std::string& font) {
        if (start == end) {
            return;
        }
        if (!spans.empty() && spans.back().font_file == font) {
            spans.back().end = end;
        } else {
            spans.push_back({start, end, font});
        }
    };
    std::size_t drawn_until = 0; // everything before is in a span
    while (missing < text.size()) {
        extend(drawn_until, missing, file);
        std::size_t next = missing;
        const char32_t code_point = decode_utf8_at(text, next);
        const std::string fallback = context.fallback_font(code_point);
        extend(missing, next, fallback.empty() ? file : fallback);
        drawn_until = next;
        missing = context.metrics.first_missing(file, text, next);
    }
    extend(drawn_until, text.size(), file);
    return spans;
}

std::string font_for_run(LayoutContext& context, const std::string& file, std::string_view text) {
    std::size_t missing = context.metrics.first_missing(file, text);
    if (missing == text.size() || !context.can_draw(file)) {
        return file;
    }
    for (const std::string& fallback : context.style.fallback_fonts) {
        if (!context.can_draw(fallback)) {
            continue;
        }
        bool draws_all = true;
        for (std::size_t offset = missing; offset < text.size() && draws_all;) {
            const std::size_t start = offset;
            const char32_t code_point = decode_utf8_at(text, offset);
            draws_all =
                !is_drawn_as_glyph(code_point) ||
                context.metrics.first_missing(file, text.substr(start, offset - start)) != 0 ||
                context.metrics.first_missing(fallback, text.substr(start, offset - start)) != 0;
        }
        if (draws_all) {
            return fallback;
        }
    }
    return file;
}

} // namespace stadtsatz::layout
