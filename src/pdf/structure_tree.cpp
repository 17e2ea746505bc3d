#include "pdf/structure_tree.hpp"

#include "layout/measure_facts.hpp"

#include <algorithm>

namespace stadtsatz::pdf {

using layout::NodePart;

namespace {

// Footnote ids referenced in `inlines`, in reading order.
void collect_footnote_references(const model::Inlines& inlines, std::vector<std::string>& ids) {
    for (const model::Inline& node : inlines) {
        if (node.kind == model::InlineKind::FootnoteReference) {
            ids.push_back(node.target);
        }
        collect_footnote_references(node.children, ids);
    }
}

// Elements that keep their place even without content: a table stays a regular grid.
bool kept_when_empty(const std::string& type) {
    return type == "TR" || type == "TH" || type == "TD" || type == "THead" || type == "TBody";
}

} // namespace

StructureTree::StructureTree(const model::Document& document, const layout::LaidOutDocument& pages)
    : document_(document) {
    for (const layout::ChartFigure& chart : pages.charts) {
        charts_.push_back({node_of(chart.source), chart.source.row, chart.summary});
    }
    const int root = add("Document", -1);
    for (std::size_t page = 0; page < pages.pages.size(); ++page) {
        const layout::PageRole role = pages.pages[page].role;
        if (role == layout::PageRole::Title || role == layout::PageRole::Imprint) {
            front_matter_of_page_[page] = add("Sect", root);
        }
    }
    // The table of contents: its heading (a heading of the first level, as it looks), then
    // one TOCI per entry (number, linked title with its page number).
    const int contents = add("Sect", root);
    bind({nullptr, NodePart::ContentsTitle, -1, -1}, add("H1", contents));
    const int toc = add("TOC", contents);
    for (const model::TocEntry& entry : document.toc) {
        const int item = add("TOCI", toc);
        bind({&entry, NodePart::Label, -1, -1}, add("Lbl", item));
        const int link = add("Link", item);
        bind({&entry, NodePart::Whole, -1, -1}, link);
        bind({&entry, NodePart::PageReference, -1, -1}, link);
    }
    for (const model::Chapter& chapter : document.chapters) {
        const int section = add("Sect", root);
        bind({&chapter, NodePart::Whole, -1, -1}, add("H1", section));
        walk_blocks(chapter.blocks, section);
    }
}

int StructureTree::add(const std::string& type, int parent) {
    StructureElement element;
    element.type = type;
    element.parent = parent;
    elements_.push_back(std::move(element));
    const int index = static_cast<int>(elements_.size()) - 1;
    if (parent >= 0) {
        StructureKid kid;
        kid.kind = StructureKid::Kind::Element;
        kid.element = index;
        elements_[static_cast<std::size_t>(parent)].kids.push_back(kid);
    }
    return index;
}

void StructureTree::bind(const Key& key, int element) {
    by_key_.emplace(key, element);
}

int StructureTree::find(const Key& key) const {
    const auto found = by_key_.find(key);
    return found == by_key_.end() ? -1 : found->second;
}

void StructureTree::walk_blocks(const model::Blocks& blocks, int parent) {
    for (const model::Block& block : blocks) {
        walk_block(block, parent);
    }
}

void StructureTree::walk_block(const model::Block& block, int parent) {
    switch (block.kind) {
    case model::BlockKind::Paragraph:
        bind({&block, NodePart::Whole, -1, -1}, add("P", parent));
        add_notes_for(block.inlines, parent);
        break;
    case model::BlockKind::Heading: {
        const int level = std::clamp(block.level, 2, 6);
        bind({&block, NodePart::Whole, -1, -1}, add("H" + std::to_string(level), parent));
        add_notes_for(block.inlines, parent);
        break;
    }
    case model::BlockKind::CodeBlock:
        bind({&block, NodePart::Whole, -1, -1}, add("Code", add("P", parent)));
        break;
    case model::BlockKind::BlockQuote:
        walk_blocks(block.children, add("BlockQuote", parent));
        break;
    case model::BlockKind::List: {
        const int list = add("L", parent);
        for (std::size_t index = 0; index < block.items.size(); ++index) {
            const int item = add("LI", list);
            bind({&block, NodePart::Label, static_cast<int>(index), -1}, add("Lbl", item));
            walk_blocks(block.items[index], add("LBody", item));
        }
        break;
    }
    case model::BlockKind::Table:
        if (block.table) {
            std::size_t columns = block.table->header.size();
            for (const auto& row : block.table->rows) {
                columns = std::max(columns, row.size());
            }
            add_table(&block, block.table.get(), block.table->rows.size(), columns, parent);
        }
        break;
    case model::BlockKind::Image:
        if (block.image) {
            const int group = add("Div", parent);
            const int figure = add("Figure", group);
            elements_[static_cast<std::size_t>(figure)].alternative = block.image->alt;
            bind({&block, NodePart::Whole, -1, -1}, figure);
            if (!block.image->caption.empty()) {
                bind({&block, NodePart::Caption, -1, -1}, add("Caption", group));
                add_notes_for(block.image->caption, parent);
            }
        }
        break;
    case model::BlockKind::ThematicBreak:
        break; // drawn as an artifact
    case model::BlockKind::FieldOfAction:
        if (block.field_of_action) {
            add_field_of_action(block, parent);
        }
        break;
    case model::BlockKind::Chart:
        // A chart block may be drawn as several charts (a timeline split by field of action).
        for (const ChartAlternative& chart : charts_) {
            if (chart.node == &block) {
                add_chart(&block, chart.row, parent);
            }
        }
        break;
    }
}

void StructureTree::add_table(const void* node, const model::Table* table, std::size_t rows,
                              std::size_t columns, int parent) {
    const int element = add("Table", parent);
    if (table != nullptr && !table->caption.empty()) {
        bind({node, NodePart::Caption, -1, -1}, add("Caption", element));
    }
    const bool has_header = table == nullptr || !table->header.empty();
    if (has_header) {
        const int row = add("TR", add("THead", element));
        for (std::size_t column = 0; column < columns; ++column) {
            const int cell = add("TH", row);
            elements_[static_cast<std::size_t>(cell)].scope = "Column";
            bind({node, NodePart::HeaderCell, 0, static_cast<int>(column)}, cell);
        }
    }
    const int body = add("TBody", element);
    for (std::size_t row_index = 1; row_index <= rows; ++row_index) {
        const int row = add("TR", body);
        for (std::size_t column = 0; column < columns; ++column) {
            bind({node, NodePart::Cell, static_cast<int>(row_index), static_cast<int>(column)},
                 add("TD", row));
        }
    }
    if (table != nullptr) {
        for (const auto& row : table->rows) {
            for (const auto& cell : row) {
                add_notes_for(cell.content, parent);
            }
        }
    }
}

void StructureTree::add_field_of_action(const model::Block& block, int parent) {
    const model::FieldOfAction& field = *block.field_of_action;
    const int section = add("Sect", parent);
    bind({&block, NodePart::Title, -1, -1}, add("H2", section));
    if (!field.guiding_goal.empty()) {
        const int guiding = add("Div", section);
        bind({&block, NodePart::Label, -1, -1}, add("P", guiding));
        bind({&block, NodePart::GuidingGoal, -1, -1}, add("P", guiding));
    }
    for (std::size_t index = 0; index < field.introduction.size(); ++index) {
        bind({&block, NodePart::Whole, static_cast<int>(index), -1}, add("P", section));
        add_notes_for(field.introduction[index], section);
    }
    add_chart(&block, -1, section);
    for (const model::Goal& goal : field.goals) {
        const int goal_section = add("Sect", section);
        bind({&goal, NodePart::Title, -1, -1}, add("H3", goal_section));
        for (const model::Measure& measure : goal.measures) {
            add_measure(measure, goal_section);
        }
    }
}

void StructureTree::add_measure(const model::Measure& measure, int parent) {
    const int card = add("Div", parent);
    bind({&measure, NodePart::Title, -1, -1}, add("H4", card));
    for (std::size_t index = 0; index < measure.description.size(); ++index) {
        bind({&measure, NodePart::Whole, static_cast<int>(index), -1}, add("P", card));
        add_notes_for(measure.description[index], card);
    }
    // The facts (lead office, partners, contact, time frame, priority, status, history,
    // costs) as a list of term and value, like the web edition's description list.
    const int facts = add("L", card);
    const int fact_count = static_cast<int>(layout::measure_facts(measure).size());
    for (int index = 0; index < fact_count; ++index) {
        const int item = add("LI", facts);
        bind({&measure, NodePart::Term, index, -1}, add("Lbl", item));
        bind({&measure, NodePart::Definition, index, -1}, add("LBody", item));
    }
    if (!measure.indicators.empty()) {
        add_table(&measure, nullptr, measure.indicators.size(), 5, card);
    }
    for (std::size_t index = 0; index < measure.indicators.size(); ++index) {
        add_chart(&measure, static_cast<int>(index), card);
    }
}

void StructureTree::add_chart(const void* node, int row, int parent) {
    const auto chart = std::find_if(charts_.begin(), charts_.end(), [&](const auto& candidate) {
        return candidate.node == node && candidate.row == row;
    });
    if (chart == charts_.end()) {
        return; // not laid out: no Figure without its drawing and text alternative
    }
    // The chart's title as the caption of its figure, as for pictures; a reader hears the
    // title, then the text alternative that stands for the drawing and its labels.
    const int group = add("Div", parent);
    bind({node, NodePart::ChartTitle, row, -1}, add("Caption", group));
    const int figure = add("Figure", group);
    elements_[static_cast<std::size_t>(figure)].alternative = chart->summary;
    bind({node, NodePart::Chart, row, -1}, figure);
}

void StructureTree::add_notes_for(const model::Inlines& inlines, int parent) {
    std::vector<std::string> ids;
    collect_footnote_references(inlines, ids);
    for (const std::string& id : ids) {
        const auto found = document_.footnotes.find(id);
        if (found != document_.footnotes.end() && !notes_added_[id]) {
            notes_added_[id] = true;
            add_note(found->second, parent);
        }
    }
}

void StructureTree::add_note(const model::Footnote& footnote, int parent) {
    const int note = add("Note", parent);
    elements_[static_cast<std::size_t>(note)].note_id = "fn-" + footnote.id;
    bind({&footnote, NodePart::Label, -1, -1}, add("Lbl", note));
    bind({&footnote, NodePart::Whole, -1, -1}, note);
    walk_blocks(footnote.blocks, note);
}

int StructureTree::link_element(const model::Inline* link, int container) {
    if (const auto found = links_.find(link); found != links_.end()) {
        return found->second;
    }
    const int element = add("Link", container);
    links_.emplace(link, element);
    return element;
}

const void* StructureTree::node_of(const layout::SourceNode& source) {
    return source.toc_entry != nullptr ? static_cast<const void*>(source.toc_entry)
           : source.measure != nullptr ? static_cast<const void*>(source.measure)
           : source.goal != nullptr    ? static_cast<const void*>(source.goal)
           : source.block != nullptr   ? static_cast<const void*>(source.block)
           : source.chapter != nullptr ? static_cast<const void*>(source.chapter)
                                       : static_cast<const void*>(source.footnote);
}

int StructureTree::element_of(const layout::SourceNode& source, std::size_t page) {
    if (source.part == NodePart::FrontMatter) {
        const auto key = std::make_pair(page, source.row);
        if (const auto found = front_matter_paragraphs_.find(key);
            found != front_matter_paragraphs_.end()) {
            return found->second;
        }
        const auto section = front_matter_of_page_.find(page);
        const int parent = section != front_matter_of_page_.end() ? section->second : 0;
        const int element = add("P", parent);
        front_matter_paragraphs_.emplace(key, element);
        return element;
    }
    if (source.part == NodePart::ContentsTitle) {
        return find({nullptr, NodePart::ContentsTitle, -1, -1});
    }
    const void* node = node_of(source);
    if (node == nullptr) {
        return -1;
    }
    int element = find({node, source.part, source.row, source.column});
    if (element < 0) {
        element = find({node, source.part, -1, -1});
    }
    if (element < 0) {
        element = find({node, NodePart::Whole, -1, -1});
    }
    return element;
}

ItemTag StructureTree::tag_text(const layout::SourceNode& source, std::size_t page, double top) {
    ItemTag tag;
    switch (source.part) {
    case NodePart::Decoration:
        tag.artifact = true;
        return tag;
    case NodePart::Pagination:
        tag.artifact = true;
        tag.artifact_type = "Pagination";
        tag.artifact_subtype = top < 200 ? "Header" : "Footer";
        return tag;
    case NodePart::RepeatedHeader:
        tag.artifact = true;
        tag.artifact_type = "Pagination";
        return tag;
    default:
        break;
    }
    int element = element_of(source, page);
    if (element < 0) {
        ++unmatched_;
        element = 0; // the document itself: never lose text from the structure
    }
    if (source.link != nullptr) {
        element = link_element(source.link, element);
    }
    tag.element = element;
    return tag;
}

ItemTag StructureTree::tag_picture(const layout::SourceNode& source) {
    ItemTag tag;
    tag.element = element_of(source, 0);
    if (tag.element < 0) {
        ++unmatched_;
        tag.artifact = true; // a picture without a figure in the model is decoration
    }
    return tag;
}

void StructureTree::add_marked_content(int element, std::size_t page, int mcid) {
    StructureKid kid;
    kid.kind = StructureKid::Kind::MarkedContent;
    kid.page = page;
    kid.mcid = mcid;
    elements_[static_cast<std::size_t>(element)].kids.push_back(kid);
}

int StructureTree::add_annotation(const layout::SourceNode& source, std::size_t page,
                                  int annotation) {
    int element = -1;
    if (source.link != nullptr) {
        const auto found = links_.find(source.link);
        element = found != links_.end()
                      ? found->second
                      : link_element(source.link, std::max(0, element_of(source, page)));
    } else if (source.toc_entry != nullptr) {
        element = find({source.toc_entry, NodePart::Whole, -1, -1});
    }
    if (element < 0) {
        return -1;
    }
    StructureKid kid;
    kid.kind = StructureKid::Kind::Annotation;
    kid.page = page;
    kid.annotation = annotation;
    elements_[static_cast<std::size_t>(element)].kids.push_back(kid);
    return element;
}

void StructureTree::place_figure(int element, std::size_t page, const std::array<double, 4>& box) {
    if (element < 0 || elements_[static_cast<std::size_t>(element)].type != "Figure") {
        return;
    }
    StructureElement& figure = elements_[static_cast<std::size_t>(element)];
    if (!figure.bounding_box) {
        figure.bounding_box = box;
        figure.bounding_box_page = static_cast<int>(page);
    } else if (figure.bounding_box_page != static_cast<int>(page)) {
        figure.bounding_box_page = -1; // on several pages: no single box
    } else {
        // A figure drawn in several pieces (a chart's marks and labels): the box around all.
        auto& known = *figure.bounding_box;
        known = {std::min(known[0], box[0]), std::min(known[1], box[1]), std::max(known[2], box[2]),
                 std::max(known[3], box[3])};
    }
}

void StructureTree::prune() {
    // Children come after their parents, so one pass from the end settles every subtree.
    std::vector<bool> has_content(elements_.size(), false);
    for (std::size_t index = elements_.size(); index-- > 0;) {
        const StructureElement& element = elements_[index];
        bool content = kept_when_empty(element.type) || index == 0;
        for (const StructureKid& kid : element.kids) {
            content = content || kid.kind != StructureKid::Kind::Element ||
                      has_content[static_cast<std::size_t>(kid.element)];
        }
        has_content[index] = content;
    }
    for (StructureElement& element : elements_) {
        std::erase_if(element.kids, [&](const StructureKid& kid) {
            return kid.kind == StructureKid::Kind::Element &&
                   !has_content[static_cast<std::size_t>(kid.element)];
        });
    }
    // A table whose rows all stayed empty would still be kept by its cells: drop it whole.
    for (std::size_t index = 0; index < elements_.size(); ++index) {
        if (elements_[index].type != "Table") {
            continue;
        }
        bool any = false;
        std::vector<std::size_t> stack = {index};
        while (!stack.empty() && !any) {
            const StructureElement& element = elements_[stack.back()];
            stack.pop_back();
            for (const StructureKid& kid : element.kids) {
                if (kid.kind != StructureKid::Kind::Element) {
                    any = true;
                    break;
                }
                stack.push_back(static_cast<std::size_t>(kid.element));
            }
        }
        if (!any && elements_[index].parent >= 0) {
            auto& siblings = elements_[static_cast<std::size_t>(elements_[index].parent)].kids;
            std::erase_if(siblings, [&](const StructureKid& kid) {
                return kid.kind == StructureKid::Kind::Element &&
                       kid.element == static_cast<int>(index);
            });
        }
    }
}

} // namespace stadtsatz::pdf
