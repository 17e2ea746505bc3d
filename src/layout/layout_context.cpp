#include "layout/layout_context.hpp"

#include "layout/font_fallback.hpp"
#include "layout/page.hpp"
#include "layout/utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace stadtsatz::layout {

LayoutContext::LayoutContext(const model::Document& document_, model::Diagnostics& diagnostics_)
    : document(document_), style(document_.style), diagnostics(diagnostics_) {
    if (style.fonts.empty()) {
        diagnostics.error(style.position,
                          "der Stil legt keine Schrift fest (kein <schrift>-Element)");
    }
}

std::string LayoutContext::resolve_family(const std::string& family) const {
    if (style.fonts.count(family) != 0) {
        return family;
    }
    if (style.fonts.count(style.body.family) != 0) {
        return style.body.family;
    }
    if (style.fonts.count("text") != 0) {
        return "text";
    }
    return style.fonts.empty() ? std::string() : style.fonts.begin()->first;
}

std::string LayoutContext::font_file(const std::string& family, bool bold, bool italic) {
    if (italic && style.setting.emphasis == model::Emphasis::Bold) {
        bold = true; // the style has no italics: emphasis is bold
        italic = false;
    }
    const std::string resolved = resolve_family(family);
    if (resolved.empty()) {
        return {};
    }
    const model::FontFamily& fonts = style.fonts.at(resolved);
    std::string file = fonts.regular;
    if (bold && italic && !fonts.bold_italic.empty()) {
        file = fonts.bold_italic;
    } else if (bold && !fonts.bold.empty()) {
        file = fonts.bold;
    } else if (italic && !fonts.italic.empty()) {
        file = fonts.italic;
    }
    if (file.empty()) {
        return {};
    }
    if (std::find(used_fonts.begin(), used_fonts.end(), file) == used_fonts.end()) {
        if (metrics.load(file, model::font_position(style, file), diagnostics)) {
            used_fonts.push_back(file);
        }
    }
    return file;
}

model::Colour LayoutContext::colour(const std::string& name) const {
    static const std::vector<std::pair<std::string, std::string>> aliases = {
        {"accent", "akzent"},
        {"muted", "grau"},
        {"rule", "linie"},
        {"text", "text"},
        {"muted", "gedaempft"},
        {"background", "hintergrund"},
        {"accent-light", "akzent-hell"}};
    if (auto found = style.colours.find(name); found != style.colours.end()) {
        return found->second;
    }
    for (const auto& [english, german] : aliases) {
        const std::string* other = name == english ? &german : name == german ? &english : nullptr;
        if (other != nullptr) {
            if (auto found = style.colours.find(*other); found != style.colours.end()) {
                return found->second;
            }
        }
    }
    if (auto found = style.colours.find("text"); found != style.colours.end()) {
        return found->second;
    }
    return model::Colour{};
}

TextFormat LayoutContext::format(const model::TextStyle& text_style, bool bold, bool italic) const {
    TextFormat result;
    result.family = resolve_family(text_style.family);
    result.bold = text_style.bold || bold;
    result.italic = text_style.italic || italic;
    result.size = text_style.size > 0 ? text_style.size : 10;
    result.leading = text_style.leading > 0 ? text_style.leading : result.size * 1.3;
    result.colour = colour(text_style.colour);
    result.hyphenation = text_style.hyphenation;
    return result;
}

std::string LayoutContext::code_family() const {
    if (style.fonts.count(style.code.family) != 0 && style.code.family != style.body.family) {
        return style.code.family;
    }
    if (style.fonts.count("code") != 0) {
        return "code";
    }
    return resolve_family(style.body.family);
}

std::string LayoutContext::display_family() const {
    return resolve_family(style.headings[0].family);
}

