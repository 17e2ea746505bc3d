#pragma once

#include "layout/page.hpp"
#include "model/document.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace stadtsatz::pdf {

// A kid of a structure element: another element, a marked-content sequence on a page, or a
// link annotation (OBJR).
struct StructureKid {
    enum class Kind { Element, MarkedContent, Annotation };
    Kind kind = Kind::Element;
    int element = -1;     // Element: index into StructureTree::elements()
    std::size_t page = 0; // MarkedContent, Annotation: 0-based page
    int mcid = -1;        // MarkedContent
    int annotation = -1;  // Annotation: the writer's number for it
};

// One element of the tagged PDF's logical structure, with a standard structure type.
struct StructureElement {
    std::string type; // Document, Sect, Div, H1…H6, P, L, LI, Lbl, LBody, Table, TR, TH, …
    int parent = -1;
    std::vector<StructureKid> kids; // in reading order
    std::string alternative;        // Figure: /Alt from the image's alternative text
    std::string note_id;            // Note: /ID
    std::string scope;              // TH: /Scope (Column)
    std::string title;              // Sect of a chapter: /T, the chapter title
    std::optional<std::array<double, 4>> bounding_box; // Figure on one page: /BBox, PDF units
    int bounding_box_page = -1; // the page of `bounding_box`; -1 once the figure spans pages
};

// How a drawn item is marked in the content stream.
struct ItemTag {
    bool artifact = false;
    const char* artifact_type = "Layout"; // Layout or Pagination
    const char* artifact_subtype = "";    // Header or Footer for pagination, else empty
    int element = -1;                     // the element whose content the item is
};

// The logical structure of a document for PDF/UA: built from the model (chapters, blocks,
// fields of action, footnotes, table of contents) before anything is drawn; the page writer
// then asks, for every drawn item, which element it belongs to (from its SourceNode) and adds
// its marked content and annotations in drawing order. Inline elements (links) and front
// matter paragraphs are created when first drawn, so they sit where their text is.
class StructureTree {
public:
    StructureTree(const model::Document& document, const layout::LaidOutDocument& pages);

    // The tag of an item on page `page`: a text run or picture belongs to an element, shapes
    // and page furniture are artifacts. `top` is the item's top in layout units (y down),
    // to tell a running header from a page number.
    ItemTag tag_text(const layout::SourceNode& source, std::size_t page, double top);
    ItemTag tag_picture(const layout::SourceNode& source);

    // Records a marked-content sequence as the next kid of `element`.
    void add_marked_content(int element, std::size_t page, int mcid);
    // The Link element an annotation of `source` belongs to (its OBJR kid is added), or -1.
    int add_annotation(const layout::SourceNode& source, std::size_t page, int annotation);
    // A figure drawn at `box` (PDF units) on `page`; boxes of several pieces on one page
    // widen it. Ignored for elements that are no Figure.
    void place_figure(int element, std::size_t page, const std::array<double, 4>& box);

    // Drops elements that received no content (and parents left empty by that); table
    // rows and cells stay, so every row has all its cells.
    void prune();

    const std::vector<StructureElement>& elements() const { return elements_; }
    // Items that matched no element and were tagged to the nearest container instead.
    int unmatched() const { return unmatched_; }

private:
    // A model node and the part of it an element stands for.
    using Key = std::tuple<const void*, layout::NodePart, int, int>;

    int add(const std::string& type, int parent);
    void bind(const Key& key, int element);
    int find(const Key& key) const;

    void walk_blocks(const model::Blocks& blocks, int parent);
    void walk_block(const model::Block& block, int parent);
    void add_table(const void* node, const model::Table* table, std::size_t rows,
                   std::size_t columns, int parent);
    void add_field_of_action(const model::Block& block, int parent);
    void add_measure(const model::Measure& measure, int parent);
    // The Div with Caption and Figure of the chart `row` of `node`, when it was laid out.
    void add_chart(const void* node, int row, int parent);
    void add_notes_for(const model::Inlines& inlines, int parent);
    void add_note(const model::Footnote& footnote, int parent);

    // The model node whose elements a drawn item belongs to: the innermost the layout set.
    static const void* node_of(const layout::SourceNode& source);
    // The element of a content item, or -1.
    int element_of(const layout::SourceNode& source, std::size_t page);
    // The element a run inside `link` goes to: the Link element in `container`.
    int link_element(const model::Inline* link, int container);

    const model::Document& document_;
    std::vector<StructureElement> elements_;
    std::map<Key, int> by_key_;
    std::map<std::size_t, int> front_matter_of_page_; // page -> its Sect
    std::map<std::pair<std::size_t, int>, int> front_matter_paragraphs_;
    std::map<const model::Inline*, int> links_;
    std::map<std::string, bool> notes_added_;
    // A chart laid out: the node and row its items carry, and its text alternative.
    struct ChartAlternative {
        const void* node = nullptr;
        int row = -1;
        std::string summary;
    };
    std::vector<ChartAlternative> charts_; // from LaidOutDocument::charts
    int unmatched_ = 0;
};

} // namespace stadtsatz::pdf
