#include "read/markdown_conversion.hpp"

#include "model/quoted_input.hpp"
#include "read/content_paths.hpp"
#include "read/footnote_checks.hpp"
#include "read/heading_attributes.hpp"
#include "read/unicode_text.hpp"
#include "read/value_parsing.hpp"
#include "text/normalization.hpp"

#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <initializer_list>
#include <memory>
#include <string_view>

namespace stadtsatz::read {

namespace {

// Owns a cmark-gfm parser and the tree it built.
struct CmarkParser {
    cmark_parser* parser = nullptr;
    cmark_node* document = nullptr;
    ~CmarkParser() {
        if (document != nullptr) {
            cmark_node_free(document);
        }
        if (parser != nullptr) {
            cmark_parser_free(parser);
        }
    }
};

std::string_view type_name(cmark_node* node) {
    const char* name = cmark_node_get_type_string(node);
    return name != nullptr ? std::string_view(name) : std::string_view();
}

std::string literal(cmark_node* node) {
    const char* text = cmark_node_get_literal(node);
    return text != nullptr ? std::string(text) : std::string();
}

// cmark-gfm percent-encodes link targets ("für" → "f%C3%BCr"); editors wrote the former.
std::string decode_percent(const std::string& url) {
    std::string decoded;
    for (std::size_t index = 0; index < url.size(); ++index) {
        if (url[index] == '%' && index + 2 < url.size() && hex_value(url[index + 1]) >= 0 &&
            hex_value(url[index + 2]) >= 0) {
            decoded +=
                static_cast<char>(hex_value(url[index + 1]) * 16 + hex_value(url[index + 2]));
            index += 2;
        } else {
            decoded += url[index];
        }
    }
    return is_valid_utf8(decoded) ? decoded : url;
}

// Whether a link target names a scheme ("https:", "mailto:") instead of a file or anchor.
bool has_scheme(const std::string& url) {
    std::size_t colon = url.find(':');
    if (colon == std::string::npos || colon == 0) {
        return false;
    }
    for (std::size_t index = 0; index < colon; ++index) {
        char character = url[index];
        bool allowed = (character >= 'a' && character <= 'z') ||
                       (character >= 'A' && character <= 'Z') ||
                       (index > 0 && ((character >= '0' && character <= '9') || character == '+' ||
                                      character == '-' || character == '.'));
        if (!allowed) {
            return false;
        }
    }
    return true;
}

bool is_table(cmark_node* node) {
    return node != nullptr && type_name(node) == "table";
}

// The label that makes a paragraph right before a table the table's caption, as pandoc reads
// "Table:" before a table.
constexpr std::string_view caption_label = "Tabelle:";

// The text a paragraph starts with, up to its first markup (cmark-gfm splits plain text into
// several nodes, e.g. at a colon the autolink extension looks at), at least as long as the
// caption label if the paragraph's text is.
std::string leading_text(cmark_node* paragraph) {
    std::string text;
    for (cmark_node* child = cmark_node_first_child(paragraph);
         child != nullptr && cmark_node_get_type(child) == CMARK_NODE_TEXT &&
         text.size() < caption_label.size();
         child = cmark_node_next(child)) {
        text += literal(child);
    }
    return text;
}

// A paragraph that starts with "Tabelle:" in plain text: a caption if a table follows it.
bool is_caption_paragraph(cmark_node* node) {
    return node != nullptr && cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH &&
           leading_text(node).rfind(caption_label, 0) == 0;
}

bool is_space(char character) {
    return character == ' ' || character == '\t';
}

// Gives every inline without a position (line 0) the position `fallback`, children included.
void fill_missing_positions(model::Inlines& inlines, const model::SourcePosition& fallback) {
    for (auto& run : inlines) {
        if (run.position.line == 0) {
            run.position = fallback;
        }
        fill_missing_positions(run.children, fallback);
    }
}

// Removes the label "Tabelle:" and the spaces and line ends after it from the start of a
// caption, moving the first run's column past them, and the spaces and line ends at its end.
void strip_caption_label(model::Inlines& caption) {
    if (caption.empty() || caption.front().kind != model::InlineKind::Text) {
        return;
    }
    std::size_t removed = caption_label.size();
    std::string& first = caption.front().text;
    while (removed < first.size() && is_space(first[removed])) {
        ++removed;
    }
    first.erase(0, removed);
    if (caption.front().position.column > 0) {
        caption.front().position.column += static_cast<int>(removed); // the label is ASCII
    }
    // Whatever stands between the label and the first word.
    while (!caption.empty() &&
           ((caption.front().kind == model::InlineKind::Text && caption.front().text.empty()) ||
            caption.front().kind == model::InlineKind::SoftBreak ||
            caption.front().kind == model::InlineKind::LineBreak)) {
        caption.erase(caption.begin());
        if (!caption.empty() && caption.front().kind == model::InlineKind::Text) {
            std::string& text = caption.front().text;
            std::size_t spaces = 0;
            while (spaces < text.size() && is_space(text[spaces])) {
                ++spaces;
            }
            text.erase(0, spaces);
            if (caption.front().position.column > 0) {
                caption.front().position.column += static_cast<int>(spaces);
            }
        }
    }
    while (!caption.empty()) {
        model::Inline& last = caption.back();
        if (last.kind == model::InlineKind::Text) {
            while (!last.text.empty() && is_space(last.text.back())) {
                last.text.pop_back();
            }
        }
        if ((last.kind == model::InlineKind::Text && last.text.empty()) ||
            last.kind == model::InlineKind::SoftBreak ||
            last.kind == model::InlineKind::LineBreak) {
            caption.pop_back();
        } else {
            break;
        }
    }
}

// Counts how deep the conversion is while it descends into a node's children; the count drops
// again when the level is left.
class NestingLevel {
public:
    explicit NestingLevel(int& depth) : depth_(depth) { ++depth_; }
    NestingLevel(const NestingLevel&) = delete;
    NestingLevel& operator=(const NestingLevel&) = delete;
    ~NestingLevel() { --depth_; }

private:
    int& depth_;
};

// Converts one parsed chapter; keeps the state the conversion needs across nodes.
class MarkdownConverter {
public:
    MarkdownConverter(const SourceText& source, std::string footnote_prefix,
                      std::filesystem::path content_folder, model::Diagnostics& diagnostics)
        : source_(source), footnote_prefix_(std::move(footnote_prefix)),
          content_folder_(std::move(content_folder)), diagnostics_(diagnostics) {}

