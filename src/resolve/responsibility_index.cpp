#include "resolve/responsibility_index.hpp"

#include "text/collation.hpp"

#include <algorithm>
#include <map>

namespace stadtsatz::resolve {
namespace {

std::string trimmed(const std::string& name) {
    const auto first = name.find_first_not_of(" \t\n");
    if (first == std::string::npos) {
        return "";
    }
    return name.substr(first, name.find_last_not_of(" \t\n") - first + 1);
}

// Appends `measure` unless it is the list's last entry already (a partner named twice).
void add_once(std::vector<const model::Measure*>& measures, const model::Measure& measure) {
    if (measures.empty() || measures.back() != &measure) {
        measures.push_back(&measure);
    }
}

} // namespace

std::vector<Responsibility>
responsibility_index(const std::vector<const model::FieldOfAction*>& fields) {
    std::map<std::string, Responsibility> by_name;
    auto entry = [&](const std::string& written) -> Responsibility* {
        std::string name = trimmed(written);
        if (name.empty()) {
            return nullptr; // the reader reported an empty Federführung already
        }
        Responsibility& found = by_name[name];
        found.name = std::move(name);
        return &found;
    };
    for (const model::FieldOfAction* field : fields) {
        for (const model::Goal& goal : field->goals) {
            for (const model::Measure& measure : goal.measures) {
                if (Responsibility* lead = entry(measure.lead_office)) {
                    add_once(lead->leads, measure);
                }
                for (const std::string& partner : measure.partners) {
                    if (Responsibility* found = entry(partner)) {
                        add_once(found->partners, measure);
                    }
                }
            }
        }
    }
    std::vector<std::pair<std::string, Responsibility>> keyed;
    keyed.reserve(by_name.size());
    for (auto& [name, responsibility] : by_name) {
        keyed.emplace_back(text::german_sort_key(name), std::move(responsibility));
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& left, const auto& right) {
        return left.first < right.first; // ties keep the map's byte order
    });
    std::vector<Responsibility> result;
    result.reserve(keyed.size());
    for (auto& [key, responsibility] : keyed) {
        result.push_back(std::move(responsibility));
    }
    return result;
}

} // namespace stadtsatz::resolve
