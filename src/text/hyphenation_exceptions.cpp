#include "text/hyphenation_exceptions.hpp"

#include "text/unicode_letters.hpp"

namespace stadtsatz::text {
namespace {

std::string_view trim(std::string_view text) {
    const auto blank = [](char character) {
        return character == ' ' || character == '\t' || character == '\r';
    };
    while (!text.empty() && blank(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && blank(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

bool is_apostrophe(char32_t code_point) {
    return code_point == '\'' || code_point == 0x2019;
}

} // namespace

std::vector<ExceptionProblem> HyphenationExceptions::add_list(std::string_view text) {
    std::vector<ExceptionProblem> problems;
    std::size_t line_number = 0;
    std::size_t line_start = 0;
    if (text.starts_with("\xEF\xBB\xBF")) {
        line_start = 3; // byte order mark
    }
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) {
            line_end = text.size();
        }
        ++line_number;
        const auto line = trim(text.substr(line_start, line_end - line_start));
        line_start = line_end + 1;
        if (line.empty() || line.front() == '#') {
            continue;
        }
        if (!add(line)) {
            problems.push_back({line_number, "„" + std::string(line) +
                                                 "“ ist kein Trenneintrag (erlaubt: Buchstaben, "
                                                 "„-“ für Trennstellen, „=“ für Wortfugen)"});
        }
    }
    return problems;
}

bool HyphenationExceptions::add(std::string_view entry) {
    std::u32string key;
    std::vector<Break> breaks;
    std::size_t index = 0;
    while (index < entry.size()) {
        const char32_t code_point = next_code_point(entry, index);
        if (code_point == '-' || code_point == '=') {
            if (key.empty() || index >= entry.size() ||
                (!breaks.empty() && breaks.back().letter_count == key.size())) {
                return false; // a break at the edge, or two in a row
            }
            breaks.push_back(
                {key.size(), code_point == '=' ? BreakKind::CompoundJoint : BreakKind::Syllable});
        } else if (is_letter(code_point) || is_apostrophe(code_point)) {
            key.push_back(is_apostrophe(code_point) ? char32_t{0x2019} : fold_case(code_point));
        } else {
            return false;
        }
    }
    if (key.empty()) {
        return false;
    }
    entries_[std::move(key)] = std::move(breaks);
    return true;
}

const std::vector<HyphenationExceptions::Break>*
HyphenationExceptions::find(std::u32string_view folded_letters) const {
    if (entries_.empty()) {
        return nullptr;
    }
    const auto found = entries_.find(folded_letters);
    return found == entries_.end() ? nullptr : &found->second;
}

} // namespace stadtsatz::text
