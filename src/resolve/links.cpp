#include "resolve/links.hpp"

#include "model/link_schemes.hpp"
#include "resolve/inline_walk.hpp"

#include <filesystem>
#include <map>

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

class LinkResolver {
public:
    LinkResolver(const model::Document& document, const AnchorTable& anchors,
                 model::Diagnostics& diagnostics)
        : chapters_(chapters_by_file(document)), anchors_(anchors), diagnostics_(diagnostics) {}

    // `base_file` is the file the link was written in; relative paths start from its folder.
    void resolve(model::Inline& link, const std::string& base_file) {
        const std::string target = link.target;
        if (target.empty()) {
            diagnostics_.error(link.position, "Link ohne Ziel");
            return;
        }
        if (!model::is_allowed_link_target(target)) {
            diagnostics_.error(link.position, "Link-Ziel „" + target + "“ ist nicht erlaubt: " +
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
        if (!file_part.empty()) {
            const auto path = (std::filesystem::path(base_file).parent_path() / file_part)
                                  .lexically_normal()
                                  .string();
            auto chapter = chapters_.find(path);
            if (chapter == chapters_.end()) {
                diagnostics_.error(link.position, "Link-Ziel „" + target +
                                                      "“ nicht gefunden: kein Kapitel " + path +
                                                      " in dieser Ausgabe");
                return;
            }
            if (anchor.empty()) {
                anchor = chapter->second;
            }
        }
        if (anchors_.count(anchor) == 0) {
            diagnostics_.error(link.position, "Link-Ziel „" + target +
                                                  "“ nicht gefunden: keine Überschrift, "
                                                  "kein Ziel und keine Maßnahme mit der ID „" +
                                                  anchor + "“");
            return;
        }
        link.target = "#" + anchor;
    }

private:
    std::map<std::string, std::string> chapters_;
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