    // A converter for a snippet of inline text inside another file: `source` holds the
    // snippet, `locate` maps its byte columns on line 1 to positions in that file.
    MarkdownConverter(const SourceText& source, SnippetLocator locate,
                      model::Diagnostics& diagnostics)
        : source_(source), diagnostics_(diagnostics), locate_(std::move(locate)) {}

    // The inlines of a parsed snippet: the one paragraph it should be; other blocks (the
    // caller keeps the snippet from starting one) are reported and left out.
    model::Inlines convert_snippet(cmark_node* document) {
        model::Inlines result;
        for (cmark_node* node = cmark_node_first_child(document); node != nullptr;
             node = cmark_node_next(node)) {
            if (cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH) {
                diagnostics_.error(position(node), "hier ist nur Text mit Hervorhebungen und "
                                                   "Links möglich, keine Überschrift, Liste "
                                                   "oder Tabelle");
                continue;
            }
            model::Inlines paragraph = inlines(node);
            result.insert(result.end(), std::make_move_iterator(paragraph.begin()),
                          std::make_move_iterator(paragraph.end()));
        }
        return result;
    }

    std::optional<ChapterSource> convert(cmark_node* document) {
        collect_footnote_labels(document);
        ChapterSource result;
        cmark_node* node = cmark_node_first_child(document);
        if (node == nullptr || cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION) {
            diagnostics_.error({source_.display_name(), 1, 1},
                               "das Kapitel ist leer; es beginnt mit einer Überschrift der "
                               "Ebene 1 (# Titel)");
            return std::nullopt;
        }
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING &&
            cmark_node_get_heading_level(node) == 1) {
            model::Block title = heading(node, &result.chapter.short_title);
            result.chapter.id = title.id;
            result.chapter.title = std::move(title.inlines);
            result.chapter.position = title.position;
            node = cmark_node_next(node);
        } else {
            diagnostics_.error(position(node), "ein Kapitel beginnt mit einer Überschrift der "
                                               "Ebene 1 (# Titel)");
            result.chapter.position = position(node);
        }
        for (; node != nullptr; node = cmark_node_next(node)) {
            if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION) {
                result.footnotes.push_back(footnote(node));
            } else {
                append_block(node, result.chapter.blocks);
            }
        }
        return result;
    }

private:
    model::SourcePosition position(cmark_node* node) const {
        return at_line_byte_column(cmark_node_get_start_line(node),
                                   cmark_node_get_start_column(node));
    }

