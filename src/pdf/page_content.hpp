#pragma once

#include "layout/page.hpp"
#include "pdf/font_programs.hpp"
#include "pdf/page_geometry.hpp"
#include "pdf/structure_tree.hpp"

#include <functional>
#include <string>
#include <vector>

namespace stadtsatz::pdf {

// How the page's resources are named in its content stream (/F1, /X1, …): the writer
// registers them in the page's resource dictionary when asked.
struct ResourceNames {
    std::function<std::string(const std::string& font_file)> font;
    std::function<std::string(const std::string& image_file)> image; // "" when not embedded
};

// One page drawn as content-stream operators: shapes and pictures first, then the text.
// With a structure tree (the tagged screen PDF) every item is inside marked content: text
// and pictures with an MCID of their element, a chart's shapes with an MCID of its Figure,
// other shapes and page furniture as artifacts.
// `mcid_elements` receives the element of each MCID of the page, for the ParentTree.
std::string draw_page(const layout::Page& page, std::size_t page_index,
                      const PageGeometry& geometry, const FontPrograms& fonts,
                      const ResourceNames& names, StructureTree* structure,
                      std::vector<int>& mcid_elements);

} // namespace stadtsatz::pdf
