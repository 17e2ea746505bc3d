#include "html/html_writer.hpp"

#include "html/content_writer.hpp"
#include "html/field_of_action_pages.hpp"
#include "html/html_escape.hpp"
#include "html/link_targets.hpp"
#include "html/marked_words.hpp"
#include "html/measures_overview_markup.hpp"
#include "html/page_frame.hpp"
#include "html/site_images.hpp"
#include "html/stylesheet.hpp"
#include "model/marked_words.hpp"
#include "text/german_format.hpp"

#include <set>

namespace stadtsatz::html {
namespace {

std::string numbered_title(const model::Chapter& chapter) {
    const std::string title = model::title_text(chapter.title);
    return chapter.number.empty() ? title : chapter.number + " " + title;
}

// The entries of the start page's contents: chapters and their level-2 headings (fields of
// action included). Taken from Document::toc, or from the chapters when it is empty.
std::vector<model::TocEntry> contents_entries(const model::Document& document) {
    std::vector<model::TocEntry> entries;
    for (const auto& chapter : document.chapters) {
        entries.push_back(
            {1, chapter.number, model::title_text(chapter.title), chapter.id, chapter.id});
        if (!document.toc.empty()) {
            for (const auto& entry : document.toc) {
                if (entry.level == 2 && entry.chapter_id == chapter.id) {
                    entries.push_back(entry);
                }
            }
            continue;
        }
        for (const auto& block : chapter.blocks) {
            if (block.kind == model::BlockKind::Heading && block.level == 2) {
                entries.push_back(
                    {2, block.number, model::title_text(block.inlines), block.id, chapter.id});
            } else if (block.kind == model::BlockKind::FieldOfAction && block.field_of_action) {
                const auto& field = *block.field_of_action;
                entries.push_back({2, "", field_heading(field), field.id, chapter.id});
            }
        }
    }
    return entries;
}

std::string entry_link(const model::TocEntry& entry, const LinkTargets& links,
                       const std::map<std::string, std::string>& marked_compounds) {
    const std::string href =
        links.anchor_href(entry.id, "").value_or(page_of_chapter(entry.chapter_id));
    std::string html = "<a href=\"" + escape_attribute(href) + "\">";
    if (!entry.number.empty()) {
        html += "<span class=\"heading-number\">" + escape_text(entry.number) + "</span> ";
    }
    return html + marked_title_html(entry.title, marked_compounds) + "</a>"; // as in the text
}

std::string table_of_contents(const model::Document& document, const LinkTargets& links) {
    std::string html = "<nav class=\"toc\" aria-labelledby=\"inhaltsverzeichnis\">\n"
                       "<h2 id=\"inhaltsverzeichnis\">Inhalt</h2>\n<ol>\n";
    bool open_chapter = false;
    bool open_sublist = false;
    for (const auto& entry : contents_entries(document)) {
        if (entry.level == 1) {
            if (open_sublist) {
                html += "</ol>\n";
                open_sublist = false;
            }
            if (open_chapter) {
                html += "</li>\n";
            }
            html += "<li>" + entry_link(entry, links, document.marked_compounds);
            open_chapter = true;
        } else {
            if (!open_sublist) {
                html += "\n<ol>\n";
                open_sublist = true;
            }
            html += "<li>" + entry_link(entry, links, document.marked_compounds) + "</li>\n";
        }
    }
    if (open_sublist) {
        html += "</ol>\n";
    }
    if (open_chapter) {
        html += "</li>\n";
    }
    html += "</ol>\n</nav>\n";
    return html;
}

// The link to the screen PDF, with its size and pages, or nothing without one.
std::string download_link(const model::Document& document,
                          const std::optional<PdfDownload>& download) {
    if (!download) {
        return "";
    }
    return "<p class=\"download\"><a href=\"" +
           escape_attribute(encode_site_path(download->file_name)) +
           "\" type=\"application/pdf\">" +
           escape_text(pdf_download_label(document.metadata.title, *download)) + "</a></p>\n";
}

std::string start_page_content(const model::Document& document, const LinkTargets& links,
                               const std::optional<PdfDownload>& download,
                               const std::vector<DataDownload>& data) {
    const auto& metadata = document.metadata;
    std::string html = "<h1>" + escape_text(metadata.title) + "</h1>\n";
    if (!metadata.subtitle.empty()) {
        html += "<p class=\"subtitle\">" + escape_text(metadata.subtitle) + "</p>\n";
    }
    std::vector<std::string> facts;
    if (!metadata.publisher.empty()) {
        facts.push_back("Herausgeberin: " + escape_text(metadata.publisher));
    }
    if (!metadata.author.empty()) {
        facts.push_back(escape_text(metadata.author));
    }
    if (!document.edition_title.empty()) {
        facts.push_back(escape_text(document.edition_title));
    }
    if (!metadata.date.empty()) {
        facts.push_back("Stand: <time datetime=\"" + escape_attribute(metadata.date) + "\">" +
                        escape_text(text::german_long_date(metadata.date)) + "</time>");
    }
    if (!facts.empty()) {
        html += "<p class=\"publication-facts\">";
        for (std::size_t index = 0; index < facts.size(); ++index) {
            html += (index == 0 ? "" : "<br>\n") + facts[index];
        }
        html += "</p>\n";
    }
    if (!metadata.subject.empty()) {
        html += "<p>" + escape_text(metadata.subject) + "</p>\n";
    }
    html += download_link(document, download);
    html += data_downloads_html(data);
    if (!document.accessibility_statement_id.empty()) {
        html += "<p>Wie barrierefrei Website und PDF sind und wie Sie Barrieren melden, steht "
                "in der <a href=\"" +
                page_of_chapter(document.accessibility_statement_id) +
                "\">Erklärung zur Barrierefreiheit</a>.</p>\n";
    }
    html += table_of_contents(document, links);
    html += "<section class=\"imprint\" aria-labelledby=\"impressum\">\n"
            "<h2 id=\"impressum\">Impressum</h2>\n<p>";
    for (std::size_t index = 0; index < metadata.imprint_lines.size(); ++index) {
        html += (index == 0 ? "" : "<br>\n") + escape_text(metadata.imprint_lines[index]);
    }
    if (metadata.imprint_lines.empty()) {
        html += escape_text(metadata.publisher);
    }
    html += "</p>\n</section>\n";
    return html;
}

std::string chapter_content(const model::Chapter& chapter, ContentWriter& writer) {
    std::string html = "<h1" + id_attribute(chapter.id) + ">";
    if (!chapter.number.empty()) {
        html += "<span class=\"heading-number\">" + escape_text(chapter.number) + "</span> ";
    }
    html += writer.heading_inlines(chapter.title) + "</h1>\n";
    if (chapter.generated == model::GeneratedChapter::MeasuresOverview) {
        html += measures_overview_html(writer.blocks(chapter.blocks));
    } else {
        html += writer.blocks(chapter.blocks);
    }
    html += writer.footnote_list();
    return html;
}

// The open-data links at the end of a chapter that holds fields of action, where a reader of
// the measures looks for them.
std::string chapter_data_downloads(const model::Chapter& chapter,
                                   const std::vector<DataDownload>& data) {
    for (const auto& block : chapter.blocks) {
        if (block.kind == model::BlockKind::FieldOfAction) {
            return data_downloads_html(data);
        }
    }
    return "";
}

// "Ausgangslage – Integrationskonzept der Stadt Neu-Ulm", made unique if two chapters share
// a title (the number, or failing that the id, tells them apart).
std::string page_title(const model::Chapter& chapter, const std::string& publication_title,
                       std::set<std::string>& used_titles) {
    const std::string suffix = publication_title.empty() ? "" : " – " + publication_title;
    std::string title = model::title_text(chapter.title) + suffix;
    if (used_titles.count(title) != 0) {
        title = numbered_title(chapter) + suffix;
    }
    if (used_titles.count(title) != 0) {
        title = model::title_text(chapter.title) + " (" + chapter.id + ")" + suffix;
    }
    used_titles.insert(title);
    return title;
}

// "Handlungsfeld 1: Sprache und Bildung – Integrationskonzept …", with the id if taken.
std::string unique_title(const std::string& name, const std::string& publication_title,
                         const std::string& id, std::set<std::string>& used_titles) {
    const std::string suffix = publication_title.empty() ? "" : " – " + publication_title;
    std::string title = name + suffix;
    if (used_titles.count(title) != 0) {
        title = name + " (" + id + ")" + suffix;
    }
    used_titles.insert(title);
    return title;
}

// A page of the site after the start page: a chapter's, or a field of action's.
struct SitePage {
    const model::Chapter* chapter = nullptr;     // the chapter shown, or holding the field
    const model::FieldOfAction* field = nullptr; // the field shown; null on a chapter's page
    std::string file;                            // "05-handlungsfelder.html", "hf-….html"
    std::string title;                           // its name in previous/next links
};

// The pages in reading order: each chapter, followed by the pages of its fields of action.
std::vector<SitePage> reading_order(const model::Document& document) {
    std::vector<SitePage> order;
    for (const model::Chapter& chapter : document.chapters) {
        order.push_back({&chapter, nullptr, page_of_chapter(chapter.id), numbered_title(chapter)});
        for (const model::FieldOfAction* field : fields_of_chapter(chapter)) {
            order.push_back({&chapter, field, page_of_chapter(field->id), field_heading(*field)});
        }
    }
    return order;
}

} // namespace

Site render_site(const model::Document& document, model::Diagnostics& diagnostics,
                 const std::optional<PdfDownload>& download,
                 const std::vector<DataDownload>& data) {
    Site site;
    const LinkTargets links(document);
    SiteImages images;
    const std::vector<SitePage> order = reading_order(document);
    std::set<std::string> used_titles;

    Page start;
    start.title = document.metadata.title;
    used_titles.insert(start.title);
    if (!order.empty()) {
        start.next = PageLink{order.front().file, order.front().title};
    }
    start.main_html = start_page_content(document, links, download, data);
    site.files.push_back({"index.html", render_page(document, start)});

    std::set<std::string> page_files{"index.html"};
    for (std::size_t index = 0; index < order.size(); ++index) {
        const SitePage& entry = order[index];
        const model::Chapter& chapter = *entry.chapter;
        const std::string& page_id = entry.field ? entry.field->id : chapter.id;
        if (page_id.empty() || !page_files.insert(entry.file).second) {
            diagnostics.error(entry.field ? entry.field->position : chapter.position,
                              (entry.field ? "Handlungsfeld-ID „" : "Kapitel-ID „") + page_id +
                                  "“ ergibt keinen eindeutigen Dateinamen für die HTML-Seite; " +
                                  (entry.field ? "bitte dem Handlungsfeld eine andere id= geben"
                                               : "bitte die Kapitelüberschrift mit {#…} benennen"));
            continue;
        }
        ContentWriter writer(document, links, images, diagnostics, page_id);
        Page page;
        // the browser tab and a screen reader's page title name the chapter unsplit
        page.title = model::unmarked_text(
            entry.field ? unique_title(field_heading(*entry.field), document.metadata.title,
                                       entry.field->id, used_titles)
                        : page_title(chapter, document.metadata.title, used_titles),
            document.marked_compounds);
        page.chapter_id = chapter.id;
        page.breadcrumb_title = numbered_title(chapter);
        if (entry.field) {
            page.subpage = PageLink{entry.file, entry.title};
        }
        page.previous = index > 0 ? PageLink{order[index - 1].file, order[index - 1].title}
                                  : PageLink{"index.html", "Startseite"};
        if (index + 1 < order.size()) {
            page.next = PageLink{order[index + 1].file, order[index + 1].title};
        }
        page.main_html =
            entry.field ? writer.field_page(*entry.field)
                        : chapter_content(chapter, writer) + chapter_data_downloads(chapter, data);
        site.files.push_back({entry.file, render_page(document, page)});
    }

    site.files.push_back({"style.css", render_stylesheet(document.style)});
    site.images = images.copies();
    return site;
}

} // namespace stadtsatz::html