TextRun LayoutContext::shaped_run(const std::string& file, double size, const model::Colour& colour,
                                  const std::string& text, const SourceNode& source) {
    TextRun run;
    run.font_file = file;
    run.size = size;
    run.colour = colour;
    run.text = text;
    run.source = source;
    if (file.empty()) {
        return run;
    }
    run.font_file = font_for_run(*this, file, text);
    const ShapedText& shaped = metrics.shape(run.font_file, text);
    run.glyphs = shaped.glyphs;
    run.units_per_em = metrics.units_per_em(run.font_file);
    run.width = shaped.advance * size / run.units_per_em;
    return run;
}

bool LayoutContext::can_draw(const std::string& file) {
    if (file.empty()) {
        return false;
    }
    if (std::find(used_fonts.begin(), used_fonts.end(), file) != used_fonts.end()) {
        return true;
    }
    if (!metrics.load(file, model::font_position(style, file), diagnostics)) {
        return false;
    }
    used_fonts.push_back(file);
    return true;
}

std::string LayoutContext::fallback_font(char32_t code_point) {
    std::string character;
    append_utf8(character, code_point);
    for (const std::string& fallback : style.fallback_fonts) {
        if (can_draw(fallback) && metrics.first_missing(fallback, character) != 0) {
            return fallback;
        }
    }
    return {};
}

bool LayoutContext::check_glyphs(const std::string& file, const std::string& text,
                                 const model::SourcePosition& position) {
    std::size_t missing = metrics.first_missing(file, text);
    if (missing == text.size()) {
        return true;
    }
    // A font that cannot be read was reported once where the style names it; a warning for
    // every character it would have drawn would bury that error.
    if (!can_draw(file)) {
        return false;
    }
    std::unordered_set<char32_t>& reported = reported_glyphs_[position.file];
    while (missing < text.size()) {
        std::size_t next = missing;
        const char32_t code_point = decode_utf8_at(text, next);
        if (reported.insert(code_point).second) {
            model::SourcePosition where = position;
            const std::string_view before = std::string_view(text).substr(0, missing);
            if (where.line > 0 && where.column > 0) {
                const std::size_t line_start = before.rfind('\n');
                if (line_start == std::string_view::npos) {
                    where.column += static_cast<int>(decode_utf8(before).size());
                } else { // text of several lines (code) starting at a line's first column
                    where.line += static_cast<int>(std::count(before.begin(), before.end(), '\n'));
                    where.column =
                        1 + static_cast<int>(decode_utf8(before.substr(line_start + 1)).size());
                }
            }
            std::string character;
            append_utf8(character, code_point);
            char hex[16];
            std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(code_point));
            const std::string fallback = fallback_font(code_point);
            diagnostics.warning(where,
                                "die Schrift „" + std::filesystem::path(file).filename().string() +
                                    "“ hat kein Zeichen für „" + character + "“ (" + hex + "); " +
                                    (fallback.empty()
                                         ? std::string("auch keine Ersatzschrift des Stils hat es "
                                                       "(<ersatzschrift datei=\"…\"/>)")
                                         : "es wird aus der Ersatzschrift „" +
                                               std::filesystem::path(fallback).filename().string() +
                                               "“ gesetzt"));
        }
        missing = metrics.first_missing(file, text, next);
    }
    return false;
}

double LayoutContext::text_width() const {
    return style.page_width - style.margin_inner - style.margin_outer;
}

double LayoutContext::text_top() const {
    return style.margin_top;
}

double LayoutContext::text_bottom() const {
    return style.page_height - style.margin_bottom;
}

double LayoutContext::text_left(int page_number) const {
    return is_right_page(page_number) ? style.margin_inner : style.margin_outer;
}

model::Colour tint(const model::Colour& colour, double strength) {
    model::Colour result;
    for (std::size_t index = 0; index < 4; ++index) {
        result.cmyk[index] = colour.cmyk[index] * strength;
    }
    for (std::size_t index = 0; index < 3; ++index) {
        result.rgb[index] = 1.0 - (1.0 - colour.rgb[index]) * strength;
    }
    return result;
}

model::Colour white() {
    model::Colour result;
    result.cmyk = {0, 0, 0, 0};
    result.rgb = {1, 1, 1};
    return result;
}

} // namespace stadtsatz::layout
