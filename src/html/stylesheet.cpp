#include "html/stylesheet.hpp"

#include "html/chart_stylesheet.hpp"
#include "html/colour_contrast.hpp"
#include "html/marked_words.hpp"
#include "html/text_setting_css.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

namespace stadtsatz::html {
namespace {

const Rgb white{1, 1, 1};
// WCAG 2.1 AA minimum for normal text; a little margin against rounding in browsers.
constexpr double minimum_text_contrast = 4.6;

// "NotoSerif-Regular.ttf" -> "Noto Serif": the file stem before the style suffix, with
// spaces between lower-case letters and following capitals.
std::string family_name_of(const std::string& font_file) {
    std::string stem = std::filesystem::path(font_file).stem().string();
    const auto dash = stem.find('-');
    if (dash != std::string::npos) {
        stem = stem.substr(0, dash);
    }
    std::string name;
    for (std::size_t index = 0; index < stem.size(); ++index) {
        const auto character = static_cast<unsigned char>(stem[index]);
        if (stem[index] == '_') {
            name += ' ';
            continue;
        }
        if (index > 0 && std::isupper(character) &&
            std::islower(static_cast<unsigned char>(stem[index - 1]))) {
            name += ' ';
        }
        name += stem[index];
    }
    return name;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

// A length of the style (pt) relative to the body text size, in rem.
std::string rem(double points, double body_size) {
    return number(points / (body_size > 0 ? body_size : 10)) + "rem";
}

std::string line_height(const model::TextStyle& text) {
    if (text.size <= 0 || text.leading <= 0) {
        return "1.4";
    }
    return number(std::max(text.leading / text.size, 1.15));
}

Rgb colour_of(const model::Style& style, const std::string& key) {
    const auto found = style.colours.find(key);
    if (found == style.colours.end()) {
        return {0, 0, 0};
    }
    return found->second.rgb;
}

std::string font_of(const model::Style& style, const std::string& key,
                    const std::string& fallback = "Georgia, serif") {
    const auto found = style.fonts.find(key);
    if (found == style.fonts.end()) {
        return fallback;
    }
    return font_stack(found->second);
}

// A custom property name for a colour of the style: "akzent" -> "--farbe-akzent".
std::string colour_property(const std::string& name) {
    std::string result = "--farbe-";
    for (char character : name) {
        const auto byte = static_cast<unsigned char>(character);
        result += std::isalnum(byte) || character == '-' || character == '_' ? character : '-';
    }
    return result;
}

// Font, size, line height, weight and style of one kind of text, sizes relative to the body.
std::string text_rules(const model::Style& style, const model::TextStyle& text,
                       double minimum_rem) {
    const double body_size = style.body.size > 0 ? style.body.size : 10;
    const double relative = std::max(text.size / body_size, minimum_rem);
    std::string rules;
    rules += "  font-family: " + font_of(style, text.family) + ";\n";
    rules += "  font-size: " + number(relative) + "rem;\n";
    rules += "  line-height: " + line_height(text) + ";\n";
    rules += std::string("  font-weight: ") + (text.bold ? "700" : "400") + ";\n";
    rules += std::string("  font-style: ") + (text.italic ? "italic" : "normal") + ";\n";
    return rules;
}

} // namespace

std::string font_stack(const model::FontFamily& family) {
    const std::string name = family_name_of(family.regular);
    std::string fallbacks;
    if (contains(name, "Mono") || contains(name, "Code") || contains(name, "Courier")) {
        fallbacks = "\"DejaVu Sans Mono\", Consolas, \"Courier New\", monospace";
    } else if (contains(name, "Serif") && !contains(name, "Sans")) {
        fallbacks = "Georgia, \"Times New Roman\", serif";
    } else {
        fallbacks = "\"Helvetica Neue\", Arial, sans-serif";
    }
    if (name.empty()) {
        return fallbacks;
    }
    return "\"" + name + "\", " + fallbacks;
}

std::string render_stylesheet(const model::Style& style) {
    const double body_size = style.body.size > 0 ? style.body.size : 10;
    const Rgb text = readable_on(colour_of(style, style.body.colour), white, minimum_text_contrast);
    const Rgb accent = colour_of(style, style.headings[0].colour);
    const Rgb accent_text = readable_on(accent, white, minimum_text_contrast);
    const Rgb tint = mix(accent, white, 0.9);
    const Rgb text_on_tint = readable_on(text, tint, minimum_text_contrast);
    const Rgb rule = mix(text, white, 0.7);
    // Secondary text (captions, dates) takes the caption colour when the style gives one.
    const Rgb muted_source = style.caption.colour != style.body.colour
                                 ? colour_of(style, style.caption.colour)
                                 : mix(text, white, 0.35);
    const Rgb muted_text = readable_on(muted_source, white, minimum_text_contrast);

    std::string css;
    css += "/* Generated by Stadtsatz from the style \"" + style.name +
           "\". Do not edit: change the style file. */\n\n";
    css += ":root {\n";
    for (const auto& [name, colour] : style.colours) {
        css += "  " + colour_property(name) + ": " + to_hex(colour.rgb) + ";\n";
    }
    css += "  --text: " + to_hex(text) + ";\n";
    css += "  --accent: " + to_hex(accent) + ";\n";
    css += "  --accent-text: " + to_hex(accent_text) + ";\n";
    css += "  --tint: " + to_hex(tint) + ";\n";
    css += "  --text-on-tint: " + to_hex(text_on_tint) + ";\n";
    css += "  --rule: " + to_hex(rule) + ";\n";
    css += "  --muted-text: " + to_hex(muted_text) + ";\n";
    css += "  --measure: 40em;\n";
    css += "}\n\n";

    css += "*, *::before, *::after {\n  box-sizing: border-box;\n}\n\n";
    css += "html {\n  font-size: 100%;\n  -webkit-text-size-adjust: 100%;\n}\n\n";
    css += "body {\n  margin: 0;\n  color: var(--text);\n  background: #ffffff;\n";
    css += text_rules(style, style.body, 1.0);
    css += "  hyphens: auto;\n  overflow-wrap: break-word;\n}\n\n";

    // Headings: sizes, colours and spacing from the style; text colours kept readable.
    const char* const selectors[6] = {"h1", "h2", "h3", "h4", "h5", "h6"};
    for (std::size_t level = 0; level < 6; ++level) {
        const auto& heading = style.headings[level];
        const Rgb colour =
            readable_on(colour_of(style, heading.colour), white, minimum_text_contrast);
        css += std::string(selectors[level]) + " {\n";
        css += text_rules(style, heading, 1.0);
        css += "  color: " + to_hex(colour) + ";\n";
        css += "  margin: " + rem(std::max(heading.space_before, body_size), body_size) + " 0 " +
               rem(std::max(heading.space_after, body_size * 0.5), body_size) + ";\n";
        css += "  hyphens: manual;\n}\n\n";
    }
    css += "h1 {\n  margin-top: 0.5rem;\n}\n\n";
    css += ".heading-number {\n  font-variant-numeric: tabular-nums;\n}\n\n";
    css += "@media (max-width: 30em) {\n";
    for (std::size_t level = 0; level < 2; ++level) {
        const double relative = style.headings[level].size / body_size;
        if (relative > 1.5) {
            css += "  " + std::string(selectors[level]) +
                   " {\n    font-size: " + number(std::max(1.5, relative * 0.75)) + "rem;\n  }\n";
        }
    }
    css += "}\n\n";

    css += R"css(p, ul, ol, dl, blockquote, figure, table, pre {
  margin: 0 0 1rem;
}

li > ul, li > ol {
  margin-bottom: 0;
}

li.task {
  list-style: none;
}

li.task input {
  margin: 0 0.4em 0 -1.4em;
}

a {
  color: var(--accent-text);
  text-decoration: underline;
  text-underline-offset: 0.15em;
}

a:hover {
  text-decoration-thickness: 0.15em;
}

a:focus-visible, [tabindex]:focus-visible, summary:focus-visible {
  outline: 3px solid var(--accent-text);
  outline-offset: 2px;
  background: var(--tint);
  color: var(--text-on-tint);
}

.skip-link {
  position: absolute;
  left: 0.5rem;
  top: -100rem;
  z-index: 10;
  padding: 0.5rem 1rem;
  background: #ffffff;
  color: var(--accent-text);
  font-weight: 700;
}

.skip-link:focus {
  top: 0.5rem;
}

.site-header, main, .pager, .site-footer {
  padding: 0 1rem;
}

.site-header > *, .pager > *, .site-footer > * {
  max-width: var(--measure);
  margin-left: auto;
  margin-right: auto;
}

main {
  max-width: calc(var(--measure) + 2rem);
  margin-left: auto;
  margin-right: auto;
}

.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
}

.site-header {
  border-bottom: 0.25rem solid var(--accent);
  margin-bottom: 1.5rem;
  padding-top: 0.75rem;
  padding-bottom: 0.5rem;
}

.edition-links ul {
  list-style: none;
  margin: 0 0 0.5rem;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  justify-content: flex-end;
  gap: 0.25rem 1rem;
}

.edition-links a {
  color: var(--accent-text);
  font-weight: 700;
}

.language-level {
  font-weight: 700;
  margin-top: 0;
  margin-bottom: 0.5rem;
}

.sample-notice {
  background: var(--tint);
  color: var(--text-on-tint);
  border-left: 0.3rem solid var(--accent);
  padding: 0.5rem 0.75rem;
  margin-top: 0;
  margin-bottom: 0.75rem;
}

.site-title {
  font-weight: 700;
  margin-bottom: 0.25rem;
}

.site-title a {
  color: var(--accent-text);
  text-decoration: none;
}

.site-title a:hover, .site-title a:focus-visible {
  text-decoration: underline;
}

.breadcrumb ol {
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 0.5rem;
}

.breadcrumb li + li::before {
  content: "›";
  margin-right: 0.5rem;
  color: var(--muted-text);
}

.subtitle {
  font-size: 1.25rem;
  color: var(--muted-text);
}

.publication-facts {
  color: var(--muted-text);
}

.download a {
  font-weight: 700;
}

.toc ol {
  padding-left: 1.5rem;
}

.toc > ol > li {
  margin-bottom: 0.5rem;
}

.toc ol ol {
  margin: 0.25rem 0 0;
}

.toc ol, .chapter-list ol {
  list-style: none;
  padding-left: 0;
}

.toc ol ol {
  padding-left: 1.5rem;
}

blockquote {
  margin-left: 0;
  padding-left: 1rem;
  border-left: 0.25rem solid var(--rule);
}

hr {
  border: 0;
  border-top: 1px solid var(--rule);
  margin: 2rem 0;
}

pre {
  overflow-x: auto;
  padding: 0.75rem;
  background: #f6f6f6;
  border: 1px solid var(--rule);
  hyphens: none;
}

figure {
  margin-left: 0;
  margin-right: 0;
}

img {
  max-width: 100%;
  height: auto;
}

.table-scroll {
  overflow-x: auto;
  margin-bottom: 1rem;
}

table {
  border-collapse: collapse;
  width: 100%;
}

th, td {
  border-bottom: 1px solid var(--rule);
  padding: 0.35rem 0.5rem;
  text-align: left;
  vertical-align: top;
}

thead th {
  border-bottom: 2px solid var(--accent);
}

.align-right {
  text-align: right;
}

.align-center {
  text-align: center;
}

.footnote-ref a {
  text-decoration: none;
  padding: 0 0.1em;
}

.footnotes {
  margin-top: 2.5rem;
  border-top: 1px solid var(--rule);
}

.field-of-action {
  margin-top: 2.5rem;
}

.guiding-goal {
  background: var(--tint);
  color: var(--text-on-tint);
  border-left: 0.4rem solid var(--accent);
  padding: 0.75rem 1rem;
  margin-bottom: 1.5rem;
}

.guiding-goal p {
  margin: 0;
}

.guiding-goal .label {
  font-weight: 700;
  margin-bottom: 0.25rem;
}

.goal-id, .measure-id {
  display: block;
  font-size: 0.85em;
  color: var(--muted-text);
}

.measure {
  border: 1px solid var(--rule);
  border-top: 0.3rem solid var(--accent);
  border-radius: 0.25rem;
  padding: 0.75rem 1rem 0.25rem;
  margin: 0 0 1.5rem;
}

.measure h4 {
  margin-top: 0;
}

.indicators .align-right {
  white-space: nowrap;
}

.measure-facts {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0.25rem 1rem;
}

.measure-facts dt {
  font-weight: 700;
}

.measure-facts dd {
  margin: 0;
}

@media (max-width: 30em) {
  .measure-facts {
    grid-template-columns: 1fr;
  }
  .measure-facts dd {
    margin-bottom: 0.5rem;
  }
}

.pager {
  margin-top: 3rem;
  border-top: 1px solid var(--rule);
  padding-top: 1rem;
}

.pager ul {
  list-style: none;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: 0.5rem 1rem;
}

.site-footer {
  margin-top: 2rem;
  padding-top: 1rem;
  padding-bottom: 2rem;
  background: var(--tint);
  color: var(--text-on-tint);
}

.site-footer a {
  color: var(--text-on-tint);
}

.chapter-list li {
  margin-bottom: 0.25rem;
}

@media print {
  .skip-link, .breadcrumb, .pager, .chapter-list {
    display: none;
  }
  body {
    color: #000000;
    font-size: 11pt;
  }
  .site-header, .site-footer, .sample-notice, .guiding-goal {
    background: none;
  }
  a {
    color: inherit;
  }
  a[href^="http"]::after {
    content: " (" attr(href) ")";
    font-size: 0.85em;
  }
  h1, h2, h3, h4 {
    break-after: avoid;
  }
  .measure, figure, tr {
    break-inside: avoid;
  }
}
)css";
    // Captions, footnotes, tables and code take their size and font from the style.
    css += "\nfigcaption {\n" + text_rules(style, style.caption, 0.875) +
           "  color: var(--muted-text);\n  margin-top: 0.25rem;\n}\n";
    // A table's caption stands above it, in the caption style like a figure's.
    css += "\ncaption {\n" + text_rules(style, style.caption, 0.875) +
           "  color: var(--muted-text);\n  text-align: left;\n  caption-side: top;\n"
           "  padding-bottom: 0.35rem;\n}\n";
    css += "\n.footnotes {\n" + text_rules(style, style.footnote, 0.875) + "}\n";
    css += "\ntable {\n" + text_rules(style, style.table, 0.875) + "}\n";
    css += "\ncode, pre {\n  font-family: " +
           font_of(style, style.code.family, "\"DejaVu Sans Mono\", Consolas, monospace") +
           ";\n}\n";
    css += "\npre {\n  font-size: " + number(std::max(style.code.size / body_size, 0.875)) +
           "rem;\n  line-height: " + line_height(style.code) + ";\n}\n";
    css += text_setting_rules(style);
    css += chart_stylesheet(style);
    if (style.compound_marking) {
        css += marked_words_css();
    }
    return css;
}

} // namespace stadtsatz::html
