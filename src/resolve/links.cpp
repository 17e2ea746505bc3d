#include "resolve/links.hpp"

#include "model/link_schemes.hpp"
#include "model/quoted_input.hpp"
#include "model/suggestions.hpp"
#include "resolve/inline_walk.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <set>

namespace stadtsatz::resolve {
namespace {

// Chapter ids by the chapter file's path as the manifest names it ("kapitel/02-prozess.md").
std::map<std::string, std::string> chapters_by_file(const model::Document& document) {
    std::map<std::string, std::string> result;
    for (const auto& chapter : document.chapters) {
        result[std::filesystem::path(chapter.position.file).lexically_normal().string()] =
            chapter.id;
    }
    return result;
}

// The files of the parts the reader left out, as chapters_by_file spells them.
std::set<std::string> unread_files(const model::Document& document) {
    std::set<std::string> result;
    for (const std::string& file : document.unread_parts) {
        result.insert(std::filesystem::path(file).lexically_normal().string());
    }
    return result;
}

class LinkResolver {
public:
    LinkResolver(const model::Document& document, const AnchorTable& anchors,
                 model::Diagnostics& diagnostics)
        : chapters_(chapters_by_file(document)), unread_files_(unread_files(document)),
          anchors_(anchors), diagnostics_(diagnostics) {}

    // `base_file` is the file the link was written in; relative paths start from its folder.
    void resolve(model::Inline& link, const std::string& base_file) {
        const std::string target = link.target;
        const std::string shown = model::quoted_input(target);
        if (target.empty()) {
            diagnostics_.error(link.position, "Link ohne Ziel");
            return;
        }
        if (!model::is_allowed_link_target(target)) {
            diagnostics_.error(link.position, "Link-Ziel „" + shown + "“ ist nicht erlaubt: " +
                                                  model::allowed_schemes_hint());
            return;
        }
        if (model::is_external_target(target)) {
            return;
        }
        const auto hash = target.find('#');
        const std::string file_part = target.substr(0, hash);
        const std::string fragment = hash == std::string::npos ? "" : target.substr(hash + 1);
        std::string anchor = fragment;
        std::string chapter_id; // the chapter the link names by file, if it does
        if (!file_part.empty()) {
            const auto path = (std::filesystem::path(base_file).parent_path() / file_part)
                                  .lexically_normal()
                                  .string();
            auto chapter = chapters_.find(path);
            if (chapter == chapters_.end()) {
                if (unread_files_.count(path) > 0) {
                    return; // the chapter has errors of its own; its anchors are unknown
                }
                // Suggested as the editor writes it: relative to the linking file's folder.
                const auto folder = std::filesystem::path(base_file).parent_path();
                std::vector<std::string> files;
                for (const auto& [file, id] : chapters_) {
                    files.push_back(
                        std::filesystem::path(file).lexically_relative(folder).string());
                }
                const auto match =
                    suggestions_left_-- > 0
                        ? model::closest_match(
                              std::filesystem::path(file_part).lexically_normal().string(), files)
                        : std::nullopt;
                diagnostics_.error(link.position,
                                   "Link-Ziel „" + shown + "“ nicht gefunden: kein Kapitel " +
                                       model::quoted_input(path) + " in dieser Ausgabe" +
                                       (match ? model::did_you_mean(*match) : ""));
                return;
            }
            chapter_id = chapter->second;
            if (anchor.empty()) {
                anchor = chapter->second;
            } else {
                anchor = in_chapter(anchor, chapter->second);
            }
        }
        if (anchors_.count(anchor) == 0) {
            if (chapter_id.empty() && !unread_files_.empty()) {
                return; // the anchor may be in a part the reader had to leave out
            }
            std::optional<std::string> match;
            if (suggestions_left_-- > 0) {
                std::vector<std::string> candidates;
                for (const auto& [id, place] : anchors_) {
                    if (chapter_id.empty() || place.chapter_id == chapter_id) {
                        candidates.push_back(id);
                    }
                }
                match = model::closest_match(anchor, candidates);
            }
            diagnostics_.error(link.position, "Link-Ziel „" + shown +
                                                  "“ nicht gefunden: keine Überschrift, "
                                                  "kein Ziel und keine Maßnahme mit der ID „" +
                                                  model::quoted_input(anchor) + "“" +
                                                  (match ? model::did_you_mean("#" + *match) : ""));
            return;
        }
        link.target = "#" + anchor;
    }

private:
    // "kapitel.md#ziele" names the heading in that chapter: when an earlier chapter holds
    // "ziele" too, this chapter's heading got "ziele-2" (or -3, …) and the link goes there.
    std::string in_chapter(const std::string& anchor, const std::string& chapter_id) const {
        auto found = anchors_.find(anchor);
        if (found == anchors_.end() || found->second.chapter_id == chapter_id) {
            return anchor;
        }
        for (int suffix = 2;; ++suffix) {
            const std::string candidate = anchor + "-" + std::to_string(suffix);
            found = anchors_.find(candidate);
            if (found == anchors_.end()) {
                return anchor;
            }
            if (found->second.chapter_id == chapter_id) {
                return candidate;
            }
        }
    }

    std::map<std::string, std::string> chapters_;
    std::set<std::string> unread_files_;
    int suggestions_left_ = model::suggestions_per_check; // see model/suggestions.hpp
    const AnchorTable& anchors_;
    model::Diagnostics& diagnostics_;
};

} // namespace

void resolve_links(model::Document& document, const AnchorTable& anchors,
                   model::Diagnostics& diagnostics) {
    LinkResolver resolver(document, anchors, diagnostics);
    for (auto& chapter : document.chapters) {
        const std::string base = chapter.position.file;
        for_each_inline(chapter.blocks, [&](model::Inline& run) {
            if (run.kind == model::InlineKind::Link) {
                resolver.resolve(run, base);
            }
        });
    }
    for (auto& [id, footnote] : document.footnotes) {
        const std::string base = footnote.position.file;
        for_each_inline(footnote.blocks, [&](model::Inline& run) {
            if (run.kind == model::InlineKind::Link) {
                resolver.resolve(run, base);
            }
        });
    }
}

} // namespace stadtsatz::resolve
