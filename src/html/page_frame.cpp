#include "html/page_frame.hpp"

#include "html/edition_links.hpp"
#include "html/field_of_action_pages.hpp"
#include "html/html_escape.hpp"
#include "html/language_level.hpp"
#include "html/link_targets.hpp"
#include "html/marked_words.hpp"
#include "text/german_format.hpp"

namespace stadtsatz::html {
namespace {

std::string head(const model::Document& document, const Page& page) {
    const auto& metadata = document.metadata;
    std::string html = "<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    html += "<title>" + escape_text(page.title) + "</title>\n";
    html += language_level_meta(document.style.language_level);
    if (!metadata.subject.empty()) {
        html +=
            "<meta name=\"description\" content=\"" + escape_attribute(metadata.subject) + "\">\n";
    }
    if (!metadata.author.empty()) {
        html += "<meta name=\"author\" content=\"" + escape_attribute(metadata.author) + "\">\n";
    }
    if (!metadata.keywords.empty()) {
        std::string keywords;
        for (const auto& keyword : metadata.keywords) {
            keywords += (keywords.empty() ? "" : ", ") + keyword;
        }
        html += "<meta name=\"keywords\" content=\"" + escape_attribute(keywords) + "\">\n";
    }
    html += "<link rel=\"stylesheet\" href=\"style.css\">\n";
    if (page.previous) {
        html += "<link rel=\"prev\" href=\"" + escape_attribute(page.previous->href) + "\">\n";
    }
    if (page.next) {
        html += "<link rel=\"next\" href=\"" + escape_attribute(page.next->href) + "\">\n";
    }
    html += "</head>\n";
    return html;
}

std::string site_header(const model::Document& document, const Page& page) {
    const auto& metadata = document.metadata;
    std::string html = "<header class=\"site-header\">\n" + edition_links(document);
    html += language_level_notice(document.style.language_level);
    if (!metadata.sample_notice.empty()) {
        html += "<p class=\"sample-notice\">" + escape_text(metadata.sample_notice) + "</p>\n";
    }
    html += "<p class=\"site-title\"><a href=\"index.html\">" + escape_text(metadata.title) +
            "</a></p>\n";
    if (!page.chapter_id.empty()) {
        html += "<nav class=\"breadcrumb\" aria-label=\"Brotkrümelpfad\">\n<ol>\n"
                "<li><a href=\"index.html\">Startseite</a></li>\n"
                "<li><a href=\"" +
                page_of_chapter(page.chapter_id) + "\"" +
                (page.subpage ? "" : " aria-current=\"page\"") + ">" +
                marked_title_html(page.breadcrumb_title, document.marked_compounds) + "</a></li>\n";
        if (page.subpage) {
            html += "<li><a href=\"" + escape_attribute(page.subpage->href) +
                    "\" aria-current=\"page\">" +
                    marked_title_html(page.subpage->title, document.marked_compounds) +
                    "</a></li>\n";
        }
        html += "</ol>\n</nav>\n";
    }
    html += "</header>\n";
    return html;
}

std::string pager(const model::Document& document, const Page& page) {
    std::string html = "<nav class=\"pager\" aria-label=\"Blättern\">\n<ul>\n";
    if (page.previous) {
        html += "<li><a href=\"" + escape_attribute(page.previous->href) +
                "\" rel=\"prev\"><span aria-hidden=\"true\">← </span>Zurück: " +
                marked_title_html(page.previous->title, document.marked_compounds) + "</a></li>\n";
    }
    if (!page.chapter_id.empty()) {
        html += "<li><a href=\"index.html\">Inhaltsverzeichnis</a></li>\n";
    }
    if (page.next) {
        html += "<li><a href=\"" + escape_attribute(page.next->href) + "\" rel=\"next\">Weiter: " +
                marked_title_html(page.next->title, document.marked_compounds) +
                "<span aria-hidden=\"true\"> →</span></a></li>\n";
    }
    html += "</ul>\n</nav>\n";
    return html;
}

// The pages of a chapter's fields of action as a list inside its entry of the chapter list.
std::string field_page_list(const model::Document& document, const model::Chapter& chapter,
                            const Page& page) {
    const auto fields = fields_of_chapter(chapter);
    if (fields.empty()) {
        return "";
    }
    std::string html = "\n<ol>\n";
    for (const model::FieldOfAction* field : fields) {
        const std::string file = page_of_chapter(field->id);
        const bool current = page.subpage && page.subpage->href == file;
        html += "<li><a href=\"" + file + "\"" + (current ? " aria-current=\"page\"" : "") + ">" +
                marked_title_html(field_heading(*field), document.marked_compounds) + "</a></li>\n";
    }
    return html + "</ol>\n";
}

std::string site_footer(const model::Document& document, const Page& page) {
    const auto& metadata = document.metadata;
    std::string html = "<footer class=\"site-footer\">\n";
    html += "<nav class=\"chapter-list\" aria-label=\"Alle Kapitel\">\n<ol>\n";
    for (const auto& chapter : document.chapters) {
        const bool current = chapter.id == page.chapter_id && !page.subpage;
        std::string title = model::title_text(chapter.title);
        if (!chapter.number.empty()) {
            title = chapter.number + " " + title;
        }
        html += "<li><a href=\"" + page_of_chapter(chapter.id) + "\"" +
                (current ? " aria-current=\"page\"" : "") + ">" +
                marked_title_html(title, document.marked_compounds) + "</a>" +
                field_page_list(document, chapter, page) + "</li>\n";
    }
    html += "</ol>\n</nav>\n<p>";
    std::string facts;
    if (!metadata.publisher.empty()) {
        facts += escape_text(metadata.publisher);
    }
    if (!metadata.date.empty()) {
        facts += (facts.empty() ? "" : " · ") + std::string("Stand: <time datetime=\"") +
                 escape_attribute(metadata.date) + "\">" +
                 escape_text(text::german_long_date(metadata.date)) + "</time>";
    }
    facts += (facts.empty() ? "" : " · ") + std::string("<a href=\"") +
             (page.chapter_id.empty() ? "" : "index.html") + "#impressum\">Impressum</a>";
    const std::string& statement = document.accessibility_statement_id;
    if (!statement.empty()) {
        facts += " · <a href=\"" + page_of_chapter(statement) + "\"" +
                 (statement == page.chapter_id ? " aria-current=\"page\"" : "") +
                 ">Erklärung zur Barrierefreiheit</a>";
    }
    html += facts + "</p>\n</footer>\n";
    return html;
}

} // namespace

std::string render_page(const model::Document& document, const Page& page) {
    const std::string language =
        document.metadata.language.empty() ? std::string("de") : document.metadata.language;
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + escape_attribute(language) + "\">\n";
    html += head(document, page);
    html += "<body>\n<a class=\"skip-link\" href=\"#inhalt\">Zum Inhalt springen</a>\n";
    html += site_header(document, page);
    html += "<main id=\"inhalt\">\n" + page.main_html + "</main>\n";
    html += pager(document, page);
    html += site_footer(document, page);
    html += "</body>\n</html>\n";
    return html;
}

} // namespace stadtsatz::html
