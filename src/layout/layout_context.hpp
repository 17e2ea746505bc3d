#pragma once

#include "images/image_store.hpp"
#include "layout/font_metrics.hpp"
#include "layout/page.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace stadtsatz::layout {

// A text style resolved to what the typesetter needs: a font file, size, leading and colour.
struct TextFormat {
    std::string family; // key into Style::fonts (after fallback)
    bool bold = false;
    bool italic = false;
    double size = 10;
    double leading = 14;
    model::Colour colour;
    model::HyphenationMinima hyphenation; // which hyphenation points a line may end at
};

// Shared state of one layout run: the document, its style, font metrics and diagnostics.
class LayoutContext {
public:
    LayoutContext(const model::Document& document, model::Diagnostics& diagnostics);

    const model::Document& document;
    const model::Style& style;
    model::Diagnostics& diagnostics;
    FontMetrics metrics;
    const images::ImageStore* images = nullptr; // decoded pictures, when the build has them
    // Tables built from the model during layout; handed to the LaidOutDocument (see there).
    std::shared_ptr<std::deque<model::Table>> built_tables =
        std::make_shared<std::deque<model::Table>>();

    // The font file of a family and face, with fallbacks (family -> "text" -> any family;
    // missing faces -> regular). Loads the file once and records it as used.
    std::string font_file(const std::string& family, bool bold, bool italic);

    // A named colour with fallbacks between English and German names, then "text", then black.
    model::Colour colour(const std::string& name) const;

    // `style` resolved; `bold`/`italic` are added to the style's own flags.
    TextFormat format(const model::TextStyle& text_style, bool bold = false,
                      bool italic = false) const;

    // The family for verbatim text: the code style's family, "code", or the text family.
    std::string code_family() const;
    // The family for headings and other display text (the level-1 heading's family).
    std::string display_family() const;

    // `text` shaped in `file` at `size` as one run at (0, 0): glyphs, width and units per em
    // set; the caller places it and says where it came from.
    TextRun shaped_run(const std::string& file, double size, const model::Colour& colour,
                       const std::string& text, const SourceNode& source);

    // Warns when `file` lacks a glyph for a character of `text` (once per character and
    // source file), at the character's own line and column when `position` is where `text`
    // starts (text of several lines starts at a line's first column); the warning names the
    // fallback font that draws it instead, if any. False when a character is missing.
    bool check_glyphs(const std::string& file, const std::string& text,
                      const model::SourcePosition& position);

    // Whether `file` is a font that could be read (loads it once and records it as used).
    bool can_draw(const std::string& file);

    // The first of the style's fallback fonts that has a glyph for `code_point`; empty when
    // none has.
    std::string fallback_font(char32_t code_point);

    // `size`, or the style's mindestgroesse when that is larger: for text the layout makes
    // at a size of its own (title page, imprint, labels, inline code).
    double readable_size(double size) const { return std::max(size, style.setting.minimum_size); }

    double text_width() const;  // width of the type area
    double text_top() const;    // y of the type area's top edge
    double text_bottom() const; // y of the type area's bottom edge
    // Left edge of the type area: the inner margin on right-hand (odd) pages.
    double text_left(int page_number) const;

    std::vector<std::string> used_fonts; // in first-use order
    std::vector<ChartFigure> charts;     // the charts laid out so far, in flow order

private:
    std::string resolve_family(const std::string& family) const;
    // Per source file, the missing characters already reported.
    std::unordered_map<std::string, std::unordered_set<char32_t>> reported_glyphs_;
};

// A colour mixed with white: 0 = white, 1 = the colour itself.
model::Colour tint(const model::Colour& colour, double strength);

// Pure white (paper), for text on coloured bands.
model::Colour white();

} // namespace stadtsatz::layout
