#include "html/link_targets.hpp"

#include "html/html_escape.hpp"

#include <cctype>
#include <filesystem>

namespace stadtsatz::html {
namespace {

std::string normalised(const std::filesystem::path& path) {
    return path.lexically_normal().generic_string();
}

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

std::string page_of_chapter(const std::string& chapter_id) {
    return encode_url_component(chapter_id) + ".html";
}

bool has_url_scheme(const std::string& target) {
    // RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
    if (target.empty() || !std::isalpha(static_cast<unsigned char>(target[0]))) {
        return false;
    }
    for (char character : target) {
        if (character == ':') {
            return true;
        }
        if (!std::isalnum(static_cast<unsigned char>(character)) && character != '+' &&
            character != '-' && character != '.') {
            return false;
        }
    }
    return false;
}

LinkTargets::LinkTargets(const model::Document& document)
    : chapter_of_anchor_(document.chapter_of_anchor) {
    for (const auto& chapter : document.chapters) {
        // A chapter's own id always leads to its page, even in an unresolved document.
        chapter_of_anchor_.emplace(chapter.id, chapter.id);
        if (chapter.position.file.empty()) {
            continue;
        }
        chapter_by_file_[normalised(chapter.position.file)] = chapter.id;
        const std::string name = std::filesystem::path(chapter.position.file).filename().string();
        const auto [entry, inserted] = chapter_by_name_.emplace(name, chapter.id);
        if (!inserted && entry->second != chapter.id) {
            entry->second.clear(); // two chapters share the name: only full paths decide
        }
    }
}

std::optional<std::string> LinkTargets::chapter_of_file(const std::string& file_part,
                                                        const std::string& base_file) const {
    const auto relative = normalised(std::filesystem::path(base_file).parent_path() / file_part);
    if (const auto found = chapter_by_file_.find(relative); found != chapter_by_file_.end()) {
        return found->second;
    }
    if (const auto found = chapter_by_file_.find(normalised(file_part));
        found != chapter_by_file_.end()) {
        return found->second;
    }
    const std::string name = std::filesystem::path(file_part).filename().string();
    if (const auto found = chapter_by_name_.find(name);
        found != chapter_by_name_.end() && !found->second.empty()) {
        return found->second;
    }
    return std::nullopt;
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
                                             const std::string& base_file,
                                             const std::string& current_chapter_id) const {
    if (target.empty()) {
        return std::nullopt;
    }
    if (has_url_scheme(target)) {
        return target;
    }
    const auto hash = target.find('#');
    const std::string file_part = target.substr(0, hash);
    const std::string fragment = hash == std::string::npos ? "" : target.substr(hash + 1);
    if (file_part.empty()) {
        return anchor_href(fragment, current_chapter_id);
    }
    std::optional<std::string> chapter_id;
    if (ends_with(file_part, ".md")) {
        chapter_id = chapter_of_file(file_part, base_file);
    } else if (ends_with(file_part, ".html")) {
        const std::string stem = std::filesystem::path(file_part).stem().string();
        if (stem == "index" && fragment.empty()) {
            return std::string("index.html");
        }
        if (chapter_of_anchor_.count(stem) != 0 && chapter_of_anchor_.at(stem) == stem) {
            chapter_id = stem;
        }
    } else {
        return std::nullopt; // other files are not part of the web edition
    }
    if (!chapter_id) {
        return std::nullopt;
    }
    return anchor_href(fragment.empty() ? *chapter_id : fragment, current_chapter_id);
}

} // namespace stadtsatz::html
