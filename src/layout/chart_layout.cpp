#include "layout/chart_layout.hpp"

#include "layout/inline_collection.hpp"

#include <algorithm>
#include <cmath>

namespace stadtsatz::layout {
namespace {

// How far a cubic Bézier's control points lie from the ends of a quarter circle, per radius.
constexpr double quarter_circle = 0.5522847498;

// A colour mixed with black: 1 = the colour itself, 0 = black.
model::Colour shade(const model::Colour& colour, double strength) {
    model::Colour result = colour;
    result.cmyk[3] = 1.0 - (1.0 - colour.cmyk[3]) * strength;
    for (double& channel : result.rgb) {
        channel *= strength;
    }
    return result;
}

PathSegment point_segment(PathSegment::Kind kind, double x, double y) {
    PathSegment segment;
    segment.kind = kind;
    segment.x = x;
    segment.y = y;
    return segment;
}

PathSegment curve(double control1_x, double control1_y, double control2_x, double control2_y,
                  double x, double y) {
    PathSegment segment = point_segment(PathSegment::Kind::CurveTo, x, y);
    segment.control1_x = control1_x;
    segment.control1_y = control1_y;
    segment.control2_x = control2_x;
    segment.control2_y = control2_y;
    return segment;
}

// A circle as four Bézier quarters, clockwise from its top.
std::vector<PathSegment> circle(double x, double y, double radius) {
    const double reach = radius * quarter_circle;
    return {point_segment(PathSegment::Kind::MoveTo, x, y - radius),
            curve(x + reach, y - radius, x + radius, y - reach, x + radius, y),
            curve(x + radius, y + reach, x + reach, y + radius, x, y + radius),
            curve(x - reach, y + radius, x - radius, y + reach, x - radius, y),
            curve(x - radius, y - reach, x - reach, y - radius, x, y - radius),
            point_segment(PathSegment::Kind::Close, x, y - radius)};
}

// A square standing on its corner, `half` from the centre to each corner.
std::vector<PathSegment> diamond(double x, double y, double half) {
    return {point_segment(PathSegment::Kind::MoveTo, x, y - half),
            point_segment(PathSegment::Kind::LineTo, x + half, y),
            point_segment(PathSegment::Kind::LineTo, x, y + half),
            point_segment(PathSegment::Kind::LineTo, x - half, y),
            point_segment(PathSegment::Kind::Close, x, y - half)};
}

// A mark's outline as a path, coloured as the mark says.
Path mark_path(const charts::Mark& mark, std::vector<PathSegment> segments,
               const model::Colour& colour, bool closed, const SourceNode& source) {
    Path path;
    path.segments = std::move(segments);
    path.filled = closed && mark.filled;
    path.fill = colour;
    // An open line is always stroked; a closed shape where it has an outline.
    path.stroked = !closed || mark.line_width > 0;
    path.stroke = colour;
    path.line_width = mark.line_width > 0 ? mark.line_width : 0.75;
    if (mark.dashed) {
        path.dash = {path.line_width * 3, path.line_width * 2};
    }
    path.source = source;
    return path;
}

} // namespace

model::Colour chart_colour(charts::ColourRole role, LayoutContext& context) {
    const model::Colour accent = context.colour("accent");
    switch (role) {
    case charts::ColourRole::Text:
        return context.colour("text");
    case charts::ColourRole::Axis:
        return context.colour("rule");
    case charts::ColourRole::Accent:
        return accent;
    case charts::ColourRole::Target:
        return shade(accent, 0.7);
    case charts::ColourRole::Baseline:
        return context.colour("muted");
    case charts::ColourRole::StatusPlanned:
        return tint(accent, 0.3);
    case charts::ColourRole::StatusInProgress:
        return tint(accent, 0.75);
    case charts::ColourRole::StatusCompleted:
        return shade(accent, 0.6);
    case charts::ColourRole::StatusOngoing:
        return tint(context.colour("muted"), 0.6);
    case charts::ColourRole::Background:
        return white();
    }
    return context.colour("text");
}

std::vector<PageItem> chart_items(const charts::Chart& chart, const SourceNode& source,
                                  const model::SourcePosition& position, LayoutContext& context) {
    std::vector<PageItem> items;
    const std::string family = context.display_family();
    for (const charts::Mark& mark : chart.marks) {
        const model::Colour colour = chart_colour(mark.colour, context);
        switch (mark.shape) {
        case charts::MarkShape::Line:
            items.push_back(mark_path(mark,
                                      {point_segment(PathSegment::Kind::MoveTo, mark.x1, mark.y1),
                                       point_segment(PathSegment::Kind::LineTo, mark.x2, mark.y2)},
                                      colour, false, source));
            break;
        case charts::MarkShape::Polyline: {
            if (mark.points.size() < 2) {
                break;
            }
            std::vector<PathSegment> segments;
            for (const charts::Point& point : mark.points) {
                segments.push_back(point_segment(segments.empty() ? PathSegment::Kind::MoveTo
                                                                  : PathSegment::Kind::LineTo,
                                                 point.x, point.y));
            }
            items.push_back(mark_path(mark, std::move(segments), colour, false, source));
            break;
        }
        case charts::MarkShape::Circle:
            items.push_back(
                mark_path(mark, circle(mark.x1, mark.y1, mark.size), colour, true, source));
            break;
        case charts::MarkShape::Diamond:
            items.push_back(
                mark_path(mark, diamond(mark.x1, mark.y1, mark.size), colour, true, source));
            break;
        case charts::MarkShape::Rectangle: {
            Rectangle box;
            box.x = std::min(mark.x1, mark.x2);
            box.y = std::min(mark.y1, mark.y2);
            box.width = std::abs(mark.x2 - mark.x1);
            box.height = std::abs(mark.y2 - mark.y1);
            box.filled = mark.filled;
            box.fill = colour;
            box.stroked = !mark.filled || mark.line_width > 0;
            box.stroke = colour;
            box.line_width = mark.line_width > 0 ? mark.line_width : 0.5;
            box.source = source;
            items.push_back(box);
            break;
        }
        case charts::MarkShape::Text: {
            if (mark.text.empty()) {
                break;
            }
            const std::string file = context.font_file(family, mark.bold, false);
            context.check_glyphs(file, mark.text, position);
            TextRun run = context.shaped_run(file, context.readable_size(mark.size), colour,
                                             mark.text, source);
            const double offset = mark.anchor == charts::TextAnchor::Middle ? run.width / 2
                                  : mark.anchor == charts::TextAnchor::End  ? run.width
                                                                            : 0;
            run.x = mark.x1 - offset;
            run.baseline = mark.y1;
            items.push_back(std::move(run));
            break;
        }
        }
    }
    return items;
}

void lay_out_chart(const charts::Chart& chart, SourceNode source, double left,
                   const model::SourcePosition& position, LayoutContext& context,
                   std::vector<Slice>& out) {
    if (chart.marks.empty() || chart.height <= 0) {
        return;
    }
    const TextFormat body = context.format(context.style.body);
    const double gap = body.leading * 0.8;
    SourceNode title_source = source;
    title_source.part = NodePart::ChartTitle;
    source.part = NodePart::Chart;
    const std::size_t first = out.size();
    if (!chart.title.empty()) {
        RunFormat format;
        format.font_file = context.font_file(context.display_family(), true, false);
        format.size = context.readable_size(body.size * 0.9);
        format.colour = context.colour("text");
        format.units_per_em = context.metrics.units_per_em(format.font_file);
        format.source = title_source;
        context.check_glyphs(format.font_file, chart.title, position);
        Paragraph paragraph;
        append_text(paragraph, chart.title, format, context,
                    context.metrics.width(format.font_file, " ", format.size));
        finish_paragraph(paragraph);
        const auto lines =
            typeset(std::move(paragraph), chart.width, LineAlignment::Left, context.metrics);
        add_lines(out, lines, left, format.size, format.size * 1.3, gap, body.leading * 0.3);
        for (std::size_t index = first; index < out.size(); ++index) {
            out[index].keep_with_next = true; // the title never stays behind without its chart
        }
    }
    Slice slice;
    slice.height = chart.height;
    slice.space_before = out.size() > first ? 0 : gap;
    slice.space_after = body.leading * 0.4;
    slice.items = chart_items(chart, source, position, context);
    for (PageItem& item : slice.items) {
        translate(item, left, 0);
    }
    out.push_back(std::move(slice));
    context.charts.push_back(ChartFigure{source, chart.summary});
}

} // namespace stadtsatz::layout
