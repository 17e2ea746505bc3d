#pragma once

#include "model/document.hpp"

#include <optional>
#include <string>

namespace stadtsatz::html {

// A link to a neighbouring page: where it goes and the title to show.
struct PageLink {
    std::string href;
    std::string title;
};

// One page of the site before it is framed by head, header, navigation and footer.
struct Page {
    std::string title;            // the <title>, unique in the site
    std::string chapter_id;       // the chapter shown; empty on index.html
    std::string breadcrumb_title; // the chapter's name in the breadcrumb; empty on index.html
    // A field of action's page, below its chapter's (chapter_id): the page's own file and name,
    // the breadcrumb's last step. Empty on a chapter's page.
    std::optional<PageLink> subpage;
    std::optional<PageLink> previous;
    std::optional<PageLink> next;
    std::string main_html; // the content of <main>, starting with its <h1>
};

// The complete HTML document of a page: doctype, head with language, title, description and
// stylesheet, skip link, header with sample notice and breadcrumb, <main id="inhalt">,
// previous/next navigation, footer with the chapter list (each chapter's field-of-action pages
// below it), the imprint link and the link to the accessibility statement (when the document
// has one).
std::string render_page(const model::Document& document, const Page& page);

} // namespace stadtsatz::html
