// WCAG 2.1 AA contrast (success criterion 1.4.3): at least 4.5:1 for normal text and 3:1 for
// large text (from 18 pt, or from 14 pt in bold). The expected ratios were computed
// independently from the WCAG formula; the grey pairs lie just above and just below each
// threshold.

#include "html/colour_contrast.hpp"
#include "html/stylesheet.hpp"

#include <catch2/catch.hpp>
#include <regex>
#include <string>

using namespace stadtsatz;

namespace {

constexpr double normal_text = 4.5;
constexpr double large_text = 3.0;
const html::Rgb white{1, 1, 1};

html::Rgb hex(const std::string& text) {
    const auto channel = [&](std::size_t at) {
        return std::stoi(text.substr(at, 2), nullptr, 16) / 255.0;
    };
    return {channel(1), channel(3), channel(5)};
}

model::Colour colour(const std::string& rgb) {
    model::Colour result;
    result.rgb = hex(rgb);
    return result;
}

// A style whose colours are all a little too light for text on white: text 4.48:1,
// captions 3.45:1, headings and links 3.03:1.
model::Style weak_style() {
    model::Style style;
    style.name = "Zu hell";
    style.fonts["text"] = {"/fonts/NotoSans-Regular.ttf", "", "", ""};
    style.colours["text"] = colour("#777777");
    style.colours["akzent"] = colour("#949494");
    style.colours["grau"] = colour("#8a8a8a");
    style.body = {"text", 10, 14, "text", false, false, 0, 6, {}};
    style.caption = {"text", 8, 11, "grau", false, false, 4, 10, {}};
    const double sizes[6] = {24, 16, 13, 11, 10, 10};
    for (std::size_t level = 0; level < 6; ++level) {
        style.headings[level].family = "text";
        style.headings[level].size = sizes[level];
        style.headings[level].leading = sizes[level] * 1.2;
        style.headings[level].bold = true;
        style.headings[level].colour = "akzent";
    }
    return style;
}

// The value of a custom property of the generated stylesheet, e.g. "--text".
html::Rgb property(const std::string& css, const std::string& name) {
    std::smatch match;
    const std::regex pattern("\\s" + name + ": (#[0-9a-f]{6});");
    REQUIRE(std::regex_search(css, match, pattern));
    return hex(match[1].str());
}

// The colour of the first rule for `selector` that sets one, e.g. "h2".
html::Rgb rule_colour(const std::string& css, const std::string& selector) {
    std::smatch match;
    const std::regex pattern("(^|\\n)" + selector + " \\{[^}]*\\n  color: (#[0-9a-f]{6});");
    REQUIRE(std::regex_search(css, match, pattern));
    return hex(match[2].str());
}

// WCAG 2.1's large text: 18 pt, or 14 pt bold.
bool is_large(const model::TextStyle& text) {
    return text.size >= 18 || (text.bold && text.size >= 14);
}

} // namespace

TEST_CASE("contrast ratios follow the WCAG 2.1 formula", "[html][contrast]") {
    CHECK(html::contrast_ratio({0, 0, 0}, white) == Approx(21.0));
    CHECK(html::contrast_ratio(white, white) == Approx(1.0));
    CHECK(html::contrast_ratio(hex("#767676"), white) == Approx(4.542225).epsilon(1e-5));
    CHECK(html::contrast_ratio(white, hex("#767676")) == Approx(4.542225).epsilon(1e-5));
    CHECK(html::contrast_ratio(hex("#777777"), white) == Approx(4.478089).epsilon(1e-5));
    CHECK(html::contrast_ratio(hex("#949494"), white) == Approx(3.033470).epsilon(1e-5));
    CHECK(html::contrast_ratio(hex("#959595"), white) == Approx(2.995346).epsilon(1e-5));
    CHECK(html::contrast_ratio(hex("#00508c"), white) == Approx(8.313032).epsilon(1e-5));
    // Either side of the sRGB curve's linear segment (channel 0.04045).
    CHECK(html::relative_luminance(hex("#0a0a0a")) == Approx(0.003035).epsilon(1e-3));
    CHECK(html::relative_luminance(hex("#0b0b0b")) == Approx(0.003347).epsilon(1e-3));
}

TEST_CASE("a colour is kept exactly when it reaches the threshold", "[html][contrast]") {
    CHECK(html::to_hex(html::readable_on(hex("#767676"), white, normal_text)) == "#767676");
    CHECK(html::to_hex(html::readable_on(hex("#949494"), white, large_text)) == "#949494");
    CHECK(html::to_hex(html::readable_on(hex("#00508c"), white, normal_text)) == "#00508c");
}

TEST_CASE("a colour just below the threshold is darkened until it reaches it", "[html][contrast]") {
    const html::Rgb normal = html::readable_on(hex("#777777"), white, normal_text);
    CHECK(html::to_hex(normal) != "#777777");
    CHECK(html::contrast_ratio(hex(html::to_hex(normal)), white) >= normal_text);
    const html::Rgb large = html::readable_on(hex("#959595"), white, large_text);
    CHECK(html::to_hex(large) != "#959595");
    CHECK(html::contrast_ratio(hex(html::to_hex(large)), white) >= large_text);
    // Darkened towards black, not made another colour: the channels stay equal.
    CHECK(html::to_hex(normal).substr(1, 2) == html::to_hex(normal).substr(3, 2));
}

TEST_CASE("the stylesheet's text colours reach WCAG AA on their backgrounds", "[html][contrast]") {
    const model::Style style = weak_style();
    const std::string css = html::render_stylesheet(style);
    // Normal text: body, links and focus outlines, captions and dates, text in tinted boxes.
    CHECK(html::contrast_ratio(property(css, "--text"), white) >= normal_text);
    CHECK(html::contrast_ratio(property(css, "--accent-text"), white) >= normal_text);
    CHECK(html::contrast_ratio(property(css, "--muted-text"), white) >= normal_text);
    CHECK(html::contrast_ratio(property(css, "--text-on-tint"), property(css, "--tint")) >=
          normal_text);
    // Headings: large ones need 3:1, the others 4.5:1.
    const char* const selectors[6] = {"h1", "h2", "h3", "h4", "h5", "h6"};
    for (std::size_t level = 0; level < 6; ++level) {
        INFO(selectors[level]);
        const double minimum = is_large(style.headings[level]) ? large_text : normal_text;
        CHECK(html::contrast_ratio(rule_colour(css, selectors[level]), white) >= minimum);
    }
}

TEST_CASE("the stylesheet keeps text colours that reach WCAG AA with a margin",
          "[html][contrast]") {
    model::Style style = weak_style();
    style.colours["text"] = colour("#737373"); // 4.74:1
    style.colours["akzent"] = colour("#00508c");
    style.colours["grau"] = colour("#707070"); // 4.95:1
    const std::string css = html::render_stylesheet(style);
    CHECK(html::to_hex(property(css, "--text")) == "#737373");
    CHECK(html::to_hex(property(css, "--accent-text")) == "#00508c");
    CHECK(html::to_hex(property(css, "--muted-text")) == "#707070");
    CHECK(html::to_hex(rule_colour(css, "h2")) == "#00508c");
}
