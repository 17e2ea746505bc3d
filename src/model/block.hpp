#pragma once

#include "model/chart_reference.hpp"
#include "model/inline.hpp"
#include "model/measures.hpp"
#include "model/source_position.hpp"

#include <memory>
#include <string>
#include <vector>

namespace stadtsatz::model {

enum class BlockKind {
    Paragraph,     // inlines
    Heading,       // inlines (may be empty: "## "), level, id, number
    List,          // items; ordered + start
    Table,         // table
    CodeBlock,     // text, verbatim
    BlockQuote,    // children
    Image,         // image (a figure: picture, alt text, caption)
    ThematicBreak, // a section break
    FieldOfAction, // field_of_action: goals and measures as data
    Chart,         // chart: a chart of the measures' data (generated chapters)
};

enum class Alignment { Default, Left, Center, Right };

// Whether a list item is a GFM task ("- [ ] …", "- [x] …").
enum class TaskState {
    None, // an ordinary item
    Open, // "[ ]"
    Done, // "[x]"
};

struct Block;
using Blocks = std::vector<Block>;

// A table cell holds inlines only (GFM tables cannot nest blocks).
struct TableCell {
    Inlines content;
};

struct Table {
    Inlines caption;                   // from a line "Tabelle: …" right before the table
    std::vector<Alignment> alignments; // one per column
    std::vector<TableCell> header;     // the header row, repeated on every page
    std::vector<std::vector<TableCell>> rows;
};

struct Image {
    std::string source;   // path relative to the content folder
    std::string resolved; // absolute path, set by the reader after checking it exists
    std::string alt;      // alternative text; required
    Inlines caption;      // the Markdown image title, shown under the picture
};

// A block of the document; `kind` says which fields are meaningful.
struct Block {
    BlockKind kind = BlockKind::Paragraph;
    Inlines inlines;      // Paragraph, Heading
    int level = 0;        // Heading: 1..6 (1 = chapter title)
    std::string id;       // Heading: anchor id (explicit or derived from the text)
    std::string number;   // Heading: "3.2", set by resolve; empty for unnumbered headings
    bool ordered = false; // List
    int start = 1;        // List: first number of an ordered list
    // List: no blank line between or inside the items (GFM "tight"): items without paragraph
    // spacing; a loose list spaces its items like paragraphs.
    bool tight = true;
    std::vector<Blocks> items; // List: each item is a sequence of blocks
    // List: the task state of each item, parallel to `items`; empty when no item is a task.
    std::vector<TaskState> tasks;
    Blocks children;              // BlockQuote
    std::string text;             // CodeBlock
    std::string info;             // CodeBlock: the fence's info string ("cpp", "json title=a")
    std::shared_ptr<Table> table; // Table
    std::shared_ptr<Image> image; // Image
    std::shared_ptr<FieldOfAction> field_of_action; // FieldOfAction
    std::shared_ptr<ChartReference> chart;          // Chart
    SourcePosition position;
};

// The task state of a list's item `index` (None when the list has no tasks).
inline TaskState task_of(const Block& list, std::size_t index) {
    return index < list.tasks.size() ? list.tasks[index] : TaskState::None;
}

} // namespace stadtsatz::model
