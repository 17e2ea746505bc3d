#include "pdf/page_content.hpp"

#include "pdf/content_stream.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace stadtsatz::pdf {
namespace {

// The marked-content sequence currently open in the content stream.
struct OpenMark {
    bool open = false;
    bool artifact = false;
    std::string artifact_type;
    std::string artifact_subtype;
    int element = -1;

    bool same(const ItemTag& tag) const {
        return open && tag.artifact == artifact &&
               (artifact
                    ? artifact_type == tag.artifact_type && artifact_subtype == tag.artifact_subtype
                    : element == tag.element);
    }
};

class PageDrawer {
public:
    PageDrawer(std::size_t page_index, const PageGeometry& geometry, const FontPrograms& fonts,
               const ResourceNames& names, StructureTree* structure,
               std::vector<int>& mcid_elements)
        : page_index_(page_index), geometry_(geometry), fonts_(fonts), names_(names),
          structure_(structure), mcid_elements_(mcid_elements), out_(geometry.cmyk) {}

    std::string draw(const layout::Page& page) {
        for (const layout::PageItem& item : page.items) {
            if (const auto* box = std::get_if<layout::Rectangle>(&item)) {
                mark(shape_tag(box->source,
                               {geometry_.x(box->x), geometry_.y(box->y + box->height),
                                geometry_.x(box->x + box->width), geometry_.y(box->y)}));
                draw_rectangle(*box);
            } else if (const auto* path = std::get_if<layout::Path>(&item)) {
                mark(shape_tag(path->source, path_box(*path)));
                draw_path(*path);
            } else if (const auto* rule = std::get_if<layout::Rule>(&item)) {
                mark(shape_tag(rule->source, {geometry_.x(std::min(rule->x1, rule->x2)),
                                              geometry_.y(std::max(rule->y1, rule->y2)),
                                              geometry_.x(std::max(rule->x1, rule->x2)),
                                              geometry_.y(std::min(rule->y1, rule->y2))}));
                draw_rule(*rule);
            } else if (const auto* picture = std::get_if<layout::Picture>(&item)) {
                draw_picture(*picture);
            }
        }
        close_mark();
        // All text in one text object; marked content nests inside it, as PDF allows.
        bool any_text = false;
        for (const layout::PageItem& item : page.items) {
            if (const auto* run = std::get_if<layout::TextRun>(&item)) {
                if (!any_text && !run->glyphs.empty()) {
                    out_.begin_text();
                    any_text = true;
                }
                draw_run(*run);
            }
        }
        close_mark();
        if (any_text) {
            out_.end_text();
        }
        return out_.bytes();
    }

private:
    // The tag of a shape: the marks of a chart are the content of its Figure (their box, in
    // PDF units, widens the Figure's /BBox), any other shape is an artifact.
    ItemTag shape_tag(const layout::SourceNode& source, const std::array<double, 4>& box) {
        if (structure_ != nullptr && source.part == layout::NodePart::Chart) {
            ItemTag tag = structure_->tag_text(source, page_index_, 0);
            structure_->place_figure(tag.element, page_index_, box);
            return tag;
        }
        ItemTag tag;
        tag.artifact = true;
        if (source.part == layout::NodePart::Pagination) {
            tag.artifact_type = "Pagination";
        }
        return tag;
    }

    // A new MCID of `element` on this page, recorded in the structure tree.
    int next_mcid(int element) {
        const int mcid = static_cast<int>(mcid_elements_.size());
        mcid_elements_.push_back(element);
        structure_->add_marked_content(element, page_index_, mcid);
        return mcid;
    }

    const std::string& type_of(int element) const {
        return structure_->elements()[static_cast<std::size_t>(element)].type;
    }

    // Opens the marked content for `tag` unless it is open already (tagged PDF only).
    void mark(const ItemTag& tag) {
        if (structure_ == nullptr || mark_.same(tag)) {
            return;
        }
        close_mark();
        if (tag.artifact) {
            out_.begin_artifact(tag.artifact_type, tag.artifact_subtype);
        } else {
            out_.begin_marked(type_of(tag.element), next_mcid(tag.element));
        }
        mark_.open = true;
        mark_.artifact = tag.artifact;
        mark_.artifact_type = tag.artifact_type;
        mark_.artifact_subtype = tag.artifact_subtype;
        mark_.element = tag.element;
    }

    // Ends the open sequence and starts one carrying `text` as /ActualText: with an MCID of
    // the same element for content, or nested in the artifact for an artifact.
    void begin_actual_text(const ItemTag& tag, const std::string& text) {
        if (tag.artifact) {
            out_.begin_actual_text(text, -1, {});
            return;
        }
        close_mark();
        out_.begin_actual_text(text, next_mcid(tag.element), type_of(tag.element));
    }

    // Ends the /ActualText sequence; the element's content goes on in a new sequence that
    // opens with the next glyph.
    void end_actual_text() { out_.end_marked(); }

