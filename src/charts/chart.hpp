#pragma once

// Charts of the measures' data as plain geometry, drawn the same by the PDF (libharu paths,
// src/layout + src/pdf) and the HTML (inline SVG, src/html). A chart is built once from the
// model; writers only map its marks to their drawing operations and its colours (roles) to
// the style's colours. Units are points (PDF) = CSS pixels (SVG); y grows downwards from the
// chart's top-left corner, as in the layout's page items and in SVG.

#include "model/measures.hpp"

#include <string>
#include <vector>

namespace stadtsatz::charts {

// What a mark is drawn in: the writers map roles to the style's colours (accent, text, ...).
enum class ColourRole {
    Text,     // labels, axis titles: the body text colour
    Axis,     // axes and grid lines: a light grey
    Accent,   // the measured series, the timeline bars: the style's accent colour
    Target,   // the target value: a darker shade of the accent
    Baseline, // the baseline value: a mid grey
    StatusPlanned,
    StatusInProgress,
    StatusCompleted,
    StatusOngoing,
    Background, // the plot area's tint
};

enum class MarkShape {
    Line,      // from (x1, y1) to (x2, y2)
    Polyline,  // through `points`, not closed
    Circle,    // centre (x1, y1), radius `size`
    Diamond,   // centre (x1, y1), half diagonal `size` (the target marker)
    Rectangle, // top-left (x1, y1), bottom-right (x2, y2), filled
    Text,      // `text` at (x1, y1) = its baseline point, aligned by `anchor`
};

enum class TextAnchor { Start, Middle, End };

struct Point {
    double x = 0;
    double y = 0;
};

// One drawing element of a chart.
struct Mark {
    MarkShape shape = MarkShape::Line;
    double x1 = 0;
    double y1 = 0;
    double x2 = 0;
    double y2 = 0;
    std::vector<Point> points; // Polyline
    double size = 0;           // Circle: radius; Diamond: half diagonal; Text: font size
    double line_width = 0;     // Line, Polyline, outlines of Circle/Diamond; 0: filled only
    bool dashed = false;       // Line, Polyline: the planned path to the target
    bool filled = true;        // Circle, Diamond, Rectangle
    bool bold = false;         // Text
    ColourRole colour = ColourRole::Text;
    TextAnchor anchor = TextAnchor::Start; // Text
    std::string text;                      // Text (UTF-8, German number formats)
};

// The chart's data as a table, for screen readers and for readers who prefer numbers: the
// HTML shows it beside the SVG; the PDF tags the chart as a Figure with `summary` as /Alt.
struct DataTable {
    std::string caption;                        // e.g. "Werte des Indikators …"
    std::vector<std::string> header;            // column titles
    std::vector<std::vector<std::string>> rows; // cells as readers see them ("62 %", "2027")
};

// A chart ready to draw.
struct Chart {
    std::string title;   // one line above the chart: what it shows (SVG <title>, PDF caption)
    std::string summary; // the text alternative: what a sighted reader takes from it, in
                         // sentences with the numbers (SVG <desc>, PDF /Alt)
    double width = 0;
    double height = 0;
    std::vector<Mark> marks; // painted in order
    DataTable table;
};

// The chart of one indicator with a numeric target: baseline (if any) → measured values (if
// any) → target over the years, with labelled axes and German numbers. `width` in points; the
// height is 0.45 × width, at least 110 pt. An indicator with a qualitative target
// (!is_numeric()) gets an empty chart: no marks, width and height 0; writers draw nothing.
Chart indicator_chart(const model::Indicator& indicator, double width);

// The measures of one field of action counted by status and by priority (two bar groups).
// The height follows from the seven bars (about 120 pt).
Chart field_status_chart(const model::FieldOfAction& field, double width);

// The years a timeline shows: from the earliest start to the latest end (or start, for
// measures without an end); ongoing measures run to `last` with an open end.
struct YearRange {
    int first = 0;
    int last = 0;
};

// The year range that `timeline_chart(fields, …)` draws; {0, 0} when there is no measure.
YearRange timeline_years(const std::vector<const model::FieldOfAction*>& fields);

// Every measure of the edition as a bar over its time frame (ongoing ones to the last year
// shown, with a pointed open end), grouped under its field of action, coloured by status,
// with a year axis on top and a legend below. Rows are 11 pt high, so the height follows
// from the number of measures (35 measures: about 470 pt). Without any measure the chart is
// empty (no marks); its summary says so.
Chart timeline_chart(const std::vector<const model::FieldOfAction*>& fields, double width);

// The timeline of a single field of action, for a writer that splits the whole timeline
// across pages: pass `timeline_years(all fields)` as `years` so every part shares one year
// axis.
Chart timeline_chart(const model::FieldOfAction& field, double width, YearRange years);

} // namespace stadtsatz::charts
