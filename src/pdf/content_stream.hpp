#pragma once

#include "model/style.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::pdf {

// The operators of one page's content stream, written into memory with a number formatting
// of its own (no printf, no locale): coordinates to 1/1000 pt, glyph adjustments to 1/100
// of a thousandth of an em. Colour, font and line width are remembered, so repeating them
// costs nothing.
class ContentStream {
public:
    explicit ContentStream(bool cmyk) : cmyk_(cmyk) {}

    const std::string& bytes() const { return bytes_; }

    void fill_colour(const model::Colour& colour);
    void stroke_colour(const model::Colour& colour);
    void line_width(double width);
    void rectangle(double x, double y, double width, double height);
    void move_to(double x, double y);
    void line_to(double x, double y);
    // A cubic Bézier curve through the control points (x1, y1), (x2, y2) to (x, y): c.
    void curve_to(double x1, double y1, double x2, double y2, double x, double y);
    void close_path(); // h
    // The dash pattern for strokes ([3 2] 0 d); empty: solid. Written only when it changes.
    void dash(const std::vector<double>& lengths);
    void fill();
    void stroke();
    void fill_and_stroke();

    void save();    // q
    void restore(); // Q: the remembered state is forgotten
    // Draws the image XObject `name` into the box with lower-left corner (x, y).
    void image(std::string_view name, double x, double y, double width, double height);

    void begin_text(); // BT
    void end_text();   // ET
    void font(std::string_view name, double size);
    // Places the text origin at (x, y): 1 0 0 1 x y Tm.
    void text_position(double x, double y);
    void text_rise(double rise);
    // Horizontal scaling of the glyphs (Tz), 1 = none; written only when it changes.
    void horizontal_scale(double scale);
    // Glyph arrays: [<00410042> -12.5 <0043>] TJ, built with the calls below.
    void begin_glyphs();
    void glyph(std::uint16_t code);
    void adjustment(double thousandths); // positive moves the next glyph left
    void end_glyphs();

    // Marked content: /Tag <</MCID n>> BDC, /Artifact <</Type /…>> BDC, /Span <<…>> BDC, EMC.
    void begin_marked(std::string_view tag, int mcid);
    void begin_artifact(std::string_view type, std::string_view subtype = {});
    // /Tag <</MCID n /ActualText (…)>> BDC; without an MCID (n < 0) a /Span inside other
    // marked content.
    void begin_actual_text(const std::string& utf8, int mcid, std::string_view tag);
    void end_marked();

    void number(double value, int decimals = 3);
    void raw(std::string_view text) { bytes_ += text; }

private:
    void operand(double value, int decimals = 3);
    void colour_operands(const model::Colour& colour);
    void hex_open_if_needed();

    bool cmyk_;
    std::string bytes_;
    model::Colour fill_;   // the fill colour in effect, when fill_known_
    model::Colour stroke_; // the stroke colour in effect, when stroke_known_
    bool fill_known_ = false;
    bool stroke_known_ = false;
    double line_width_ = -1;
    std::vector<double> dash_; // the dash pattern in effect: solid at the start, {-1} after Q
    std::string font_name_;
    double font_size_ = -1;
    double rise_ = 0;
    double horizontal_scale_ = 1; // Tz in effect as a factor; negative: unknown after Q
    bool in_glyphs_ = false;      // inside [ … ] TJ
    bool in_hex_ = false;         // inside < … > within it
};

} // namespace stadtsatz::pdf
