#include "layout/chart_layout.hpp"
#include "layout_test_document.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

charts::Mark text_mark(double x, double y, charts::TextAnchor anchor, const std::string& text) {
    charts::Mark mark;
    mark.shape = charts::MarkShape::Text;
    mark.x1 = x;
    mark.y1 = y;
    mark.size = 8;
    mark.anchor = anchor;
    mark.text = text;
    return mark;
}

// A small chart as the builders make them: an axis, a dashed line, a circle, a diamond, a bar
// and three labels.
charts::Chart sample_chart() {
    charts::Chart chart;
    chart.title = "Anteil der Kinder mit Sprachförderung";
    chart.summary = "Ausgangswert 62 % (2025), Ziel 90 % (2029).";
    chart.width = 300;
    chart.height = 120;
    charts::Mark axis;
    axis.shape = charts::MarkShape::Line;
    axis.x1 = 20;
    axis.y1 = 100;
    axis.x2 = 290;
    axis.y2 = 100;
    axis.line_width = 0.5;
    axis.colour = charts::ColourRole::Axis;
    charts::Mark path;
    path.shape = charts::MarkShape::Polyline;
    path.points = {{40, 80}, {150, 60}, {260, 20}};
    path.line_width = 1.5;
    path.dashed = true;
    path.colour = charts::ColourRole::Accent;
    charts::Mark baseline;
    baseline.shape = charts::MarkShape::Circle;
    baseline.x1 = 40;
    baseline.y1 = 80;
    baseline.size = 3;
    baseline.colour = charts::ColourRole::Baseline;
    charts::Mark target;
    target.shape = charts::MarkShape::Diamond;
    target.x1 = 260;
    target.y1 = 20;
    target.size = 4;
    target.colour = charts::ColourRole::Target;
    charts::Mark bar;
    bar.shape = charts::MarkShape::Rectangle;
    bar.x1 = 100;
    bar.y1 = 70;
    bar.x2 = 120;
    bar.y2 = 100;
    bar.colour = charts::ColourRole::StatusCompleted;
    chart.marks = {axis,
                   path,
                   baseline,
                   target,
                   bar,
                   text_mark(40, 112, charts::TextAnchor::Middle, "2025"),
                   text_mark(290, 112, charts::TextAnchor::End, "90,0 %"),
                   text_mark(20, 10, charts::TextAnchor::Start, "Prozent")};
    return chart;
}

struct Setup {
    model::Document document;
    model::Diagnostics diagnostics;
    layout::LayoutContext context;
    Setup() : document(make()), context(document, diagnostics) {}
    static model::Document make() {
        model::Document document;
        document.style = test::test_style();
        model::Colour muted;
        muted.cmyk = {0.1, 0.05, 0, 0.6};
        muted.rgb = {0.37, 0.39, 0.41};
        document.style.colours["grau"] = muted;
        return document;
    }
};

bool same(const model::Colour& left, const model::Colour& right) {
    return left.cmyk == right.cmyk && left.rgb == right.rgb;
}

} // namespace

TEST_CASE("a chart's marks become paths, rectangles and shaped runs inside its box",
          "[layout][charts]") {
    Setup setup;
    const charts::Chart chart = sample_chart();
    layout::SourceNode source;
    source.part = layout::NodePart::Chart;
    source.row = 2;
    const auto items = layout::chart_items(chart, source, {}, setup.context);
    REQUIRE(items.size() == chart.marks.size());
    int paths = 0;
    int curves = 0;
    for (const auto& item : items) {
        const layout::SourceNode& item_source =
            std::visit([](const auto& positioned) { return positioned.source; }, item);
        CHECK(item_source == source);
        if (const auto* path = std::get_if<layout::Path>(&item)) {
            ++paths;
            REQUIRE_FALSE(path->segments.empty());
            CHECK(path->segments.front().kind == layout::PathSegment::Kind::MoveTo);
            for (const auto& segment : path->segments) {
                CHECK(segment.x >= 0);
                CHECK(segment.x <= chart.width);
                CHECK(segment.y >= 0);
                CHECK(segment.y <= chart.height);
                curves += segment.kind == layout::PathSegment::Kind::CurveTo ? 1 : 0;
            }
        } else if (const auto* run = std::get_if<layout::TextRun>(&item)) {
            CHECK(run->x >= 0);
            CHECK(run->x + run->width <= chart.width + 0.01);
            CHECK(run->baseline <= chart.height);
            CHECK_FALSE(run->glyphs.empty());
        }
    }
    CHECK(paths == 4);  // axis, polyline, circle, diamond
    CHECK(curves == 4); // the circle: four quarters
    const auto& polyline = std::get<layout::Path>(items[1]);
    CHECK_FALSE(polyline.dash.empty());
    CHECK_FALSE(polyline.filled);
    CHECK(polyline.line_width == 1.5);
    const auto& diamond = std::get<layout::Path>(items[3]);
    CHECK(diamond.filled);
    CHECK(diamond.segments.back().kind == layout::PathSegment::Kind::Close);
    const auto& bar = std::get<layout::Rectangle>(items[4]);
    CHECK(bar.x == 100);
    CHECK(bar.y == 70);
    CHECK(bar.width == 20);
    CHECK(bar.height == 30);
}

