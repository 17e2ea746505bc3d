#include "charts/chart_marks.hpp"

#include "charts/chart_text.hpp"

#include <utility>

namespace stadtsatz::charts {

Mark line_mark(double x1, double y1, double x2, double y2, double line_width, ColourRole colour,
               bool dashed) {
    Mark mark;
    mark.shape = MarkShape::Line;
    mark.x1 = x1;
    mark.y1 = y1;
    mark.x2 = x2;
    mark.y2 = y2;
    mark.line_width = line_width;
    mark.colour = colour;
    mark.dashed = dashed;
    mark.filled = false;
    return mark;
}

Mark polyline_mark(std::vector<Point> points, double line_width, ColourRole colour, bool dashed) {
    Mark mark;
    mark.shape = MarkShape::Polyline;
    mark.points = std::move(points);
    mark.line_width = line_width;
    mark.colour = colour;
    mark.dashed = dashed;
    mark.filled = false;
    return mark;
}

Mark circle_mark(double x, double y, double radius, ColourRole colour) {
    Mark mark;
    mark.shape = MarkShape::Circle;
    mark.x1 = x;
    mark.y1 = y;
    mark.size = radius;
    mark.colour = colour;
    return mark;
}

Mark diamond_mark(double x, double y, double half_diagonal, ColourRole colour) {
    Mark mark = circle_mark(x, y, half_diagonal, colour);
    mark.shape = MarkShape::Diamond;
    return mark;
}

Mark rectangle_mark(double left, double top, double right, double bottom, ColourRole colour) {
    Mark mark;
    mark.shape = MarkShape::Rectangle;
    mark.x1 = left;
    mark.y1 = top;
    mark.x2 = right;
    mark.y2 = bottom;
    mark.colour = colour;
    return mark;
}

Mark text_mark(double x, double baseline, std::string text, TextAnchor anchor, ColourRole colour,
               bool bold) {
    Mark mark;
    mark.shape = MarkShape::Text;
    mark.x1 = x;
    mark.y1 = baseline;
    mark.size = label_size;
    mark.text = std::move(text);
    mark.anchor = anchor;
    mark.colour = colour;
    mark.bold = bold;
    return mark;
}

} // namespace stadtsatz::charts
