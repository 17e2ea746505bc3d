#pragma once

#include "model/document.hpp"

#include <map>
#include <optional>
#include <string>

namespace stadtsatz::html {

// The file of a page: "<page id>.html" (URL-encoded). A chapter's page id is the chapter's id,
// a field of action's page id the field's id (html/field_of_action_pages.hpp).
std::string page_of_chapter(const std::string& page_id);

// Turns link targets of the document model into hrefs of the web edition.
class LinkTargets {
public:
    explicit LinkTargets(const model::Document& document);

    // The href for a resolved link target: "#id" → "#id" on the same page or
    // "<page>.html#id" on another; external URLs stay as written. Nothing when the anchor
    // does not exist (resolve has already reported it).
    std::optional<std::string> href(const std::string& target,
                                    const std::string& current_page_id) const;

    // The href of an anchor (heading, field, goal, measure or chapter id), or nothing. A field
    // of action and every goal and measure in it are on the field's own page.
    std::optional<std::string> anchor_href(const std::string& anchor,
                                           const std::string& current_page_id) const;

private:
    std::map<std::string, std::string> page_of_anchor_; // anchor id → page id
};

} // namespace stadtsatz::html
