#pragma once

// A publication of the repository read, resolved and laid out the way `stadtsatz build` does
// it (src/pipeline/build.cpp), for tests that check properties of the real layout.

#include "layout/layout.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "read/edition_reader.hpp"
#include "read/manifest_reader.hpp"
#include "resolve/resolve.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace stadtsatz::test {

// One laid-out publication. The layout's source nodes point into `document`, so an instance
// never moves once laid out.
struct LaidOutPublication {
    std::string name; // the content folder, relative to the repository
    model::Diagnostics diagnostics;
    model::Document document;
    layout::LaidOutDocument layout;
};

// The content folders the layout property tests cover: the sample, the second test
// publication (A5, another style) and the Leichte-Sprache one (A5, ragged right, pictograms).
inline const std::vector<std::string>& property_test_publications() {
    static const std::vector<std::string> folders = {
        "content", "tests/publications/donaustadt/content",
        "tests/publications/leichte-sprache-a5/content"};
    return folders;
}

// The first edition of the publication in `relative` (a content folder below the
// repository), laid out once per test run. Styles and fonts are looked up next to the
// content folder, as the command line does.
inline const LaidOutPublication& laid_out_publication(const std::string& relative) {
    static std::map<std::string, std::unique_ptr<LaidOutPublication>> cache;
    std::unique_ptr<LaidOutPublication>& slot = cache[relative];
    if (slot) {
        return *slot;
    }
    slot = std::make_unique<LaidOutPublication>();
    slot->name = relative;
    const std::filesystem::path content =
        (std::filesystem::path(STADTSATZ_SOURCE_DIR) / relative).lexically_normal();
    auto publication =
        read::read_manifest(content / "publikation.xml", content.parent_path(), slot->diagnostics);
    if (!publication || publication->editions.empty() || slot->diagnostics.has_errors()) {
        return *slot;
    }
    slot->document =
        read::read_edition(*publication, publication->editions.front(), slot->diagnostics);
    if (slot->diagnostics.has_errors()) {
        return *slot;
    }
    resolve::resolve_document(slot->document, slot->diagnostics);
    if (slot->diagnostics.has_errors()) {
        return *slot;
    }
    slot->layout = layout::lay_out(slot->document, slot->diagnostics);
    return *slot;
}

} // namespace stadtsatz::test
