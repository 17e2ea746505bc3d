#include "cli/rebuild_plan.hpp"

#include "pipeline/build_options.hpp"

#include <algorithm>

namespace stadtsatz::cli {
namespace fs = std::filesystem;

namespace {

// `path` relative to `folder` if it lies inside it.
std::optional<fs::path> inside(const fs::path& path, const fs::path& folder) {
    const auto mismatch = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    if (mismatch.first != folder.end()) {
        return std::nullopt;
    }
    return path.lexically_relative(folder);
}

bool has_extension(const fs::path& path, std::initializer_list<const char*> extensions) {
    const std::string extension = path.extension().string();
    return std::any_of(extensions.begin(), extensions.end(),
                       [&](const char* candidate) { return extension == candidate; });
}

// Adds to `plan` what one changed path affects.
void plan_one(const fs::path& path, const PublicationFolders& folders,
              const model::Publication& publication, RebuildPlan& plan) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
        plan.all_editions = true; // a folder created, moved or removed: its files may be anything
        return;
    }
    if (auto relative = inside(path, folders.content)) {
        if (*relative == pipeline::manifest_file_name) {
            plan.all_editions = true;
            return;
        }
        bool listed = false;
        for (const auto& edition : publication.editions) {
            for (const auto& part : edition.parts) {
                if (fs::path(part.file).lexically_normal() == *relative) {
                    plan.editions.insert(edition.id);
                    listed = true;
                }
                // <massnahmen> inside <monitoring>: read for the report's figures
                for (const auto& data : part.data_files) {
                    if (fs::path(data.file).lexically_normal() == *relative) {
                        plan.editions.insert(edition.id);
                        listed = true;
                    }
                }
            }
        }
        // A chapter or measures file no edition lists, or a schema, changes no output.
        if (!listed && !has_extension(*relative, {".md", ".xml", ".xsd"})) {
            plan.all_editions = true; // pictures, trennungen.txt: any chapter may use them
        }
        return;
    }
    if (auto relative = inside(path, folders.styles)) {
        bool used = false;
        for (const auto& edition : publication.editions) {
            if (fs::path(edition.style_file).lexically_normal() == *relative) {
                plan.editions.insert(edition.id);
                used = true;
            }
        }
        if (!used && !has_extension(*relative, {".xml", ".xsd", ".md"})) {
            plan.all_editions = true; // a print profile (icc/) a style may name
        }
        return;
    }
    if (auto relative = inside(path, folders.fonts)) {
        if (!has_extension(*relative, {".md", ".txt"})) {
            plan.all_editions = true;
        }
    }
}

} // namespace

RebuildPlan plan_rebuild(const std::set<fs::path>& changed, const PublicationFolders& folders,
                         const std::optional<model::Publication>& publication) {
    RebuildPlan plan;
    if (!publication) {
        plan.all_editions = !changed.empty();
        return plan;
    }
    for (const fs::path& path : changed) {
        plan_one(path.lexically_normal(), folders, *publication, plan);
        if (plan.all_editions) {
            break;
        }
    }
    if (plan.all_editions) {
        plan.editions.clear();
    }
    return plan;
}

} // namespace stadtsatz::cli
