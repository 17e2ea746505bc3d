#include "html/chart_stylesheet.hpp"

#include "html/colour_contrast.hpp"

#include <utility>
#include <vector>

namespace stadtsatz::html {

namespace {

const Rgb white{1, 1, 1};
const Rgb black{0, 0, 0};
constexpr double graphics_contrast = 3.1; // a little above 3:1, as the text rules keep 4.6
constexpr double text_contrast = 4.6;

Rgb colour_of(const model::Style& style, const std::string& key) {
    const auto found = style.colours.find(key);
    return found == style.colours.end() ? Rgb{0, 0, 0} : found->second.rgb;
}

// A colour that its mark shows against the page's white.
Rgb graphic(const Rgb& colour) {
    return readable_on(colour, white, graphics_contrast);
}

} // namespace

std::string chart_stylesheet(const model::Style& style) {
    const Rgb text = readable_on(colour_of(style, style.body.colour), white, text_contrast);
    const Rgb accent = colour_of(style, style.headings[0].colour);
    // Roles by CSS name: the marks' colour, in the order of charts::ColourRole.
    const std::vector<std::pair<const char*, Rgb>> roles{
        {"text", text},
        {"axis", graphic(mix(text, white, 0.6))},
        {"accent", graphic(accent)},
        {"target", graphic(mix(accent, black, 0.4))},
        {"baseline", graphic(mix(text, white, 0.5))},
        {"status-planned", graphic(mix(accent, white, 0.55))},
        {"status-in-progress", graphic(accent)},
        {"status-completed", graphic(mix(text, white, 0.15))},
        // Standing tasks: a green apart from the accent's hue, darkened to the same contrast.
        {"status-ongoing", graphic(Rgb{0.18, 0.55, 0.34})},
        {"background", mix(accent, white, 0.94)},
    };
    std::string css = "\n/* Charts: inline SVG, colours by role */\n";
    css += ".chart {\n  margin: 1.25rem 0;\n  max-width: 36rem;\n}\n";
    css += ".chart.chart-timeline {\n  max-width: none;\n}\n";
    css += ".chart svg {\n  display: block;\n  width: 100%;\n  height: auto;\n"
           "  font-family: inherit;\n  overflow: visible;\n}\n";
    css += ".chart figcaption {\n  margin: 0 0 0.35rem;\n  font-weight: bold;\n"
           "  color: var(--text);\n}\n";
    css += ".chart-data summary {\n  cursor: pointer;\n  margin-top: 0.35rem;\n"
           "  color: var(--accent-text);\n}\n";
    css += ".chart-data table {\n  width: auto;\n  margin-top: 0.35rem;\n"
           "  border-collapse: collapse;\n  font-variant-numeric: tabular-nums;\n}\n";
    css += ".chart-data th, .chart-data td {\n  padding: 0.15rem 0.6rem 0.15rem 0;\n"
           "  text-align: left;\n  border-bottom: 1px solid var(--rule);\n}\n";
    for (const auto& [name, colour] : roles) {
        css += ".chart .fill-" + std::string(name) + " {\n  fill: " + to_hex(colour) + ";\n}\n";
        css += ".chart .stroke-" + std::string(name) + " {\n  stroke: " + to_hex(colour) + ";\n}\n";
    }
    css += "@media print {\n  .chart {\n    break-inside: avoid;\n  }\n"
           "  .chart-data summary {\n    display: none;\n  }\n}\n";
    return css;
}

} // namespace stadtsatz::html
