#include "pdf/structure_writer.hpp"

#include <algorithm>
#include <map>

namespace stadtsatz::pdf {
namespace {

// The page an element is shown on first (/Pg), or -1 when it has no content of its own.
int first_page(const StructureElement& element) {
    for (const StructureKid& kid : element.kids) {
        if (kid.kind != StructureKid::Kind::Element) {
            return static_cast<int>(kid.page);
        }
    }
    return -1;
}

} // namespace

void write_structure(PdfObjects& objects, const StructureTree& tree,
                     const std::vector<HPDF_Page>& pages,
                     const std::vector<std::vector<int>>& mcid_elements,
                     const std::vector<TaggedAnnotation>& annotations) {
    const auto& elements = tree.elements();
    HPDF_Doc pdf = objects.document();
    HPDF_Dict root = objects.indirect_dictionary();
    objects.add_name(root, "Type", "StructTreeRoot");

    // Every element reachable from the Document element gets a dictionary; parents first.
    std::vector<HPDF_Dict> dictionaries(elements.size(), nullptr);
    std::vector<std::size_t> order = {0};
    for (std::size_t position = 0; position < order.size(); ++position) {
        for (const StructureKid& kid : elements[order[position]].kids) {
            if (kid.kind == StructureKid::Kind::Element) {
                order.push_back(static_cast<std::size_t>(kid.element));
            }
        }
    }
    for (const std::size_t index : order) {
        dictionaries[index] = objects.indirect_dictionary();
    }
    std::map<std::string, HPDF_Dict> ids;
    for (const std::size_t index : order) {
        const StructureElement& element = elements[index];
        HPDF_Dict dictionary = dictionaries[index];
        objects.add_name(dictionary, "Type", "StructElem");
        objects.add_name(dictionary, "S", element.type.c_str());
        objects.add(dictionary, "P",
                    element.parent < 0 ? root
                                       : dictionaries[static_cast<std::size_t>(element.parent)]);
        const int page = first_page(element);
        if (page >= 0) {
            objects.add(dictionary, "Pg", pages[static_cast<std::size_t>(page)]);
        }
        if (!element.alternative.empty()) {
            objects.add_text(dictionary, "Alt", element.alternative);
        }
        if (!element.title.empty()) {
            objects.add_text(dictionary, "T", element.title);
        }
        if (!element.note_id.empty()) {
            objects.add(dictionary, "ID", objects.byte_string(element.note_id));
            ids.emplace(element.note_id, dictionary);
        }
        if (!element.scope.empty()) {
            HPDF_Dict attributes = objects.direct_dictionary();
            objects.add_name(attributes, "O", "Table");
            objects.add_name(attributes, "Scope", element.scope.c_str());
            objects.add(dictionary, "A", attributes);
        }
        if (element.bounding_box && element.bounding_box_page >= 0) {
            HPDF_Dict attributes = objects.direct_dictionary();
            objects.add_name(attributes, "O", "Layout");
            const auto& box = *element.bounding_box;
            objects.add(attributes, "BBox", objects.numbers({box[0], box[1], box[2], box[3]}));
            objects.add(dictionary, "A", attributes);
        }
        HPDF_Array kids = objects.array();
        for (const StructureKid& kid : element.kids) {
            switch (kid.kind) {
            case StructureKid::Kind::Element:
                HPDF_Array_Add(kids, dictionaries[static_cast<std::size_t>(kid.element)]);
                break;
            case StructureKid::Kind::MarkedContent:
                if (static_cast<int>(kid.page) == page) {
                    HPDF_Array_AddNumber(kids, kid.mcid);
                } else {
                    HPDF_Dict reference = objects.direct_dictionary();
                    objects.add_name(reference, "Type", "MCR");
                    objects.add(reference, "Pg", pages[kid.page]);
                    objects.add_integer(reference, "MCID", kid.mcid);
                    HPDF_Array_Add(kids, reference);
                }
                break;
            case StructureKid::Kind::Annotation: {
                const TaggedAnnotation& tagged =
                    annotations[static_cast<std::size_t>(kid.annotation)];
                HPDF_Dict reference = objects.direct_dictionary();
                objects.add_name(reference, "Type", "OBJR");
                objects.add(reference, "Pg", pages[tagged.page]);
                objects.add(reference, "Obj", tagged.annotation);
                HPDF_Array_Add(kids, reference);
                break;
            }
            }
        }
        objects.add(dictionary, "K", kids);
    }
    HPDF_Array top = objects.array();
    HPDF_Array_Add(top, dictionaries[0]);
    objects.add(root, "K", top);

    // ParentTree: key i = page i's MCIDs, then one key per annotation.
    HPDF_Dict parent_tree = objects.indirect_dictionary();
    HPDF_Array numbers = objects.array();
    for (std::size_t page = 0; page < pages.size(); ++page) {
        HPDF_Dict_AddNumber(pages[page], "StructParents", static_cast<HPDF_INT32>(page));
        HPDF_Array_AddNumber(numbers, static_cast<HPDF_INT32>(page));
        HPDF_Array marked = objects.array();
        for (const int element : mcid_elements[page]) {
            HPDF_Array_Add(marked, dictionaries[static_cast<std::size_t>(element)]);
        }
        HPDF_Array_Add(numbers, marked);
    }
    for (std::size_t index = 0; index < annotations.size(); ++index) {
        const auto key = static_cast<HPDF_INT32>(pages.size() + index);
        HPDF_Dict_AddNumber(annotations[index].annotation, "StructParent", key);
        HPDF_Array_AddNumber(numbers, key);
        HPDF_Array_Add(numbers, dictionaries[static_cast<std::size_t>(annotations[index].element)]);
    }
    objects.add(parent_tree, "Nums", numbers);
    objects.add(root, "ParentTree", parent_tree);
    objects.add_integer(root, "ParentTreeNextKey",
                        static_cast<std::int64_t>(pages.size() + annotations.size()));
    if (!ids.empty()) {
        HPDF_Dict id_tree = objects.direct_dictionary();
        HPDF_Array names = objects.array();
        for (const auto& [id, dictionary] : ids) { // std::map: sorted, as a name tree wants
            HPDF_Array_Add(names, objects.byte_string(id));
            HPDF_Array_Add(names, dictionary);
        }
        objects.add(id_tree, "Names", names);
        objects.add(root, "IDTree", id_tree);
    }
    objects.add(pdf->catalog, "StructTreeRoot", root);
    HPDF_Dict mark_info = objects.direct_dictionary();
    objects.add_boolean(mark_info, "Marked", true);
    objects.add(pdf->catalog, "MarkInfo", mark_info);
}

} // namespace stadtsatz::pdf
