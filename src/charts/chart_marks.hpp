#pragma once

// Short ways for the builders to make marks, so each chart reads as what it draws.

#include "charts/chart.hpp"

#include <string>
#include <vector>

namespace stadtsatz::charts {

Mark line_mark(double x1, double y1, double x2, double y2, double line_width, ColourRole colour,
               bool dashed = false);
Mark polyline_mark(std::vector<Point> points, double line_width, ColourRole colour,
                   bool dashed = false);
Mark circle_mark(double x, double y, double radius, ColourRole colour);
Mark diamond_mark(double x, double y, double half_diagonal, ColourRole colour);
Mark rectangle_mark(double left, double top, double right, double bottom, ColourRole colour);
Mark text_mark(double x, double baseline, std::string text, TextAnchor anchor,
               ColourRole colour = ColourRole::Text, bool bold = false);

} // namespace stadtsatz::charts
