#pragma once

#include "model/publication.hpp"

#include <filesystem>
#include <optional>
#include <set>
#include <string>

namespace stadtsatz::cli {

// Which editions a set of changed files affects.
struct RebuildPlan {
    bool all_editions = false;      // the manifest, a font, a picture, …: build everything
    std::set<std::string> editions; // otherwise only these (none: nothing to build)
    bool empty() const { return !all_editions && editions.empty(); }
};

// The folders of the watched publication: content/ and its siblings styles/ and fonts/.
struct PublicationFolders {
    std::filesystem::path content;
    std::filesystem::path styles;
    std::filesystem::path fonts;
};

// Narrows a rebuild to what the changed files feed: a chapter or measures file only the
// editions that list it (none if no edition lists it), a style file only the editions that use
// it; the manifest, pictures, the exception list, fonts, print profiles and new or removed
// folders every edition. Without a readable manifest everything is rebuilt (and its errors
// reported).
RebuildPlan plan_rebuild(const std::set<std::filesystem::path>& changed,
                         const PublicationFolders& folders,
                         const std::optional<model::Publication>& publication);

} // namespace stadtsatz::cli
