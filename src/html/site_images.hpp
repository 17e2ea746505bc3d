#pragma once

#include "model/block.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace stadtsatz::html {

// The pictures the site shows, each with one path inside the site folder.
class SiteImages {
public:
    // The site path of the picture ("bilder/prozess.png", as in content/ when that stays
    // inside the site; otherwise "bilder/<file name>"), registered for copying.
    std::string site_path(const model::Image& image);

    // (absolute source, site path) pairs in the order they were first used.
    const std::vector<std::pair<std::string, std::string>>& copies() const { return copies_; }

private:
    std::map<std::string, std::string> path_by_source_;
    std::map<std::string, std::string> source_by_path_;
    std::vector<std::pair<std::string, std::string>> copies_;
};

// The href form of a site path: every segment URL-encoded, "/" kept.
std::string encode_site_path(const std::string& site_path);

} // namespace stadtsatz::html
