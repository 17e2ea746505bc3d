#include "pdf/content_stream.hpp"

#include "pdf/utf16_text.hpp"

#include <cmath>
#include <cstdint>

namespace stadtsatz::pdf {
namespace {

constexpr char hex_digits[] = "0123456789ABCDEF";

// Appends `value` rounded to `decimals` places, without trailing zeros ("12.5", "-3", "0.125").
void append_number(std::string& out, double value, int decimals) {
    static constexpr std::int64_t scales[] = {1, 10, 100, 1000, 10000};
    const std::int64_t scale = scales[decimals];
    auto scaled = static_cast<std::int64_t>(std::llround(value * static_cast<double>(scale)));
    if (scaled < 0) {
        out.push_back('-');
        scaled = -scaled;
    }
    std::int64_t whole = scaled / scale;
    std::int64_t fraction = scaled % scale;
    char digits[24];
    int length = 0;
    do {
        digits[length++] = static_cast<char>('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    while (length > 0) {
        out.push_back(digits[--length]);
    }
    if (fraction == 0) {
        return;
    }
    int places = decimals;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --places;
    }
    out.push_back('.');
    char fraction_digits[8];
    for (int index = places - 1; index >= 0; --index) {
        fraction_digits[index] = static_cast<char>('0' + fraction % 10);
        fraction /= 10;
    }
    out.append(fraction_digits, static_cast<std::size_t>(places));
}

} // namespace

void ContentStream::number(double value, int decimals) {
    append_number(bytes_, value, decimals);
}

void ContentStream::operand(double value, int decimals) {
    append_number(bytes_, value, decimals);
    bytes_.push_back(' ');
}

void ContentStream::colour_operands(const model::Colour& colour) {
    if (cmyk_) {
        for (const double part : colour.cmyk) {
            operand(part, 4);
        }
    } else {
        for (const double part : colour.rgb) {
            operand(part, 4);
        }
    }
}

void ContentStream::fill_colour(const model::Colour& colour) {
    if (fill_known_ && fill_.cmyk == colour.cmyk && fill_.rgb == colour.rgb) {
        return;
    }
    colour_operands(colour);
    bytes_ += cmyk_ ? "k\n" : "rg\n";
    fill_ = colour;
    fill_known_ = true;
}

void ContentStream::stroke_colour(const model::Colour& colour) {
    if (stroke_known_ && stroke_.cmyk == colour.cmyk && stroke_.rgb == colour.rgb) {
        return;
    }
    colour_operands(colour);
    bytes_ += cmyk_ ? "K\n" : "RG\n";
    stroke_ = colour;
    stroke_known_ = true;
}

void ContentStream::line_width(double width) {
    if (width == line_width_) {
        return;
    }
    operand(width);
    bytes_ += "w\n";
    line_width_ = width;
}

void ContentStream::rectangle(double x, double y, double width, double height) {
    operand(x);
    operand(y);
    operand(width);
    operand(height);
    bytes_ += "re\n";
}

void ContentStream::move_to(double x, double y) {
    operand(x);
    operand(y);
    bytes_ += "m\n";
}

void ContentStream::line_to(double x, double y) {
    operand(x);
    operand(y);
    bytes_ += "l\n";
}

void ContentStream::curve_to(double x1, double y1, double x2, double y2, double x, double y) {
    operand(x1);
    operand(y1);
    operand(x2);
    operand(y2);
    operand(x);
    operand(y);
    bytes_ += "c\n";
}

void ContentStream::close_path() {
    bytes_ += "h\n";
}

void ContentStream::dash(const std::vector<double>& lengths) {
    if (lengths == dash_) {
        return;
    }
    bytes_ += '[';
    for (std::size_t index = 0; index < lengths.size(); ++index) {
        if (index > 0) {
            bytes_ += ' ';
        }
        number(lengths[index]);
    }
    bytes_ += "] 0 d\n";
    dash_ = lengths;
}

void ContentStream::fill() {
    bytes_ += "f\n";
}

void ContentStream::stroke() {
    bytes_ += "S\n";
}

void ContentStream::fill_and_stroke() {
    bytes_ += "B\n";
}

void ContentStream::save() {
    bytes_ += "q\n";
}

void ContentStream::restore() {
    bytes_ += "Q\n";
    fill_known_ = false;
    stroke_known_ = false;
    line_width_ = -1;
    font_name_.clear();
    font_size_ = -1;
    rise_ = 0;
    horizontal_scale_ = -1;
    dash_ = {-1}; // unknown: the next pattern is written
}

void ContentStream::image(std::string_view name, double x, double y, double width, double height) {
    save();
    operand(width);
    bytes_ += "0 0 ";
    operand(height);
    operand(x);
    operand(y);
    bytes_ += "cm\n/";
    bytes_ += name;
    bytes_ += " Do\n";
    // Q restores what q saved; nothing of the remembered state changed in between.
    bytes_ += "Q\n";
}

void ContentStream::begin_text() {
    bytes_ += "BT\n";
}

void ContentStream::end_text() {
    bytes_ += "ET\n";
}

void ContentStream::font(std::string_view name, double size) {
    if (name == font_name_ && size == font_size_) {
        return;
    }
    bytes_ += '/';
    bytes_ += name;
    bytes_ += ' ';
    operand(size);
    bytes_ += "Tf\n";
    font_name_ = std::string(name);
    font_size_ = size;
}

void ContentStream::text_position(double x, double y) {
    bytes_ += "1 0 0 1 ";
    operand(x);
    operand(y);
    bytes_ += "Tm\n";
}

void ContentStream::text_rise(double rise) {
    if (rise == rise_) {
        return;
    }
    operand(rise);
    bytes_ += "Ts\n";
    rise_ = rise;
}

void ContentStream::horizontal_scale(double scale) {
    if (std::fabs(scale - horizontal_scale_) < 1e-6) {
        return;
    }
    operand(scale * 100);
    bytes_ += "Tz\n";
    horizontal_scale_ = scale;
}

void ContentStream::begin_glyphs() {
    bytes_ += '[';
    in_glyphs_ = true;
    in_hex_ = false;
}

void ContentStream::hex_open_if_needed() {
    if (!in_hex_) {
        bytes_ += '<';
        in_hex_ = true;
    }
}

void ContentStream::glyph(std::uint16_t code) {
    hex_open_if_needed();
    bytes_ += hex_digits[(code >> 12) & 0xF];
    bytes_ += hex_digits[(code >> 8) & 0xF];
    bytes_ += hex_digits[(code >> 4) & 0xF];
    bytes_ += hex_digits[code & 0xF];
}

void ContentStream::adjustment(double thousandths) {
    if (std::fabs(thousandths) < 0.005) {
        return;
    }
    if (in_hex_) {
        bytes_ += '>';
        in_hex_ = false;
    } else if (bytes_.back() != '[') {
        bytes_ += ' ';
    }
    append_number(bytes_, thousandths, 2);
}

void ContentStream::end_glyphs() {
    if (in_hex_) {
        bytes_ += '>';
    }
    bytes_ += "]TJ\n";
    in_glyphs_ = false;
    in_hex_ = false;
}

void ContentStream::begin_marked(std::string_view tag, int mcid) {
    bytes_ += '/';
    bytes_ += tag;
    bytes_ += " <</MCID ";
    append_number(bytes_, mcid, 0);
    bytes_ += ">>BDC\n";
}

void ContentStream::begin_artifact(std::string_view type, std::string_view subtype) {
    bytes_ += "/Artifact <</Type /";
    bytes_ += type;
    if (!subtype.empty()) {
        bytes_ += " /Subtype /";
        bytes_ += subtype;
    }
    bytes_ += ">>BDC\n";
}

void ContentStream::begin_actual_text(const std::string& utf8, int mcid, std::string_view tag) {
    bytes_ += '/';
    bytes_ += mcid >= 0 ? tag : "Span";
    bytes_ += " <<";
    if (mcid >= 0) {
        bytes_ += "/MCID ";
        append_number(bytes_, mcid, 0);
        bytes_ += ' ';
    }
    bytes_ += "/ActualText <FEFF";
    append_utf16_hex(bytes_, utf8);
    bytes_ += ">>>BDC\n";
}

void ContentStream::end_marked() {
    bytes_ += "EMC\n";
}

} // namespace stadtsatz::pdf