    // A cmark-gfm position in the file the text came from.
    model::SourcePosition at_line_byte_column(int line, int byte_column) const {
        if (locate_) {
            return locate_(byte_column);
        }
        return source_.at_line_byte_column(line, byte_column);
    }

    // cmark-gfm gives a text node on an indented continuation line of a paragraph the column
    // where the line starts; the text starts after the indentation.
    model::SourcePosition text_position(cmark_node* node) const {
        const int line = cmark_node_get_start_line(node);
        int column = cmark_node_get_start_column(node);
        const std::string_view source_line = source_.line(line);
        const char* text = cmark_node_get_literal(node);
        if (text != nullptr && *text != ' ' && *text != '\t') {
            while (column >= 1 && static_cast<std::size_t>(column) <= source_line.size() &&
                   (source_line[column - 1] == ' ' || source_line[column - 1] == '\t')) {
                ++column;
            }
        }
        return at_line_byte_column(line, column);
    }

    // cmark-gfm numbers footnote references by first use and appends the definitions in that
    // order; its API does not give the label, so read it from the definition's source line.
    void collect_footnote_labels(cmark_node* document) {
        for (cmark_node* node = cmark_node_first_child(document); node != nullptr;
             node = cmark_node_next(node)) {
            if (cmark_node_get_type(node) != CMARK_NODE_FOOTNOTE_DEFINITION) {
                continue;
            }
            std::string_view line = source_.line(cmark_node_get_start_line(node));
            auto limit = static_cast<std::size_t>(std::max(cmark_node_get_start_column(node), 1));
            std::string_view before = line.substr(0, std::min(limit, line.size()));
            std::size_t open = before.rfind("[^");
            std::size_t close = open == std::string_view::npos ? open : before.find("]:", open);
            std::string label;
            int column = cmark_node_get_start_column(node);
            if (open != std::string_view::npos && close != std::string_view::npos) {
                label = std::string(before.substr(open + 2, close - open - 2));
                column = static_cast<int>(open) + 1;
            }
            std::string slug = slugify(label);
            if (slug.empty()) {
                slug = std::to_string(footnote_ids_.size() + 1);
            }
            footnote_ids_.push_back(footnote_prefix_ + "-" + slug);
            footnote_positions_.push_back(
                source_.at_line_byte_column(cmark_node_get_start_line(node), column));
        }
    }

    model::Footnote footnote(cmark_node* node) {
        model::Footnote result;
        std::size_t index = footnote_index_++;
        if (index < footnote_ids_.size()) {
            result.id = footnote_ids_[index];
            result.position = footnote_positions_[index];
        } else {
            result.position = position(node);
        }
        for (cmark_node* child = cmark_node_first_child(node); child != nullptr;
             child = cmark_node_next(child)) {
            append_block(child, result.blocks);
        }
        return result;
    }

    // False, with an error, when the children of `node` would be one block level too many.
    bool may_enter_block(cmark_node* node) {
        if (block_depth_ < deepest_block_nesting) {
            return true;
        }
        diagnostics_.error(position(node),
                           "zu tief verschachtelt: mehr als " +
                               std::to_string(deepest_block_nesting) +
                               " Ebenen aus Listen und Zitaten; bitte flacher gliedern");
        return false;
    }

