#include "layout/toc_layout.hpp"

#include "layout/inline_collection.hpp"
#include "model/marked_words.hpp"

#include <algorithm>
#include <cmath>

namespace stadtsatz::layout {

std::vector<Slice> lay_out_contents(LayoutContext& context, const PageNumberLookup& page_of) {
    std::vector<Slice> slices;
    const model::Style& style = context.style;
    const double width = context.text_width();
    const TextFormat heading = context.format(style.headings[0]);
    const TextFormat body = context.format(style.body);
    const std::string display = context.display_family();
    const model::Colour accent = context.colour("accent");

    // The heading "Inhalt" in the chapter-title look.
    Slice title;
    Rectangle bar;
    bar.width = 36;
    bar.height = 4;
    bar.fill = accent;
    title.items.push_back(bar);
    SourceNode contents_title{};
    contents_title.part = NodePart::ContentsTitle;
    TextRun title_run =
        context.shaped_run(context.font_file(heading.family, heading.bold, heading.italic),
                           heading.size, heading.colour, "Inhalt", contents_title);
    title_run.baseline = 14 + heading.size * 0.9;
    title.items.push_back(title_run);
    title.height = title_run.baseline + heading.size * 0.4;
    title.space_after = heading.size * 1.2;
    title.keep_with_next = true;
    slices.push_back(title);

    for (const model::TocEntry& entry : context.document.toc) {
        if (entry.level > 2) {
            continue;
        }
        const bool chapter = entry.level <= 1;
        const double size = chapter ? body.size * 1.05 : body.size;
        const double leading = chapter ? body.leading * 1.1 : body.leading;
        const double indent = chapter ? 0 : 26;
        const double number_width = chapter ? 26 : 30;
        RunFormat format;
        format.font_file = context.font_file(chapter ? display : body.family, chapter, false);
        format.size = size;
        format.colour = body.colour;
        format.link = "#" + entry.id;
        format.units_per_em = context.metrics.units_per_em(format.font_file);
        format.source.toc_entry = &entry;
        RunFormat number_format = format;
        number_format.colour = accent;
        context.check_glyphs(format.font_file, entry.title, style.position);

        const std::optional<int> page = page_of(entry.id);
        const std::string page_text = page ? std::to_string(*page) : std::string();
        const double page_width = context.metrics.width(format.font_file, page_text, size);
        const double reserved = 34; // right column for the page number and the leader's end
        const double title_left = indent + (entry.number.empty() ? 0 : number_width);
        const double title_width = width - title_left - reserved;

        Paragraph paragraph;
        const double space = context.metrics.width(format.font_file, " ", size);
        append_text(paragraph, entry.title, format, context, space, {}, {},
                    model::find_marked_words(entry.title, context.document.marked_compounds));
        finish_paragraph(paragraph);
        const auto lines =
            typeset(std::move(paragraph), title_width, LineAlignment::Left, context.metrics);
        std::vector<Slice> entry_slices;
        add_lines(entry_slices, lines, title_left, size, leading, 0, 0);
        if (entry_slices.empty()) {
            continue;
        }
        const double baseline = size * 0.76 + (leading - size) / 2;
        if (!entry.number.empty()) {
            SourceNode label = format.source;
            label.part = NodePart::Label;
            TextRun number =
                context.shaped_run(format.font_file, size, accent, entry.number, label);
            number.x = indent;
            number.baseline = baseline;
            entry_slices.front().items.push_back(number);
        }
        Slice& last = entry_slices.back();
        const double text_end = title_left + (lines.empty() ? 0 : lines.back().width);
        // Dot leader: one run of ". " on a fixed grid, so the leaders of all entries line up.
        const std::string dot_file = context.font_file(body.family, false, false);
        const double dot_step = context.metrics.width(dot_file, ". ", size);
        const double leader_end = width - std::max(page_width, size * 1.2) - size * 0.4;
        const double leader_start = std::ceil((text_end + size * 0.5) / dot_step) * dot_step;
        const int dots = static_cast<int>(std::floor((leader_end - leader_start) / dot_step));
        if (dots > 0) {
            std::string dots_text;
            for (int count = 0; count < dots; ++count) {
                dots_text += count + 1 < dots ? ". " : ".";
            }
            SourceNode decoration = format.source;
            decoration.part = NodePart::Decoration;
            TextRun leader =
                context.shaped_run(dot_file, size, tint(body.colour, 0.5), dots_text, decoration);
            leader.x = leader_start;
            leader.baseline = baseline;
            last.items.push_back(leader);
        }
        if (!page_text.empty()) {
            SourceNode reference = format.source;
            reference.part = NodePart::PageReference;
            TextRun number = context.shaped_run(
                format.font_file, size, chapter ? accent : body.colour, page_text, reference);
            number.x = width - page_width;
            number.baseline = baseline;
            last.items.push_back(number);
        }
        // One link area over the whole entry, whichever line the reader clicks.
        for (Slice& slice : entry_slices) {
            slice.links.clear();
            LinkArea area;
            area.x = indent;
            area.y = 0;
            area.width = width - indent;
            area.height = slice.height;
            area.target = "#" + entry.id;
            area.source = format.source;
            slice.links.push_back(area);
            slice.keep_with_next = true;
        }
        entry_slices.back().keep_with_next = false;
        entry_slices.front().space_before = chapter ? body.leading * 0.7 : 1;
        slices.insert(slices.end(), entry_slices.begin(), entry_slices.end());
    }
    return slices;
}

} // namespace stadtsatz::layout
