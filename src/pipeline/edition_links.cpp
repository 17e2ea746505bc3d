#include "pipeline/edition_links.hpp"

#include "pipeline/output_names.hpp"

namespace stadtsatz::pipeline {

void link_other_editions(const model::Publication& publication, const model::Edition& edition,
                         model::Document& document) {
    document.site_folder = output_names(edition).html_site;
    document.other_editions.clear();
    for (const model::Edition& other : publication.editions) {
        if (other.id == edition.id || other.id.empty()) {
            continue;
        }
        model::OtherEdition link;
        link.id = other.id;
        link.link_text = other.link_text.empty() ? other.title : other.link_text;
        link.site_folder = output_names(other).html_site;
        document.other_editions.push_back(std::move(link));
    }
}

} // namespace stadtsatz::pipeline
