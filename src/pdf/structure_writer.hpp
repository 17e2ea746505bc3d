#pragma once

#include "pdf/pdf_objects.hpp"
#include "pdf/structure_tree.hpp"

#include <vector>

namespace stadtsatz::pdf {

// A link annotation of the tagged PDF and the Link element it belongs to.
struct TaggedAnnotation {
    HPDF_Dict annotation = nullptr;
    std::size_t page = 0;
    int element = -1;
};

// Writes the structure tree: StructTreeRoot with its Document element, every element with its
// kids (MCIDs, marked-content references to other pages, OBJR for annotations), attributes
// (/Alt, /Scope, /BBox, /ID), the ParentTree (each page's MCIDs and each annotation back to
// its element, /StructParents and /StructParent set), the IDTree and /MarkInfo.
void write_structure(PdfObjects& objects, const StructureTree& tree,
                     const std::vector<HPDF_Page>& pages,
                     const std::vector<std::vector<int>>& mcid_elements,
                     const std::vector<TaggedAnnotation>& annotations);

} // namespace stadtsatz::pdf
