#include "model/measure_lookup.hpp"

#include <set>

namespace stadtsatz::model {

std::vector<const FieldOfAction*> document_fields(const Document& document) {
    std::vector<const FieldOfAction*> fields;
    std::set<std::string> ids;
    for (const Chapter& chapter : document.chapters) {
        for (const Block& block : chapter.blocks) {
            if (block.kind == BlockKind::FieldOfAction && block.field_of_action &&
                ids.insert(block.field_of_action->id).second) {
                fields.push_back(block.field_of_action.get());
            }
        }
    }
    for (const Chapter& chapter : document.chapters) {
        for (const FieldOfAction& field : chapter.data_fields) {
            if (ids.insert(field.id).second) {
                fields.push_back(&field);
            }
        }
    }
    return fields;
}

const Measure* find_measure(const Document& document, const std::string& id) {
    for (const FieldOfAction* field : document_fields(document)) {
        for (const Goal& goal : field->goals) {
            for (const Measure& measure : goal.measures) {
                if (measure.id == id) {
                    return &measure;
                }
            }
        }
    }
    return nullptr;
}

const FieldOfAction* find_field(const Document& document, const std::string& id) {
    for (const FieldOfAction* field : document_fields(document)) {
        if (field->id == id) {
            return field;
        }
    }
    return nullptr;
}

} // namespace stadtsatz::model
