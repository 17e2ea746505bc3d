#include "html/content_writer.hpp"

#include "html/chart_markup.hpp"
#include "html/html_escape.hpp"
#include "html/marked_words.hpp"
#include "html/soft_hyphens.hpp"
#include "model/link_schemes.hpp"
#include "text/word_groups.hpp"

#include <algorithm>
#include <functional>

namespace stadtsatz::html {
namespace {

// `text` escaped, with "</span><span class="satz">" at each space that ends a sentence;
// `last_word` is the text since the last space before `text`, and becomes the one after it.
std::string sentences_of(const std::string& text, std::string& last_word,
                         const std::function<std::string(std::size_t, std::size_t)>& piece) {
    std::string html;
    std::size_t start = 0; // of the current word in `text`
    for (std::size_t index = 0; index <= text.size(); ++index) {
        if (index < text.size() && text[index] != ' ') {
            continue;
        }
        const std::string word = last_word + text.substr(start, index - start);
        html += piece(start, index);
        if (index == text.size()) {
            last_word = word;
            break;
        }
        std::size_t next_end = text.find(' ', index + 1);
        const std::string next = text.substr(
            index + 1, (next_end == std::string::npos ? text.size() : next_end) - index - 1);
        html += ' ';
        if (!next.empty() && text::ends_sentence(word, next)) {
            html += "</span><span class=\"satz\">";
        }
        last_word.clear();
        start = index + 1;
    }
    return html;
}

// The class of a code block from its fence's info string: "language-" and the first word,
// as cmark-gfm writes it; nothing without an info string.
std::string language_class(const std::string& info) {
    const std::size_t end = info.find_first_of(" \t");
    const std::string language = info.substr(0, end);
    if (language.empty()) {
        return "";
    }
    return " class=\"language-" + escape_attribute(language) + "\"";
}

std::string alignment_class(model::Alignment alignment) {
    switch (alignment) {
    case model::Alignment::Right:
        return " class=\"align-right\"";
    case model::Alignment::Center:
        return " class=\"align-center\"";
    default:
        return "";
    }
}

} // namespace

bool is_reserved_page_id(const std::string& id) {
    return id == "inhalt" || id == "inhaltsverzeichnis" || id == "impressum" ||
           id.rfind("fn-", 0) == 0 || id.rfind("fnref-", 0) == 0;
}

ContentWriter::ContentWriter(const model::Document& document, const LinkTargets& links,
                             SiteImages& images, model::Diagnostics& diagnostics,
                             std::string chapter_id)
    : document_(document), links_(links), images_(images), diagnostics_(diagnostics),
      chapter_id_(std::move(chapter_id)) {}

void ContentWriter::check_id(const std::string& id, const model::SourcePosition& position) {
    if (is_reserved_page_id(id)) {
        diagnostics_.error(position, "Die ID „" + id +
                                         "“ ist auf den HTML-Seiten schon vergeben; bitte eine "
                                         "andere ID wählen, z. B. {#" +
                                         id + "-1}");
    }
}

int ContentWriter::claim_heading_level(int requested, const model::SourcePosition& position) {
    int level = std::clamp(requested, 2, 6);
    if (level > last_heading_level_ + 1) {
        diagnostics_.warning(
            position, "Überschrift der Ebene " + std::to_string(requested) + " folgt auf Ebene " +
                          std::to_string(last_heading_level_) + "; in HTML als Ebene " +
                          std::to_string(last_heading_level_ + 1) + " gesetzt");
        level = last_heading_level_ + 1;
    }
    last_heading_level_ = level;
    return level;
}

std::string ContentWriter::blocks(const model::Blocks& blocks) {
    std::string html;
    for (std::size_t index = 0; index < blocks.size(); ++index) {
        if (std::string column = picture_column(blocks, index); !column.empty()) {
            html += column;
            continue;
        }
        html += block(blocks[index]);
    }
    return html;
}

std::string ContentWriter::block(const model::Block& block) {
    switch (block.kind) {
    case model::BlockKind::Paragraph:
        return "<p>" + paragraph_inlines(block.inlines) + "</p>\n";
    case model::BlockKind::Heading:
        return heading(block);
    case model::BlockKind::List:
        return list(block);
    case model::BlockKind::Table:
        return block.table ? table(*block.table) : "";
    case model::BlockKind::CodeBlock:
        return "<pre tabindex=\"0\"><code" + language_class(block.info) + ">" +
               escape_text(block.text) + "</code></pre>\n";
    case model::BlockKind::BlockQuote:
        return "<blockquote>\n" + blocks(block.children) + "</blockquote>\n";
    case model::BlockKind::Image:
        return block.image ? figure(*block.image) : "";
    case model::BlockKind::ThematicBreak:
        return "<hr>\n";
    case model::BlockKind::FieldOfAction:
        return block.field_of_action ? field_of_action(*block.field_of_action) : "";
    case model::BlockKind::Chart:
        return block.chart ? chart_block_figure(document_, *block.chart, chapter_id_, diagnostics_)
                           : "";
    }
    return "";
}

std::string ContentWriter::heading(const model::Block& block) {
    check_id(block.id, block.position);
    if (block.inlines.empty() && block.number.empty()) {
        // An empty heading ("## ") would be an empty <hN> that screen readers announce as a
        // heading without text; it stays an anchor only.
        return "<div" + id_attribute(block.id) + "></div>\n";
    }
    const std::string tag = "h" + std::to_string(claim_heading_level(block.level, block.position));
    std::string html = "<" + tag + id_attribute(block.id) + ">";
    if (!block.number.empty()) {
        html += "<span class=\"heading-number\">" + escape_text(block.number) + "</span> ";
    }
    html += heading_inlines(block.inlines) + "</" + tag + ">\n";
    return html;
}

std::string ContentWriter::heading_inlines(const model::Inlines& runs) {
    soft_hyphens_ = false;
    std::string html = inlines(runs);
    soft_hyphens_ = true;
    return html;
}

std::string ContentWriter::list(const model::Block& block) {
    std::string tag = block.ordered ? "ol" : "ul";
    std::string html = "<" + tag;
    if (block.ordered && block.start != 1) {
        html += " start=\"" + std::to_string(block.start) + "\"";
    }
    if (!block.tasks.empty()) {
        html += " class=\"task-list\"";
    }
    html += ">\n";
    for (std::size_t index = 0; index < block.items.size(); ++index) {
        html += list_item(block.items[index], model::task_of(block, index), block.tight);
    }
    html += "</" + tag + ">\n";
    return html;
}

std::string ContentWriter::list_item(const model::Blocks& item, model::TaskState task, bool tight) {
    // A disabled checkbox shows a task's state; its name says it, as the box has no label.
    std::string checkbox;
    if (task != model::TaskState::None) {
        checkbox = task == model::TaskState::Done
                       ? "<input type=\"checkbox\" disabled checked aria-label=\"erledigt\"> "
                       : "<input type=\"checkbox\" disabled aria-label=\"offen\"> ";
    }
    std::string html = checkbox.empty() ? "<li>" : "<li class=\"task\">";
    const bool leading_paragraph =
        !item.empty() && item.front().kind == model::BlockKind::Paragraph;
    if (!leading_paragraph) {
        html += checkbox;
    }
    for (std::size_t index = 0; index < item.size(); ++index) {
        const model::Block& child = item[index];
        const std::string prefix = index == 0 ? checkbox : std::string();
        if (child.kind == model::BlockKind::Paragraph && tight) {
            // A tight item's paragraphs are written without <p>, as cmark-gfm does.
            if (index > 0) {
                html += "\n";
            }
            html += prefix + paragraph_inlines(child.inlines);
        } else if (child.kind == model::BlockKind::Paragraph) {
            html += "\n<p>" + prefix + paragraph_inlines(child.inlines) + "</p>";
        } else {
            html += "\n" + block(child);
            if (html.back() == '\n') {
                html.pop_back();
            }
        }
    }
    if (!tight || (!item.empty() && item.back().kind != model::BlockKind::Paragraph)) {
        html += "\n";
    }
    return html + "</li>\n";
}

std::string ContentWriter::table(const model::Table& table) {
    // The scroll region is named after the caption, or else after the column headings.
    std::string label = "Tabelle";
    if (!table.caption.empty()) {
        label += ": " + model::plain_text(table.caption);
    } else {
        for (std::size_t index = 0; index < table.header.size(); ++index) {
            label += (index == 0 ? ": " : ", ") + model::plain_text(table.header[index].content);
        }
    }
    auto alignment = [&](std::size_t column) {
        return column < table.alignments.size() ? alignment_class(table.alignments[column])
                                                : std::string();
    };
    // The wrapper scrolls wide tables on narrow screens; focusable so keyboards can scroll.
    std::string html = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" +
                       escape_attribute(label) + "\">\n<table>\n";
    if (!table.caption.empty()) {
        html += "<caption>" + inlines(table.caption) + "</caption>\n";
    }
    if (!table.header.empty()) {
        html += "<thead>\n<tr>";
        for (std::size_t column = 0; column < table.header.size(); ++column) {
            html += "<th scope=\"col\"" + alignment(column) + ">" +
                    inlines(table.header[column].content) + "</th>";
        }
        html += "</tr>\n</thead>\n";
    }
    html += "<tbody>\n";
    for (const auto& row : table.rows) {
        html += "<tr>";
        for (std::size_t column = 0; column < row.size(); ++column) {
            html += "<td" + alignment(column) + ">" + inlines(row[column].content) + "</td>";
        }
        html += "</tr>\n";
    }
    html += "</tbody>\n</table>\n</div>\n";
    return html;
}

std::string ContentWriter::figure(const model::Image& image) {
    const std::string path = images_.site_path(image);
    std::string html = "<figure>\n<img src=\"" + escape_attribute(encode_site_path(path)) +
                       "\" alt=\"" + escape_attribute(image.alt) + "\">\n";
    if (!image.caption.empty()) {
        html += "<figcaption>" + inlines(image.caption) + "</figcaption>\n";
    }
    html += "</figure>\n";
    return html;
}

std::string ContentWriter::paragraph_inlines(const model::Inlines& runs) {
    if (!document_.style.setting.sentence_per_line) {
        return inlines(runs);
    }
    last_word_.clear();
    split_sentences_ = true;
    std::string html = "<span class=\"satz\">" + inlines(runs) + "</span>";
    split_sentences_ = false;
    return html;
}

std::string ContentWriter::picture_column(const model::Blocks& blocks, std::size_t& index) {
    const auto is_text = [](const model::Block& block) {
        return block.kind == model::BlockKind::Paragraph || block.kind == model::BlockKind::List;
    };
    const model::Block& picture = blocks[index];
    if (!document_.style.picture_column.enabled || picture.kind != model::BlockKind::Image ||
        !picture.image || index + 1 >= blocks.size() || !is_text(blocks[index + 1])) {
        return {};
    }
    std::string html = "<div class=\"bildspalte\">\n" + figure(*picture.image) +
                       "<div class=\"bildspalte-text\">\n";
    std::size_t next = index + 1;
    while (next < blocks.size() && is_text(blocks[next])) {
        html += block(blocks[next]);
        ++next;
    }
    index = next - 1;
    return html + "</div>\n</div>\n";
}

std::string ContentWriter::inlines(const model::Inlines& runs) {
    std::string html;
    // Sentences split only in the paragraph's own text (not inside emphasis or links), so
    // the sentence spans nest with them.
    const bool top = split_sentences_;
    split_sentences_ = false;
    for (std::size_t index = 0; index < runs.size(); ++index) {
        const model::Inline& run = runs[index];
        switch (run.kind) {
        case model::InlineKind::Text: {
            // Leichte Sprache marks compounds and has no hyphenation: no soft hyphens then
            const std::string text = soft_hyphens_ && run.marked_words.empty()
                                         ? with_soft_hyphens(run, document_.style.body.hyphenation)
                                         : run.text;
            const auto piece = [&](std::size_t begin, std::size_t end) {
                return run.marked_words.empty() ? escape_text(text.substr(begin, end - begin))
                                                : marked_text_html(run, begin, end);
            };
            html += top ? sentences_of(text, last_word_, piece) : piece(0, text.size());
            if (!top && document_.style.setting.sentence_per_line) {
                const std::size_t space = run.text.rfind(' ');
                last_word_ =
                    space == std::string::npos ? last_word_ + run.text : run.text.substr(space + 1);
            }
            break;
        }
        case model::InlineKind::Emphasis:
            html += "<em>" + inlines(run.children) + "</em>";
            break;
        case model::InlineKind::Strong:
            html += "<strong>" + inlines(run.children) + "</strong>";
            break;
        case model::InlineKind::Strikethrough:
            html += "<del>" + inlines(run.children) + "</del>";
            break;
        case model::InlineKind::Code:
            html += "<code>" + escape_text(run.text) + "</code>";
            break;
        case model::InlineKind::Link:
            html += link(run);
            break;
        case model::InlineKind::SoftBreak:
            html += "\n";
            if (top && index + 1 < runs.size() && runs[index + 1].kind == model::InlineKind::Text) {
                const std::string& next = runs[index + 1].text;
                if (text::ends_sentence(last_word_, next.substr(0, next.find(' ')))) {
                    html += "</span><span class=\"satz\">";
                }
            }
            last_word_.clear();
            break;
        case model::InlineKind::LineBreak:
            html += "<br>\n";
            break;
        case model::InlineKind::FootnoteReference:
            html += footnote_reference(run);
            break;
        }
    }
    split_sentences_ = top;
    return html;
}

std::string ContentWriter::link(const model::Inline& run) {
    if (!model::is_allowed_link_target(run.target)) {
        diagnostics_.error(run.position, "Link-Ziel „" + run.target + "“ ist nicht erlaubt: " +
                                             model::allowed_schemes_hint());
        return inlines(run.children);
    }
    const auto href = links_.href(run.target, chapter_id_);
    if (!href) {
        diagnostics_.error(run.position, "Link-Ziel „" + run.target +
                                             "“ gibt es in der HTML-Ausgabe nicht; der Text "
                                             "erscheint ohne Link");
        return inlines(run.children);
    }
    return "<a href=\"" + escape_attribute(*href) + "\">" + inlines(run.children) + "</a>";
}

std::string ContentWriter::footnote_anchor(const model::Footnote& footnote) const {
    return footnote.number > 0 ? std::to_string(footnote.number)
                               : encode_url_component(footnote.id);
}

std::string ContentWriter::footnote_reference(const model::Inline& reference) {
    const auto found = document_.footnotes.find(reference.target);
    if (found == document_.footnotes.end()) {
        diagnostics_.error(reference.position,
                           "Fußnote „" + reference.target + "“ ist nicht definiert");
        return "";
    }
    const auto& footnote = found->second;
    const int call = ++footnote_call_count_[footnote.id];
    if (call == 1) {
        footnote_order_.push_back(footnote.id);
    }
    const std::string anchor = footnote_anchor(footnote);
    const std::string label = footnote.number > 0 ? std::to_string(footnote.number) : "*";
    const std::string call_id = "fnref-" + anchor + (call > 1 ? "-" + std::to_string(call) : "");
    return "<sup class=\"footnote-ref\"><a href=\"#fn-" + escape_attribute(anchor) + "\" id=\"" +
           escape_attribute(call_id) + "\" aria-label=\"Fußnote " + escape_attribute(label) +
           "\">" + escape_text(label) + "</a></sup>";
}

std::string ContentWriter::footnote_item(const model::Footnote& footnote) {
    const std::string anchor = footnote_anchor(footnote);
    const int calls = footnote_call_count_[footnote.id];
    std::string back_links;
    for (int call = 1; call <= calls; ++call) {
        const std::string call_id =
            "fnref-" + anchor + (call > 1 ? "-" + std::to_string(call) : "");
        back_links += " <a href=\"#" + escape_attribute(call_id) +
                      "\" class=\"footnote-back\"><span aria-hidden=\"true\">↩</span>"
                      "<span class=\"visually-hidden\">Zurück zum Text" +
                      (calls > 1 ? " (Stelle " + std::to_string(call) + ")" : std::string()) +
                      "</span></a>";
    }
    std::string html = "<li id=\"fn-" + escape_attribute(anchor) + "\"";
    if (footnote.number > 0) {
        html += " value=\"" + std::to_string(footnote.number) + "\"";
    }
    html += ">";
    // The back links close the last paragraph, as readers expect them at the note's end.
    if (!footnote.blocks.empty() && footnote.blocks.back().kind == model::BlockKind::Paragraph) {
        model::Blocks leading(footnote.blocks.begin(), footnote.blocks.end() - 1);
        html += blocks(leading);
        html += "<p>" + inlines(footnote.blocks.back().inlines) + back_links + "</p>";
    } else {
        html += blocks(footnote.blocks) + "<p>" + back_links + "</p>";
    }
    html += "</li>\n";
    return html;
}

std::string ContentWriter::footnote_list() {
    if (footnote_order_.empty()) {
        return "";
    }
    std::string items;
    // Footnotes may call further footnotes; those join the list as they are found.
    for (std::size_t index = 0; index < footnote_order_.size(); ++index) {
        items += footnote_item(document_.footnotes.at(footnote_order_[index]));
    }
    const int level = claim_heading_level(2, {});
    const std::string tag = "h" + std::to_string(level);
    return "<section class=\"footnotes\" role=\"doc-endnotes\" aria-label=\"Fußnoten\">\n<" + tag +
           ">Fußnoten</" + tag + ">\n<ol>\n" + items + "</ol>\n</section>\n";
}

} // namespace stadtsatz::html