    void close_mark() {
        if (mark_.open) {
            out_.end_marked();
            mark_.open = false;
        }
    }

    void draw_rectangle(const layout::Rectangle& box) {
        double left = box.x;
        double top = box.y;
        double right = box.x + box.width;
        double bottom = box.y + box.height;
        if (geometry_.bleed > 0) {
            left -= box.bleed.left ? geometry_.bleed : 0;
            right += box.bleed.right ? geometry_.bleed : 0;
            top -= box.bleed.top ? geometry_.bleed : 0;
            bottom += box.bleed.bottom ? geometry_.bleed : 0;
        }
        if (box.filled) {
            out_.fill_colour(box.fill);
        }
        if (box.stroked) {
            out_.stroke_colour(box.stroke);
            out_.line_width(box.line_width);
        }
        out_.rectangle(geometry_.x(left), geometry_.y(bottom), right - left, bottom - top);
        if (box.filled && box.stroked) {
            out_.fill_and_stroke();
        } else if (box.filled) {
            out_.fill();
        } else {
            out_.stroke();
        }
    }

    void draw_rule(const layout::Rule& rule) {
        out_.stroke_colour(rule.colour);
        out_.line_width(rule.line_width);
        out_.move_to(geometry_.x(rule.x1), geometry_.y(rule.y1));
        out_.line_to(geometry_.x(rule.x2), geometry_.y(rule.y2));
        out_.stroke();
    }

    // The box around a path's points (control points included), in PDF units, widened by
    // half its line width.
    std::array<double, 4> path_box(const layout::Path& path) const {
        double left = 1e9;
        double top = 1e9;
        double right = -1e9;
        double bottom = -1e9;
        auto include = [&](double x, double y) {
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        };
        for (const layout::PathSegment& segment : path.segments) {
            if (segment.kind == layout::PathSegment::Kind::Close) {
                continue;
            }
            include(segment.x, segment.y);
            if (segment.kind == layout::PathSegment::Kind::CurveTo) {
                include(segment.control1_x, segment.control1_y);
                include(segment.control2_x, segment.control2_y);
            }
        }
        const double half = path.stroked ? path.line_width / 2 : 0;
        return {geometry_.x(left - half), geometry_.y(bottom + half), geometry_.x(right + half),
                geometry_.y(top - half)};
    }

    void draw_path(const layout::Path& path) {
        if (path.segments.empty() || (!path.filled && !path.stroked)) {
            return;
        }
        if (path.filled) {
            out_.fill_colour(path.fill);
        }
        if (path.stroked) {
            out_.stroke_colour(path.stroke);
            out_.line_width(path.line_width);
            out_.dash(path.dash);
        }
        for (const layout::PathSegment& segment : path.segments) {
            switch (segment.kind) {
            case layout::PathSegment::Kind::MoveTo:
                out_.move_to(geometry_.x(segment.x), geometry_.y(segment.y));
                break;
            case layout::PathSegment::Kind::LineTo:
                out_.line_to(geometry_.x(segment.x), geometry_.y(segment.y));
                break;
            case layout::PathSegment::Kind::CurveTo:
                out_.curve_to(geometry_.x(segment.control1_x), geometry_.y(segment.control1_y),
                              geometry_.x(segment.control2_x), geometry_.y(segment.control2_y),
                              geometry_.x(segment.x), geometry_.y(segment.y));
                break;
            case layout::PathSegment::Kind::Close:
                out_.close_path();
                break;
            }
        }
        if (path.filled && path.stroked) {
            out_.fill_and_stroke();
        } else if (path.filled) {
            out_.fill();
        } else {
            out_.stroke();
        }
    }

    void draw_picture(const layout::Picture& picture) {
        const std::string name = names_.image(picture.file);
        if (name.empty()) {
            return; // reported when the image was prepared
        }
        ItemTag tag;
        if (structure_ != nullptr) {
            tag = structure_->tag_picture(picture.source);
        }
        mark(tag);
        const double left = geometry_.x(picture.x);
        const double bottom = geometry_.y(picture.y + picture.height);
        out_.image(name, left, bottom, picture.width, picture.height);
        if (structure_ != nullptr && !tag.artifact) {
            structure_->place_figure(tag.element, page_index_,
                                     {left, bottom, left + picture.width, bottom + picture.height});
        }
    }

