#include "html/link_targets.hpp"

#include "html/field_of_action_pages.hpp"
#include "html/html_escape.hpp"
#include "model/link_schemes.hpp"

namespace stadtsatz::html {
std::string page_of_chapter(const std::string& page_id) {
    return encode_url_component(page_id) + ".html";
}

LinkTargets::LinkTargets(const model::Document& document)
    : page_of_anchor_(document.chapter_of_anchor) {
    for (const auto& chapter : document.chapters) {
        // A chapter's own id always leads to its page.
        page_of_anchor_.emplace(chapter.id, chapter.id);
        for (const model::FieldOfAction* field : fields_of_chapter(chapter)) {
            page_of_anchor_[field->id] = field->id;
            for (const model::Goal& goal : field->goals) {
                page_of_anchor_[goal.id] = field->id;
                for (const model::Measure& measure : goal.measures) {
                    page_of_anchor_[measure.id] = field->id;
                }
            }
        }
    }
}

std::optional<std::string> LinkTargets::anchor_href(const std::string& anchor,
                                                    const std::string& current_page_id) const {
    const auto found = page_of_anchor_.find(anchor);
    if (found == page_of_anchor_.end()) {
        return std::nullopt;
    }
    const std::string& page_id = found->second;
    if (page_id == current_page_id) {
        return "#" + encode_url_component(anchor);
    }
    if (anchor == page_id) {
        return page_of_chapter(page_id);
    }
    return page_of_chapter(page_id) + "#" + encode_url_component(anchor);
}

std::optional<std::string> LinkTargets::href(const std::string& target,
                                             const std::string& current_page_id) const {
    if (!model::is_allowed_link_target(target)) {
        return std::nullopt; // resolve reported it; never write it into the site
    }
    if (model::is_external_target(target)) {
        return target;
    }
    if (target.size() < 2 || target.front() != '#') {
        return std::nullopt;
    }
    return anchor_href(target.substr(1), current_page_id);
}

} // namespace stadtsatz::html
