#include "html/site_images.hpp"

#include "html/html_escape.hpp"

#include <filesystem>

namespace stadtsatz::html {

std::string SiteImages::site_path(const model::Image& image) {
    const std::string source = image.resolved.empty() ? image.source : image.resolved;
    if (const auto found = path_by_source_.find(source); found != path_by_source_.end()) {
        return found->second;
    }
    const std::filesystem::path written = std::filesystem::path(image.source).lexically_normal();
    std::string candidate = written.generic_string();
    const bool stays_inside = written.is_relative() && !candidate.empty() &&
                              candidate.rfind("..", 0) != 0 && candidate != ".";
    if (!stays_inside) {
        candidate = "bilder/" + written.filename().generic_string();
    }
    // Two different pictures must not end up in one file.
    const std::filesystem::path base(candidate);
    for (int suffix = 2; source_by_path_.count(candidate) != 0; ++suffix) {
        candidate = (base.parent_path() / (base.stem().string() + "-" + std::to_string(suffix) +
                                           base.extension().string()))
                        .generic_string();
    }
    path_by_source_[source] = candidate;
    source_by_path_[candidate] = source;
    copies_.emplace_back(source, candidate);
    return candidate;
}

std::string encode_site_path(const std::string& site_path) {
    std::string result;
    std::size_t start = 0;
    while (true) {
        const auto slash = site_path.find('/', start);
        result += encode_url_component(site_path.substr(start, slash - start));
        if (slash == std::string::npos) {
            break;
        }
        result += '/';
        start = slash + 1;
    }
    return result;
}

} // namespace stadtsatz::html
