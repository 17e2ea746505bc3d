// Fields of action on pages of their own: the list on the chapter's page that leads to them,
// and the content of a field's page.
#include "html/field_of_action_pages.hpp"

#include "html/content_writer.hpp"
#include "html/html_escape.hpp"
#include "html/marked_words.hpp"

namespace stadtsatz::html {

std::vector<const model::FieldOfAction*> fields_of_chapter(const model::Chapter& chapter) {
    std::vector<const model::FieldOfAction*> fields;
    for (const model::Block& block : chapter.blocks) {
        if (block.kind == model::BlockKind::FieldOfAction && block.field_of_action) {
            fields.push_back(block.field_of_action.get());
        }
    }
    return fields;
}

std::string field_heading(const model::FieldOfAction& field) {
    return "Handlungsfeld " + std::to_string(field.number) + ": " + field.title;
}

std::string ContentWriter::field_page_links(const model::Blocks& blocks, std::size_t& index) {
    const auto is_field = [&](std::size_t at) {
        return at < blocks.size() && blocks[at].kind == model::BlockKind::FieldOfAction &&
               blocks[at].field_of_action;
    };
    if (!is_field(index)) {
        return {};
    }
    std::string html = "<nav class=\"field-pages\" aria-label=\"Handlungsfelder\">\n<ul>\n";
    for (; is_field(index); ++index) {
        const model::FieldOfAction& field = *blocks[index].field_of_action;
        const std::string href = links_.anchor_href(field.id, chapter_id_).value_or("");
        html += "<li><a href=\"" + escape_attribute(href) + "\">" +
                marked_title_html(field_heading(field), document_.marked_compounds) + "</a>";
        if (!field.guiding_goal.empty()) {
            html +=
                "\n<dl>\n<dt>Leitziel</dt>\n<dd>" + inlines(field.guiding_goal) + "</dd>\n</dl>\n";
        }
        html += "</li>\n";
    }
    --index; // the last field; the caller's loop steps past it
    return html + "</ul>\n</nav>\n";
}

std::string ContentWriter::field_page(const model::FieldOfAction& field) {
    std::string html = field_of_action(field, 1);
    html += footnote_list();
    return html;
}

std::string field_pages_css() {
    return R"css(
.field-pages ul {
  list-style: none;
  padding: 0;
  display: grid;
  gap: 1rem;
}

.field-pages li {
  border: 1px solid var(--rule);
  border-left: 0.4rem solid var(--accent);
  border-radius: 0.25rem;
  padding: 0.75rem 1rem;
}

.field-pages a {
  font-weight: 700;
}

.field-pages dl {
  margin: 0.35rem 0 0;
}

.field-pages dt {
  font-weight: 700;
  display: inline;
}

.field-pages dt::after {
  content: ": ";
}

.field-pages dd {
  display: inline;
  margin: 0;
}

main > .field-of-action:first-child {
  margin-top: 0;
}

.measure h3 {
  margin-top: 0;
}

.chapter-list ol ol {
  padding-left: 1.5rem;
  margin: 0.25rem 0 0;
}
)css";
}

} // namespace stadtsatz::html
