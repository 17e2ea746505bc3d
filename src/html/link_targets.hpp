#pragma once

#include "model/document.hpp"

#include <map>
#include <optional>
#include <string>

namespace stadtsatz::html {

// The page file of a chapter: "<chapter id>.html" (URL-encoded).
std::string page_of_chapter(const std::string& chapter_id);

// Turns link targets of the document model into hrefs of the web edition.
class LinkTargets {
public:
    explicit LinkTargets(const model::Document& document);

    // The href for a resolved link target: "#id" → "#id" on the same page or
    // "<chapter>.html#id" on another; external URLs stay as written. Nothing when the anchor
    // does not exist (resolve has already reported it).
    std::optional<std::string> href(const std::string& target,
                                    const std::string& current_chapter_id) const;

    // The href of an anchor (heading, field, goal, measure or chapter id), or nothing.
    std::optional<std::string> anchor_href(const std::string& anchor,
                                           const std::string& current_chapter_id) const;

private:
    std::map<std::string, std::string> chapter_of_anchor_;
};

} // namespace stadtsatz::html
