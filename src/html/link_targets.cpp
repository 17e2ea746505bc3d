#include "html/link_targets.hpp"

#include "html/html_escape.hpp"
#include "model/link_schemes.hpp"

namespace stadtsatz::html {
std::string page_of_chapter(const std::string& chapter_id) {
    return encode_url_component(chapter_id) + ".html";
}

LinkTargets::LinkTargets(const model::Document& document)
    : chapter_of_anchor_(document.chapter_of_anchor) {
    for (const auto& chapter : document.chapters) {
        // A chapter's own id always leads to its page.
        chapter_of_anchor_.emplace(chapter.id, chapter.id);
    }
}

std::optional<std::string> LinkTargets::anchor_href(const std::string& anchor,
                                                    const std::string& current_chapter_id) const {
    const auto found = chapter_of_anchor_.find(anchor);
    if (found == chapter_of_anchor_.end()) {
        return std::nullopt;
    }
    const std::string& chapter_id = found->second;
    if (chapter_id == current_chapter_id) {
        return "#" + encode_url_component(anchor);
    }
    if (anchor == chapter_id) {
        return page_of_chapter(chapter_id);
    }
    return page_of_chapter(chapter_id) + "#" + encode_url_component(anchor);
}

std::optional<std::string> LinkTargets::href(const std::string& target,
                                             const std::string& current_chapter_id) const {
    if (!model::is_allowed_link_target(target)) {
        return std::nullopt; // resolve reported it; never write it into the site
    }
    if (model::is_external_target(target)) {
        return target;
    }
    if (target.size() < 2 || target.front() != '#') {
        return std::nullopt;
    }
    return anchor_href(target.substr(1), current_chapter_id);
}

} // namespace stadtsatz::html
