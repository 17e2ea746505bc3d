#include "pdf/page_content.hpp"

#include "pdf/content_stream.hpp"

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
                mark(shape_tag(box->source), false);
                draw_rectangle(*box);
            } else if (const auto* rule = std::get_if<layout::Rule>(&item)) {
                mark(shape_tag(rule->source), false);
                draw_rule(*rule);
            } else if (const auto* picture = std::get_if<layout::Picture>(&item)) {
                draw_picture(*picture);
            }
        }
        close_mark();
        for (const layout::PageItem& item : page.items) {
            if (const auto* run = std::get_if<layout::TextRun>(&item)) {
                draw_run(*run);
            }
        }
        close_mark();
        return out_.bytes();
    }

private:
    ItemTag shape_tag(const layout::SourceNode& source) const {
        ItemTag tag;
        tag.artifact = true;
        if (source.part == layout::NodePart::Pagination) {
            tag.artifact_type = "Pagination";
        }
        return tag;
    }

    // Opens the marked content for `tag` unless it is open already; `text` keeps a text
    // object open inside it.
    void mark(const ItemTag& tag, bool text) {
        if (structure_ == nullptr) {
            if (text && !in_text_) {
                out_.begin_text();
                in_text_ = true;
            }
            return;
        }
        if (!mark_.same(tag)) {
            close_mark();
            if (tag.artifact) {
                out_.begin_artifact(tag.artifact_type, tag.artifact_subtype);
            } else {
                const int mcid = static_cast<int>(mcid_elements_.size());
                mcid_elements_.push_back(tag.element);
                structure_->add_marked_content(tag.element, page_index_, mcid);
                out_.begin_marked(
                    structure_->elements()[static_cast<std::size_t>(tag.element)].type, mcid);
            }
            mark_.open = true;
            mark_.artifact = tag.artifact;
            mark_.artifact_type = tag.artifact_type;
            mark_.artifact_subtype = tag.artifact_subtype;
            mark_.element = tag.element;
        }
        if (text && !in_text_) {
            out_.begin_text();
            in_text_ = true;
        }
    }

    void close_mark() {
        if (in_text_) {
            out_.end_text();
            in_text_ = false;
        }
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

    void draw_picture(const layout::Picture& picture) {
        const std::string name = names_.image(picture.file);
        if (name.empty()) {
            return; // reported when the image was prepared
        }
        ItemTag tag;
        if (structure_ != nullptr) {
            tag = structure_->tag_picture(picture.source);
        }
        mark(tag, false);
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
        }
        mark(tag, true);
        out_.font(names_.font(run.font_file), run.size);
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
        std::size_t index = 0;
        while (index < run.glyphs.size()) {
            // One cluster: the glyphs that draw the same characters.
            std::size_t end = index + 1;
            while (end < run.glyphs.size() &&
                   run.glyphs[end].cluster == run.glyphs[index].cluster) {
                ++end;
            }
            const std::string text = cluster_text(run, index);
            const auto cid_of = [&](std::size_t glyph) {
                const auto cid = program.cid_of.find(run.glyphs[glyph].id);
                return cid == program.cid_of.end() ? std::uint16_t{0} : cid->second;
            };
            // A cluster the ToUnicode map gives back exactly needs nothing more; any other
            // (a hyphen added by line breaking, a no-break space drawn with the space glyph,
            // several glyphs for one character) carries its text as /ActualText.
            const bool mapped = end == index + 1 && program.text_of_cid[cid_of(index)] == text;
            if (!mapped && structure_ != nullptr) {
                close();
                out_.begin_actual_text(text);
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
            if (!mapped && structure_ != nullptr) {
                close();
                out_.end_marked();
            }
            index = end;
        }
        close();
    }

    std::size_t page_index_;
    const PageGeometry& geometry_;
    const FontPrograms& fonts_;
    const ResourceNames& names_;
    StructureTree* structure_;
    std::vector<int>& mcid_elements_;
    ContentStream out_;
    OpenMark mark_;
    bool in_text_ = false;
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
