#include "layout/front_matter.hpp"

#include "layout/inline_collection.hpp"
#include "layout/slice.hpp"
#include "text/german_format.hpp"

#include <algorithm>

namespace stadtsatz::layout {
namespace {

// Sets `text` in lines of `width` at (x, top) and returns the y below the last line. Each
// text placed on a page is a paragraph of its own for the structure tree.
double place_text(Page& page, LayoutContext& context, const std::string& text,
                  const RunFormat& format, double x, double top, double width, double leading) {
    if (text.empty()) {
        return top;
    }
    context.check_glyphs(format.font_file, text, context.style.position);
    RunFormat line_format = format;
    line_format.source.part = NodePart::FrontMatter;
    line_format.source.row = static_cast<int>(page.items.size());
    Paragraph paragraph;
    append_text(paragraph, text, line_format, context,
                context.metrics.width(format.font_file, " ", format.size));
    finish_paragraph(paragraph);
    const auto lines = typeset(std::move(paragraph), width, LineAlignment::Left, context.metrics);
    std::vector<Slice> slices;
    // A size raised to the style's mindestgroesse keeps lines apart.
    leading = std::max(leading, format.size * 1.2);
    add_lines(slices, lines, 0, format.size, leading, 0, 0);
    double y = top;
    for (const Slice& slice : slices) {
        for (PageItem item : slice.items) {
            translate(item, x, y);
            page.items.push_back(std::move(item));
        }
        y += slice.height;
    }
    return y;
}

RunFormat format_of(LayoutContext& context, const std::string& family, bool bold, double size,
                    const model::Colour& colour) {
    RunFormat format;
    format.font_file = context.font_file(family, bold, false);
    format.size = context.readable_size(size);
    format.colour = colour;
    format.units_per_em = context.metrics.units_per_em(format.font_file);
    return format;
}

} // namespace

Page lay_out_title_page(LayoutContext& context) {
    const model::Style& style = context.style;
    const model::Metadata& metadata = context.document.metadata;
    const std::string display = context.display_family();
    const model::Colour accent = context.colour("accent");
    const double left = context.text_left(1);
    const double width = context.text_width();
    Page page;
    page.number = 1;
    page.role = PageRole::Title;

    const double band_height = style.page_height * 0.46;
    Rectangle band;
    band.width = style.page_width;
    band.height = band_height;
    band.fill = accent;
    band.bleed = {true, true, true, false};
    page.items.push_back(band);

    double y = style.margin_top;
    y = place_text(page, context, metadata.publisher,
                   format_of(context, display, true, 12, white()), left, y, width, 16);
    Rule rule;
    rule.x1 = left;
    rule.x2 = left + 40;
    rule.y1 = rule.y2 = y + 8;
    rule.line_width = 2;
    rule.colour = white();
    page.items.push_back(rule);

    // Title and subtitle sit at the foot of the band.
    const RunFormat title_format = format_of(context, display, true, 30, white());
    const RunFormat subtitle_format = format_of(context, display, false, 15, tint(white(), 1));
    Page scratch;
    const double title_height =
        place_text(scratch, context, metadata.title, title_format, 0, 0, width, 36);
    const double subtitle_height =
        place_text(scratch, context, metadata.subtitle, subtitle_format, 0, 0, width, 20);
    y = band_height - 36 - subtitle_height - 10 - title_height;
    y = place_text(page, context, metadata.title, title_format, left, y, width, 36);
    place_text(page, context, metadata.subtitle, subtitle_format, left, y + 10, width, 20);

    y = band_height + 36;
    y = place_text(page, context, context.document.edition_title,
                   format_of(context, display, true, 13, accent), left, y, width, 18);
    y = place_text(page, context, text::german_long_date(metadata.date),
                   format_of(context, display, false, 11, context.colour("text")), left, y + 2,
                   width, 16);

    if (!metadata.sample_notice.empty()) {
        const double padding = 12;
        const RunFormat label = format_of(context, display, true, 10, accent);
        const RunFormat notice = format_of(context, display, false, 10, context.colour("text"));
        const double inner = width - 2 * padding;
        const double label_height =
            place_text(scratch, context, "MUSTERINHALT", label, 0, 0, inner, 14);
        const double notice_height =
            place_text(scratch, context, metadata.sample_notice, notice, 0, 0, inner, 14);
        const double box_height = 2 * padding + label_height + 4 + notice_height;
        const double box_top = style.page_height - style.margin_bottom - box_height;
        Rectangle box;
        box.x = left;
        box.y = box_top;
        box.width = width;
        box.height = box_height;
        box.fill = tint(accent, 0.08);
        box.stroked = true;
        box.stroke = accent;
        box.line_width = 1;
        page.items.push_back(box);
        double text_y = place_text(page, context, "MUSTERINHALT", label, left + padding,
                                   box_top + padding, inner, 14);
        place_text(page, context, metadata.sample_notice, notice, left + padding, text_y + 4, inner,
                   14);
    }

    Rectangle foot;
    foot.y = style.page_height - 14;
    foot.width = style.page_width;
    foot.height = 14;
    foot.fill = accent;
    foot.bleed = {true, true, false, true};
    page.items.push_back(foot);
    return page;
}

Page lay_out_imprint_page(LayoutContext& context) {
    const model::Style& style = context.style;
    const model::Metadata& metadata = context.document.metadata;
    const std::string display = context.display_family();
    const double left = context.text_left(2);
    const double width = context.text_width();
    Page page;
    page.number = 2;
    page.role = PageRole::Imprint;
    const TextFormat body = context.format(style.body);
    const RunFormat line_format =
        format_of(context, body.family, false, body.size * 0.9, body.colour);
    const double leading = body.leading * 0.95;

    // The imprint sits at the foot of the page, as usual for brochures.
    Page scratch;
    double height = 30;
    for (const auto& line : metadata.imprint_lines) {
        height += place_text(scratch, context, line, line_format, 0, 0, width, leading) + 4;
    }
    double y = std::max(style.margin_top, style.page_height - style.margin_bottom - height);
    Rule rule;
    rule.x1 = left;
    rule.x2 = left + 36;
    rule.y1 = rule.y2 = y;
    rule.line_width = 3;
    rule.colour = context.colour("accent");
    page.items.push_back(rule);
    y = place_text(page, context, "Impressum",
                   format_of(context, display, true, 13, context.colour("accent")), left, y + 8,
                   width, 18);
    y += 6;
    for (const auto& line : metadata.imprint_lines) {
        y = place_text(page, context, line, line_format, left, y, width, leading) + 4;
    }
    return page;
}

} // namespace stadtsatz::layout
