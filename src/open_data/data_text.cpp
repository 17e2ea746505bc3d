#include "open_data/data_text.hpp"

#include "model/marked_words.hpp"

namespace stadtsatz::open_data {

std::vector<const model::FieldOfAction*> printed_fields_of_action(const model::Document& document) {
    std::vector<const model::FieldOfAction*> fields;
    for (const model::Chapter& chapter : document.chapters) {
        for (const model::Block& block : chapter.blocks) {
            if (block.kind == model::BlockKind::FieldOfAction && block.field_of_action) {
                fields.push_back(block.field_of_action.get());
            }
        }
    }
    return fields;
}

std::string data_text(const std::string& text, const model::Document& document) {
    const std::string unmarked = model::unmarked_text(text, document.marked_compounds);
    constexpr std::string_view soft_hyphen = "\u00AD";
    std::string result;
    result.reserve(unmarked.size());
    for (std::size_t index = 0; index < unmarked.size();) {
        if (std::string_view(unmarked).substr(index, soft_hyphen.size()) == soft_hyphen) {
            index += soft_hyphen.size();
            continue;
        }
        result += unmarked[index++];
    }
    return result;
}

std::string data_text(const model::Inlines& inlines, const model::Document& document) {
    return data_text(model::plain_text(inlines), document);
}

std::string joined_partners(const model::Measure& measure, const model::Document& document) {
    std::string joined;
    for (const std::string& partner : measure.partners) {
        joined += (joined.empty() ? "" : "; ") + data_text(partner, document);
    }
    return joined;
}

const model::IndicatorValue* latest_measurement(const model::Indicator& indicator) {
    for (auto value = indicator.measurements.rbegin(); value != indicator.measurements.rend();
         ++value) {
        if (value->number) {
            return &*value;
        }
    }
    return nullptr;
}

} // namespace stadtsatz::open_data