TEST_CASE("chart labels are placed by their anchor with the font's real widths",
          "[layout][charts]") {
    Setup setup;
    const charts::Chart chart = sample_chart();
    const auto items = layout::chart_items(chart, {}, {}, setup.context);
    const auto& middle = std::get<layout::TextRun>(items[5]);
    const auto& end = std::get<layout::TextRun>(items[6]);
    const auto& start = std::get<layout::TextRun>(items[7]);
    REQUIRE(middle.width > 10);
    CHECK(middle.x + middle.width / 2 == Approx(40));
    CHECK(end.x + end.width == Approx(290));
    CHECK(start.x == Approx(20));
    CHECK(start.baseline == 10);
    CHECK(end.text == "90,0 %");
}

TEST_CASE("chart colours come from the style", "[layout][charts]") {
    Setup setup;
    auto& context = setup.context;
    const model::Colour accent = context.colour("accent");
    CHECK(same(layout::chart_colour(charts::ColourRole::Accent, context), accent));
    CHECK(same(layout::chart_colour(charts::ColourRole::Text, context), context.colour("text")));
    CHECK(
        same(layout::chart_colour(charts::ColourRole::Baseline, context), context.colour("muted")));
    const model::Colour target = layout::chart_colour(charts::ColourRole::Target, context);
    CHECK(target.rgb[2] < accent.rgb[2]);   // darker than the accent
    CHECK(target.cmyk[3] > accent.cmyk[3]); // more black in print
    const model::Colour planned = layout::chart_colour(charts::ColourRole::StatusPlanned, context);
    CHECK(planned.rgb[0] > accent.rgb[0]); // lighter
    const auto items = layout::chart_items(sample_chart(), {}, {}, context);
    CHECK(same(std::get<layout::Path>(items[1]).stroke, accent));
}

TEST_CASE("a chart is one slice, kept with its title lines", "[layout][charts]") {
    Setup setup;
    layout::SourceNode source;
    source.row = 1;
    std::vector<layout::Slice> slices;
    const charts::Chart chart = sample_chart();
    layout::lay_out_chart(chart, source, 15, {}, setup.context, slices);
    REQUIRE(slices.size() >= 2);
    const layout::Slice& drawing = slices.back();
    CHECK(drawing.height == chart.height);
    CHECK(drawing.items.size() == chart.marks.size());
    for (std::size_t index = 0; index + 1 < slices.size(); ++index) {
        CHECK(slices[index].keep_with_next);
        for (const auto& item : slices[index].items) {
            const auto& run = std::get<layout::TextRun>(item);
            CHECK(run.source.part == layout::NodePart::ChartTitle);
            CHECK(run.x == Approx(15));
        }
    }
    for (const auto& item : drawing.items) {
        const layout::SourceNode& item_source =
            std::visit([](const auto& positioned) { return positioned.source; }, item);
        CHECK(item_source.part == layout::NodePart::Chart);
        CHECK(item_source.row == 1);
    }
    CHECK(std::get<layout::Rectangle>(drawing.items[4]).x == 115); // moved to the left edge
    REQUIRE(setup.context.charts.size() == 1);
    CHECK(setup.context.charts.front().summary == chart.summary);
    CHECK(setup.context.charts.front().source.part == layout::NodePart::Chart);
}

TEST_CASE("an empty chart lays out nothing", "[layout][charts]") {
    Setup setup;
    std::vector<layout::Slice> slices;
    layout::lay_out_chart(charts::Chart{}, {}, 0, {}, setup.context, slices);
    CHECK(slices.empty());
    CHECK(setup.context.charts.empty());
}
