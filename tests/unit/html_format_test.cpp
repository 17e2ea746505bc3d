#include "html/colour_contrast.hpp"
#include "html/html_escape.hpp"
#include "html/stylesheet.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

TEST_CASE("html: escaping and URL encoding") {
    CHECK(html::escape_text("a < b & \"c\"") == "a &lt; b &amp; \"c\"");
    CHECK(html::escape_attribute("a \"b\" 'c'") == "a &quot;b&quot; &#39;c&#39;");
    CHECK(html::encode_url_component("M-1.1.1") == "M-1.1.1");
    CHECK(html::encode_url_component("a b/ä") == "a%20b%2F%C3%A4");
}

TEST_CASE("html: colours too light for text are darkened until they reach 4.5:1") {
    const html::Rgb white{1, 1, 1};
    const html::Rgb light_yellow{1.0, 0.8, 0.0};
    CHECK(html::contrast_ratio(light_yellow, white) < 4.5);
    const auto readable = html::readable_on(light_yellow, white, 4.5);
    CHECK(html::contrast_ratio(readable, white) >= 4.5);
    const html::Rgb dark_blue{0.0, 80 / 255.0, 140 / 255.0};
    CHECK(html::to_hex(html::readable_on(dark_blue, white, 4.5)) == "#00508c");
    CHECK(html::contrast_ratio({0, 0, 0}, white) == Approx(21.0));
}

TEST_CASE("html: stylesheet sizes are relative to the body and fonts become stacks") {
    model::Style style;
    style.body.size = 10;
    style.headings[0].size = 24;
    style.headings[0].colour = "akzent";
    model::Colour yellow;
    yellow.rgb = {1.0, 0.8, 0.0};
    style.colours["akzent"] = yellow;
    style.fonts["text"] = {"/fonts/NotoSerif-Regular.ttf", "", "", ""};
    style.fonts["auszeichnung"] = {"/fonts/NotoSans-Regular.ttf", "", "", ""};
    style.headings[0].family = "auszeichnung";
    const auto css = html::render_stylesheet(style);
    CHECK(css.find("--farbe-akzent: #ffcc00;") != std::string::npos);
    CHECK(css.find("font-size: 2.4rem;") != std::string::npos);
    CHECK(css.find("\"Noto Serif\", Georgia") != std::string::npos);
    CHECK(css.find("\"Noto Sans\", \"Helvetica Neue\"") != std::string::npos);
    // The light accent stays for borders but is not used as heading text colour.
    CHECK(css.find("color: #ffcc00;") == std::string::npos);
    CHECK(html::font_stack({"/x/DejaVuSansMono.ttf", "", "", ""}).find("monospace") !=
          std::string::npos);
}
