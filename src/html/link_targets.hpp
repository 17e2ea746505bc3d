#pragma once

#include "model/document.hpp"

#include <map>
#include <optional>
#include <string>

namespace stadtsatz::html {

// The page file of a chapter: "<chapter id>.html" (URL-encoded).
std::string page_of_chapter(const std::string& chapter_id);

// True for "https://…", "mailto:…" and any other target that starts with a URI scheme.
bool has_url_scheme(const std::string& target);

// Turns link targets of the document model into hrefs of the web edition.
class LinkTargets {
public:
    explicit LinkTargets(const model::Document& document);

    // The href for `target` written in `base_file` (a chapter's display path, relative
    // paths start from its folder), shown on the page of `current_chapter_id` (empty on
    // index.html). "#id" -> "#id" on the same page, "<chapter>.html#id" on another;
    // "05-leitlinien.md[#id]" -> that chapter's page; external URLs stay as written.
    // Nothing when an internal target does not exist or is not a chapter.
    std::optional<std::string> href(const std::string& target, const std::string& base_file,
                                    const std::string& current_chapter_id) const;

    // The href of an anchor (heading, field, goal, measure or chapter id), or nothing.
    std::optional<std::string> anchor_href(const std::string& anchor,
                                           const std::string& current_chapter_id) const;

private:
    std::optional<std::string> chapter_of_file(const std::string& file_part,
                                               const std::string& base_file) const;

    std::map<std::string, std::string> chapter_of_anchor_;
    std::map<std::string, std::string> chapter_by_file_; // normalised display path -> id
    std::map<std::string, std::string> chapter_by_name_; // file name only -> id ("" if twice)
};

} // namespace stadtsatz::html
