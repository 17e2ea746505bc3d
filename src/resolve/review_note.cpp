#include "resolve/review_note.hpp"

#include "text/german_format.hpp"

namespace stadtsatz::resolve {

std::string review_imprint_line(const model::Document& document) {
    if (!document.review || document.review->group.empty()) {
        return {};
    }
    const model::Review& review = *document.review;
    std::string line = "Geprüft von: " + review.group + ".";
    if (!review.date.empty()) {
        line += " Datum der Prüfung: " + text::german_long_date(review.date) + ".";
    }
    if (!review.note.empty()) {
        line += " " + review.note;
    }
    return line;
}

void add_review_to_imprint(model::Document& document) {
    std::string line = review_imprint_line(document);
    if (!line.empty()) {
        document.metadata.imprint_lines.push_back(std::move(line));
    }
}

} // namespace stadtsatz::resolve