    void draw_run(const layout::TextRun& run) {
        if (run.glyphs.empty() || run.font_file.empty()) {
            return;
        }
        const auto found = fonts_.find(run.font_file);
        if (found == fonts_.end()) {
            return; // the font could not be embedded: reported when it was prepared
        }
        const FontProgram& program = found->second;
        ItemTag tag;
        if (structure_ != nullptr) {
            tag = structure_->tag_text(run.source, page_index_, run.baseline);
            if (run.source.part == layout::NodePart::Chart && !tag.artifact) {
                structure_->place_figure(
                    tag.element, page_index_,
                    {geometry_.x(run.x), geometry_.y(run.baseline + run.size * 0.25),
                     geometry_.x(run.x + run.width), geometry_.y(run.baseline - run.size * 0.8)});
            }
        }
        if (tag.artifact) {
            mark(tag); // an artifact's /ActualText spans nest inside it
        }
        out_.font(names_.font(run.font_file), run.size);
        out_.horizontal_scale(run.horizontal_scale);
        out_.fill_colour(run.colour);
        out_.text_position(geometry_.x(run.x), geometry_.y(run.baseline));
        const double to_thousandths = 1000 / run.units_per_em;
        bool in_glyphs = false;
        auto open = [&] {
            if (!in_glyphs) {
                out_.begin_glyphs();
                in_glyphs = true;
            }
        };
        auto close = [&] {
            if (in_glyphs) {
                out_.end_glyphs();
                in_glyphs = false;
            }
        };
        // A marked compound (Integrations·konzept) reads as its unsplit word: its glyphs go
        // into one /ActualText sequence, in which no cluster needs one of its own.
        auto next_span = run.actual_texts.begin();
        bool in_span = false;
        auto end_span = [&] {
            if (in_span) {
                close();
                out_.end_marked(); // the /Span; the element's sequence goes on
                in_span = false;
                ++next_span;
            }
        };
        std::size_t index = 0;
        while (index < run.glyphs.size()) {
            // One cluster: the glyphs that draw the same characters.
            std::size_t end = index + 1;
            while (end < run.glyphs.size() &&
                   run.glyphs[end].cluster == run.glyphs[index].cluster) {
                ++end;
            }
            const std::size_t cluster = run.glyphs[index].cluster;
            if (in_span && cluster >= next_span->end) {
                end_span();
            }
            while (!in_span && next_span != run.actual_texts.end() && next_span->end <= cluster) {
                ++next_span; // a span without glyphs of its own
            }
            if (!in_span && next_span != run.actual_texts.end() && cluster >= next_span->begin) {
                close();
                begin_span_text(tag, next_span->text);
                in_span = true;
            }
            const std::string text = cluster_text(run, index);
            const auto cid_of = [&](std::size_t glyph) {
                const auto cid = program.cid_of.find(run.glyphs[glyph].id);
                return cid == program.cid_of.end() ? std::uint16_t{0} : cid->second;
            };
            // A cluster the ToUnicode map gives back exactly needs nothing more; any other
            // (a hyphen added by line breaking, a no-break space drawn with the space glyph,
            // several glyphs for one character) carries its text as /ActualText, in a
            // marked-content sequence of its own (not nested: readers of the structure then
            // still see the whole of the surrounding sequence).
            const bool mapped = end == index + 1 && program.text_of_cid[cid_of(index)] == text;
            const bool actual_text = !mapped && structure_ != nullptr && !in_span;
            if (in_span) {
                // inside the compound's sequence: nothing to open
            } else if (actual_text) {
                close();
                begin_actual_text(tag, text);
            } else if (!mark_.same(tag) && structure_ != nullptr) {
                close(); // marked content opens only where glyphs follow: never empty
                mark(tag);
            }
            for (std::size_t glyph = index; glyph < end; ++glyph) {
                const layout::Glyph& shaped = run.glyphs[glyph];
                const std::uint16_t cid = cid_of(glyph);
                const double width = program.width_of_cid[cid];
                const double advance = shaped.advance * to_thousandths;
                const double x_offset = shaped.x_offset * to_thousandths;
                if (shaped.y_offset != 0) {
                    close();
                    out_.text_rise(shaped.y_offset * run.size / run.units_per_em);
                }
                open();
                out_.adjustment(-x_offset);
                out_.glyph(cid);
                out_.adjustment(width - advance + x_offset);
                if (shaped.y_offset != 0) {
                    close();
                    out_.text_rise(0);
                }
            }
            if (actual_text) {
                close();
                end_actual_text();
            }
            index = end;
        }
        end_span();
        close();
    }

    // Opens the /ActualText sequence of a marked compound: a /Span nested in the open
    // sequence of its element (poppler, like most readers, takes /ActualText from a /Span), or
    // on its own in an untagged PDF.
    void begin_span_text(const ItemTag& tag, const std::string& text) {
        mark(tag);
        out_.begin_actual_text(text, -1, {});
    }

    std::size_t page_index_;
    const PageGeometry& geometry_;
    const FontPrograms& fonts_;
    const ResourceNames& names_;
    StructureTree* structure_;
    std::vector<int>& mcid_elements_;
    ContentStream out_;
    OpenMark mark_;
};

} // namespace

std::string draw_page(const layout::Page& page, std::size_t page_index,
                      const PageGeometry& geometry, const FontPrograms& fonts,
                      const ResourceNames& names, StructureTree* structure,
                      std::vector<int>& mcid_elements) {
    PageDrawer drawer(page_index, geometry, fonts, names, structure, mcid_elements);
    return drawer.draw(page);
}

} // namespace stadtsatz::pdf