    // False, with an error, when the children of `node` would be one inline level too many.
    bool may_enter_inline(cmark_node* node) {
        if (inline_depth_ < deepest_inline_nesting) {
            return true;
        }
        diagnostics_.error(position(node), "zu tief verschachtelt: mehr als " +
                                               std::to_string(deepest_inline_nesting) +
                                               " Ebenen aus Hervorhebungen und Links ineinander");
        return false;
    }

    void append_block(cmark_node* node, model::Blocks& blocks) {
        model::Block block;
        block.position = position(node);
        std::string_view type = type_name(node);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH:
            if (is_caption_paragraph(node)) {
                if (is_table(cmark_node_next(node))) {
                    return; // the table after it takes it as its caption
                }
                report_caption_without_table(node);
            }
            if (cmark_node* image = sole_image(node)) {
                block.kind = model::BlockKind::Image;
                block.image = this->image(image);
                block.position = position(image);
            } else {
                paragraph_with_images(node, blocks);
                return;
            }
            break;
        case CMARK_NODE_HEADING:
            block = heading(node);
            if (block.level == 1) {
                diagnostics_.error(block.position,
                                   "zweite Überschrift der Ebene 1; ein Kapitel hat genau eine "
                                   "(für Abschnitte ## verwenden)");
            }
            break;
        case CMARK_NODE_LIST: {
            if (!may_enter_block(node)) {
                return;
            }
            NestingLevel level(block_depth_);
            block.kind = model::BlockKind::List;
            block.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
            block.start = block.ordered ? cmark_node_get_list_start(node) : 1;
            block.tight = cmark_node_get_list_tight(node) != 0;
            for (cmark_node* item = cmark_node_first_child(node); item != nullptr;
                 item = cmark_node_next(item)) {
                record_task(item, block);
                model::Blocks item_blocks;
                for (cmark_node* child = cmark_node_first_child(item); child != nullptr;
                     child = cmark_node_next(child)) {
                    append_block(child, item_blocks);
                }
                block.items.push_back(std::move(item_blocks));
            }
            break;
        }
        case CMARK_NODE_CODE_BLOCK:
            block.kind = model::BlockKind::CodeBlock;
            block.text = text::to_nfc(literal(node));
            if (!block.text.empty() && block.text.back() == '\n') {
                block.text.pop_back();
            }
            if (const char* info = cmark_node_get_fence_info(node); info != nullptr) {
                block.info = text::to_nfc(info);
            }
            break;
        case CMARK_NODE_BLOCK_QUOTE: {
            if (!may_enter_block(node)) {
                return;
            }
            NestingLevel level(block_depth_);
            block.kind = model::BlockKind::BlockQuote;
            for (cmark_node* child = cmark_node_first_child(node); child != nullptr;
                 child = cmark_node_next(child)) {
                append_block(child, block.children);
            }
            break;
        }
        case CMARK_NODE_THEMATIC_BREAK:
            block.kind = model::BlockKind::ThematicBreak;
            break;
        case CMARK_NODE_HTML_BLOCK:
            diagnostics_.warning(block.position,
                                 "HTML wird nicht übernommen; bitte nur Markdown verwenden");
            return;
        default:
            if (type == "table") {
                block.kind = model::BlockKind::Table;
                block.table = table(node);
                if (cmark_node* before = cmark_node_previous(node); is_caption_paragraph(before)) {
                    block.table->caption = caption(before, node);
                }
                break;
            }
            diagnostics_.warning(block.position, "nicht unterstütztes Markdown-Element (" +
                                                     std::string(type) + ") ausgelassen");
            return;
        }
        blocks.push_back(std::move(block));
    }

    // Appends a paragraph and then, as figures of their own, the images inside it: the PDF
    // sets no picture inside a line. A paragraph of images only leaves just the figures.
    void paragraph_with_images(cmark_node* node, model::Blocks& blocks) {
        model::Block paragraph;
        paragraph.kind = model::BlockKind::Paragraph;
        paragraph.position = position(node);
        model::Blocks figures;
        paragraph_images_ = &figures;
        paragraph.inlines = inlines(node);
        paragraph_images_ = nullptr;
        const std::string text = model::plain_text(paragraph.inlines);
        if (figures.empty() || text.find_first_not_of(" \t\n") != std::string::npos) {
            blocks.push_back(std::move(paragraph));
        }
        for (model::Block& figure : figures) {
            blocks.push_back(std::move(figure));
        }
    }

    // The image inside a paragraph becomes a figure after it; inside a link its alternative
    // text stays as the link's text. Elsewhere (headings, table cells) an image is an error.
    bool take_inline_image(cmark_node* node, model::Inline& run) {
        if (locate_) {
            diagnostics_.error(run.position, "hier ist kein Bild möglich; Bilder stehen in "
                                             "einem Kapitel (Markdown-Datei)");
            return false;
        }
        if (paragraph_images_ == nullptr) {
            diagnostics_.error(run.position, "ein Bild steht in einem Absatz, nicht in einer "
                                             "Überschrift oder Tabellenzelle");
            return false;
        }
        model::Blocks* figures = paragraph_images_;
        paragraph_images_ = nullptr; // the alternative text holds no figures of its own
        model::Block figure;
        figure.kind = model::BlockKind::Image;
        figure.image = image(node);
        figure.position = run.position;
        paragraph_images_ = figures;
        if (link_depth_ > 0) {
            run.kind = model::InlineKind::Text;
            run.text = figure.image->alt;
            figures->push_back(std::move(figure));
            return true;
        }
        diagnostics_.warning(run.position, "Bild im Fließtext: es wird als eigene Abbildung "
                                           "nach dem Absatz gesetzt");
        figures->push_back(std::move(figure));
        return false;
    }

    // Appends the task state of a list item to the list; the states stay empty until the
    // first task item, so lists without tasks keep no states.
    static void record_task(cmark_node* item, model::Block& list) {
        static cmark_syntax_extension* const tasklist = cmark_find_syntax_extension("tasklist");
        const bool task = tasklist != nullptr && cmark_node_get_syntax_extension(item) == tasklist;
        if (!task && list.tasks.empty()) {
            return;
        }
        list.tasks.resize(list.items.size(), model::TaskState::None);
        list.tasks.push_back(!task ? model::TaskState::None
                             : cmark_gfm_extensions_get_tasklist_item_checked(item)
                                 ? model::TaskState::Done
                                 : model::TaskState::Open);
    }

    // The image when a paragraph holds nothing else (a figure), otherwise null.
    static cmark_node* sole_image(cmark_node* paragraph) {
        cmark_node* child = cmark_node_first_child(paragraph);
        if (child != nullptr && cmark_node_next(child) == nullptr &&
            cmark_node_get_type(child) == CMARK_NODE_IMAGE) {
            return child;
        }
        return nullptr;
    }

    // The inlines of a caption paragraph without the label "Tabelle:", markup and positions
    // kept. An empty caption is a warning; the table then has none.
    model::Inlines caption(cmark_node* paragraph, cmark_node* table) {
        model::Inlines result = inlines(paragraph);
        // cmark-gfm loses the positions of a paragraph that a table follows without a blank
        // line; it starts the table where the paragraph starts instead.
        if (cmark_node_get_start_line(paragraph) == 0) {
            fill_missing_positions(result, position(table));
        }
        const model::SourcePosition where =
            result.empty() ? position(paragraph) : result.front().position;
        strip_caption_label(result);
        if (result.empty()) {
            diagnostics_.warning(where, "„Tabelle:“ ohne Text: die Tabelle bleibt ohne "
                                        "Beschriftung");
        }
        return result;
    }

    // "Tabelle: …" that no table follows stays a paragraph; the editor most likely meant a
    // caption, so say why it is none.
    void report_caption_without_table(cmark_node* paragraph) {
        cmark_node* next = cmark_node_next(paragraph);
        if (is_caption_paragraph(next) && is_table(cmark_node_next(next))) {
            diagnostics_.warning(position(paragraph),
                                 "zweite Beschriftung für dieselbe Tabelle: nur der Absatz "
                                 "„Tabelle: …“ direkt vor der Tabelle wird Beschriftung, dieser "
                                 "bleibt Text");
        } else {
            diagnostics_.warning(position(paragraph),
                                 "„Tabelle: …“ steht nicht direkt vor einer Tabelle und bleibt "
                                 "Text; eine Beschriftung ist der Absatz unmittelbar vor der "
                                 "Tabelle");
        }
    }

    // `short_title` receives a chapter title's kurztitel="…" (null for other headings).
    model::Block heading(cmark_node* node, std::string* short_title = nullptr) {
        model::Block block;
        block.kind = model::BlockKind::Heading;
        block.position = position(node);
        block.level = cmark_node_get_heading_level(node);
        block.inlines = inlines(node);
        std::string explicit_id = take_explicit_id(block, short_title);
        if (!explicit_id.empty()) {
            block.id = explicit_id;
        } else if (block.inlines.empty() && block.level == 1) {
            diagnostics_.error(block.position, "der Kapiteltitel ist leer: # Titel");
        } else if (block.inlines.empty()) {
            // Valid GFM ("## "): kept as a section break; resolve gives it an id
            // "abschnitt-N", and it stays out of the contents and the numbering.
            diagnostics_.warning(block.position,
                                 "leere Überschrift: sie erscheint nicht im Inhaltsverzeichnis "
                                 "und wird nicht nummeriert");
        } else {
            block.id = slugify(model::plain_text(block.inlines));
            if (block.id.empty()) {
                diagnostics_.error(block.position,
                                   "aus dieser Überschrift entsteht keine id; bitte {#id} "
                                   "anhängen");
            }
        }
        return block;
    }

    // Removes a trailing attribute block (" {#id kurztitel=\"…\"}") from a heading's last
    // text run and returns the id; the short title goes to `short_title` (chapter titles
    // only: elsewhere it is reported and ignored).
    std::string take_explicit_id(model::Block& heading, std::string* short_title) {
        if (heading.inlines.empty() || heading.inlines.back().kind != model::InlineKind::Text) {
            return {};
        }
        std::string& text = heading.inlines.back().text;
        const std::optional<HeadingAttributes> attributes = heading_attributes(text);
        if (!attributes) {
            return {};
        }
        if (!attributes->problem.empty()) {
            diagnostics_.error(heading.position, attributes->problem);
        }
        std::string id = attributes->id;
        if (!id.empty() && !is_valid_id(id)) {
            diagnostics_.error(heading.position,
                               "ungültige id {#" + model::quoted_input(id) +
                                   "}: erst ein Buchstabe, dann Buchstaben, Ziffern, '-', '.' "
                                   "oder '_'");
            id.clear();
        }
        if (attributes->has_short_title) {
            if (short_title == nullptr) {
                diagnostics_.warning(heading.position,
                                     "kurztitel= gilt nur für den Kapiteltitel (# Titel); "
                                     "hier wird er nicht verwendet");
            } else if (collapse_whitespace(attributes->short_title).empty()) {
                diagnostics_.error(heading.position,
                                   "kurztitel=\"\" ist leer: der Kurztitel für die Kopfzeile");
            } else {
                *short_title = text::to_nfc(collapse_whitespace(attributes->short_title));
            }
        }
        text.erase(attributes->start);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
            text.pop_back();
        }
        if (text.empty()) {
            heading.inlines.pop_back();
        }
        return id;
    }

    std::shared_ptr<model::Table> table(cmark_node* node) {
        auto result = std::make_shared<model::Table>();
        uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
        uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(node);
        for (uint16_t column = 0; column < columns; ++column) {
            char alignment = alignments != nullptr ? static_cast<char>(alignments[column]) : 0;
            result->alignments.push_back(alignment == 'l'   ? model::Alignment::Left
                                         : alignment == 'c' ? model::Alignment::Center
                                         : alignment == 'r' ? model::Alignment::Right
                                                            : model::Alignment::Default);
        }
        for (cmark_node* row = cmark_node_first_child(node); row != nullptr;
             row = cmark_node_next(row)) {
            std::vector<model::TableCell> cells;
            for (cmark_node* cell = cmark_node_first_child(row); cell != nullptr;
                 cell = cmark_node_next(cell)) {
                cells.push_back({inlines(cell)});
            }
            if (cmark_gfm_extensions_get_table_row_is_header(row) != 0) {
                result->header = std::move(cells);
            } else {
                result->rows.push_back(std::move(cells));
            }
        }
        return result;
    }

    std::shared_ptr<model::Image> image(cmark_node* node) {
        auto result = std::make_shared<model::Image>();
        model::SourcePosition where = position(node);
        const char* url = cmark_node_get_url(node);
        result->source = decode_percent(url != nullptr ? url : "");
        result->alt = text::to_nfc(collapse_whitespace(model::plain_text(inlines(node))));
        const char* title = cmark_node_get_title(node);
        if (title != nullptr && *title != '\0') {
            result->caption.push_back(model::make_text(text::to_nfc(title), where));
        }
        if (result->alt.empty()) {
            diagnostics_.error(where, "Bild ohne Alternativtext: ![Was das Bild zeigt](" +
                                          model::quoted_input(result->source) + ")");
        }
        std::string extension = std::filesystem::path(result->source).extension().string();
        std::transform(extension.begin(), extension.end(), extension.begin(),
                       [](unsigned char character) { return std::tolower(character); });
        if (has_scheme(result->source) || result->source.empty()) {
            diagnostics_.error(where, "Bilder müssen als Datei in content/ liegen: \"" +
                                          model::quoted_input(result->source) + "\"");
        } else if (extension != ".png" && extension != ".jpg" && extension != ".jpeg") {
            diagnostics_.error(where, "Bildformat nicht unterstützt: " +
                                          model::quoted_input(result->source) + " (PNG oder JPEG)");
        } else if (const auto path = path_inside(content_folder_, result->source); !path) {
            diagnostics_.error(where, outside_folder_message(result->source, "content/"));
        } else {
            std::error_code error;
            if (!std::filesystem::is_regular_file(*path, error)) {
                diagnostics_.error(where, "Bilddatei nicht gefunden: " +
                                              model::quoted_input(result->source));
            } else {
                result->resolved = path->string();
            }
        }
        return result;
    }

    model::Inlines inlines(cmark_node* parent) {
        model::Inlines result;
        for (cmark_node* node = cmark_node_first_child(parent); node != nullptr;
             node = cmark_node_next(node)) {
            append_inline(node, result);
        }
        // Normalised once the pieces of each text run are joined: normalising the growing run
        // at every piece made thousands of pieces ([a](b[a](b…) quadratic.
        for (model::Inline& run : result) {
            if (run.kind == model::InlineKind::Text) {
                run.text = text::to_nfc(run.text);
            }
        }
        return result;
    }

    // The inlines inside emphasis, a link or the like, one inline level deeper; nothing (and
    // an error) when that level is one too many.
    model::Inlines nested_inlines(cmark_node* parent) {
        if (!may_enter_inline(parent)) {
            return {};
        }
        NestingLevel level(inline_depth_);
        return inlines(parent);
    }

    void append_inline(cmark_node* node, model::Inlines& runs) {
        model::Inline run;
        run.position = position(node);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
            // cmark-gfm splits text at characters that might start markup; join it again.
            // inlines() normalises the joined run.
            if (!runs.empty() && runs.back().kind == model::InlineKind::Text) {
                runs.back().text += literal(node);
                return;
            }
            run.kind = model::InlineKind::Text;
            run.position = text_position(node);
            run.text = literal(node);
            break;
        case CMARK_NODE_SOFTBREAK:
            run.kind = model::InlineKind::SoftBreak;
            break;
        case CMARK_NODE_LINEBREAK:
            run.kind = model::InlineKind::LineBreak;
            break;
        case CMARK_NODE_CODE:
            run.kind = model::InlineKind::Code;
            run.text = text::to_nfc(literal(node));
            break;
        case CMARK_NODE_EMPH:
            run.kind = model::InlineKind::Emphasis;
            run.children = nested_inlines(node);
            break;
        case CMARK_NODE_STRONG:
            run.kind = model::InlineKind::Strong;
            run.children = nested_inlines(node);
            break;
        case CMARK_NODE_LINK: {
            run.kind = model::InlineKind::Link;
            const char* url = cmark_node_get_url(node);
            run.target = url != nullptr ? std::string(url) : std::string();
            if (!has_scheme(run.target)) {
                run.target = decode_percent(run.target);
            }
            ++link_depth_;
            run.children = nested_inlines(node);
            --link_depth_;
            break;
        }
        case CMARK_NODE_IMAGE:
            if (!take_inline_image(node, run)) {
                return;
            }
            break;
        case CMARK_NODE_HTML_INLINE:
            diagnostics_.warning(run.position,
                                 "HTML wird nicht übernommen; bitte nur Markdown verwenden");
            return;
        case CMARK_NODE_FOOTNOTE_REFERENCE: {
            run.kind = model::InlineKind::FootnoteReference;
            // The literal is the definition's number in order of first use.
            int ordinal = std::atoi(literal(node).c_str());
            if (ordinal >= 1 && static_cast<std::size_t>(ordinal) <= footnote_ids_.size()) {
                run.target = footnote_ids_[static_cast<std::size_t>(ordinal) - 1];
            } else {
                diagnostics_.error(run.position, "Fußnote ohne Text");
                return;
            }
            break;
        }
        default:
            if (type_name(node) == "strikethrough") {
                run.kind = model::InlineKind::Strikethrough;
                run.children = nested_inlines(node);
                break;
            }
            diagnostics_.warning(run.position, "nicht unterstütztes Markdown-Element (" +
                                                   std::string(type_name(node)) + ") ausgelassen");
            return;
        }
        runs.push_back(std::move(run));
    }

    const SourceText& source_;
    std::string footnote_prefix_;
    std::filesystem::path content_folder_;
    model::Diagnostics& diagnostics_;
    std::vector<std::string> footnote_ids_;                 // by cmark's footnote number - 1
    std::vector<model::SourcePosition> footnote_positions_; // where each definition starts
    std::size_t footnote_index_ = 0;                        // definitions converted so far
    model::Blocks* paragraph_images_ = nullptr; // figures of the paragraph being converted
    int link_depth_ = 0;                        // links around the inline being converted
    int block_depth_ = 0;   // lists and block quotes around the block being converted
    int inline_depth_ = 0;  // emphasis, links and strikethrough around the inline being converted
    SnippetLocator locate_; // set for a snippet: where its byte columns lie in the source file
};

