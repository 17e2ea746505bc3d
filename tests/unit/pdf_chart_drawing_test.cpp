#include "pdf/page_content.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t found = 0;
    for (auto position = text.find(what); position != std::string::npos;
         position = text.find(what, position + 1)) {
        ++found;
    }
    return found;
}

layout::PathSegment segment(layout::PathSegment::Kind kind, double x, double y) {
    layout::PathSegment result;
    result.kind = kind;
    result.x = x;
    result.y = y;
    return result;
}

// A page with a chart's pieces: a dashed line, a filled curve and a bar.
layout::Page chart_page() {
    model::Colour accent;
    accent.cmyk = {1, 0.45, 0, 0.4};
    accent.rgb = {0, 0.31, 0.55};
    layout::Page page;
    layout::Path line;
    line.segments = {segment(layout::PathSegment::Kind::MoveTo, 10, 20),
                     segment(layout::PathSegment::Kind::LineTo, 110, 40)};
    line.stroke = accent;
    line.line_width = 1.5;
    line.dash = {4.5, 3};
    line.source.part = layout::NodePart::Chart;
    layout::Path blob;
    blob.segments = {segment(layout::PathSegment::Kind::MoveTo, 50, 50),
                     segment(layout::PathSegment::Kind::CurveTo, 60, 60),
                     segment(layout::PathSegment::Kind::Close, 50, 50)};
    blob.segments[1].control1_x = 55;
    blob.segments[1].control1_y = 50;
    blob.segments[1].control2_x = 60;
    blob.segments[1].control2_y = 55;
    blob.filled = true;
    blob.stroked = false;
    blob.fill = accent;
    blob.source.part = layout::NodePart::Chart;
    layout::Rectangle bar;
    bar.x = 20;
    bar.y = 60;
    bar.width = 10;
    bar.height = 30;
    bar.fill = accent;
    bar.source.part = layout::NodePart::Chart;
    page.items = {line, blob, bar};
    return page;
}

std::string draw(bool cmyk) {
    pdf::PageGeometry geometry;
    geometry.trim_height = 200;
    geometry.cmyk = cmyk;
    pdf::FontPrograms fonts;
    pdf::ResourceNames names;
    std::vector<int> mcids;
    return pdf::draw_page(chart_page(), 0, geometry, fonts, names, nullptr, mcids);
}

} // namespace

TEST_CASE("chart paths are drawn with path operators", "[pdf][charts]") {
    const std::string content = draw(false);
    CHECK(count(content, "10 180 m\n") == 1); // y flipped: 200 - 20
    CHECK(count(content, "110 160 l\n") == 1);
    CHECK(count(content, "[4.5 3] 0 d\n") == 1);
    CHECK(count(content, "1.5 w\n") == 1);
    CHECK(count(content, "55 150 60 145 60 140 c\n") == 1);
    CHECK(count(content, "h\nf\n") == 1); // the curve is closed and filled
    CHECK(count(content, "20 110 10 30 re\n") == 1);
    CHECK(count(content, "S\n") == 1); // the line is stroked
}

TEST_CASE("chart colours are CMYK in print and RGB on screen", "[pdf][charts]") {
    const std::string print = draw(true);
    const std::string screen = draw(false);
    CHECK(count(print, "1 0.45 0 0.4 K\n") == 1);
    CHECK(count(print, "1 0.45 0 0.4 k\n") == 1); // remembered for the bar
    CHECK(count(print, " rg\n") + count(print, " RG\n") == 0);
    CHECK(count(screen, "0 0.31 0.55 RG\n") == 1);
    CHECK(count(screen, "0 0.31 0.55 rg\n") == 1);
    CHECK(count(screen, " k\n") + count(screen, " K\n") == 0);
}