// A cmark-gfm parser with the extensions Stadtsatz reads.
void attach_extensions(cmark_parser* parser, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
            cmark_parser_attach_syntax_extension(parser, extension);
        }
    }
}

} // namespace

std::optional<ChapterSource> convert_markdown(const SourceText& source,
                                              const std::string& footnote_prefix,
                                              const std::filesystem::path& content_folder,
                                              model::Diagnostics& diagnostics) {
    cmark_gfm_core_extensions_ensure_registered();
    CmarkParser parsed;
    parsed.parser = cmark_parser_new(CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS);
    attach_extensions(parsed.parser,
                      {"table", "strikethrough", "autolink", "tagfilter", "tasklist"});
    const std::string& bytes = source.bytes();
    cmark_parser_feed(parsed.parser, bytes.data(), bytes.size());
    parsed.document = cmark_parser_finish(parsed.parser);
    check_footnotes(source, parsed.document, diagnostics);
    MarkdownConverter converter(source, footnote_prefix, content_folder, diagnostics);
    return converter.convert(parsed.document);
}

model::Inlines convert_inline_markdown(const std::string& snippet, const std::string& display_name,
                                       const SnippetLocator& locate,
                                       model::Diagnostics& diagnostics) {
    cmark_gfm_core_extensions_ensure_registered();
    CmarkParser parsed;
    parsed.parser = cmark_parser_new(CMARK_OPT_SOURCEPOS);
    attach_extensions(parsed.parser, {"strikethrough", "autolink"});
    cmark_parser_feed(parsed.parser, snippet.data(), snippet.size());
    parsed.document = cmark_parser_finish(parsed.parser);
    const SourceText source(display_name, snippet);
    MarkdownConverter converter(source, locate, diagnostics);
    return converter.convert_snippet(parsed.document);
}

} // namespace stadtsatz::read
