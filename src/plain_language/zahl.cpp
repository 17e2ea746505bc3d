#include "plain_language/token_rules.hpp"
#include "text/unicode_letters.hpp"

#include <array>
#include <cctype>

namespace stadtsatz::plain_language {
namespace {

// Words after which a number of four digits from 1900 to 2100 is a year: "im Jahr 2027",
// "bis 2030", "im März 2026".
constexpr std::array<std::string_view, 36> year_cues = {
    "im",       "Im",       "Jahr",     "Jahre",  "Jahren", "bis",    "Bis",       "seit",
    "Seit",     "ab",       "Ab",       "von",    "Von",    "vor",    "nach",      "Ende",
    "Anfang",   "Mitte",    "Frühjahr", "Sommer", "Herbst", "Winter", "Januar",    "Februar",
    "März",     "April",    "Mai",      "Juni",   "Juli",   "August", "September", "Oktober",
    "November", "Dezember", "Stand",    "zum"};

// Words after which a number names something instead of counting: "Nr. 1234", "Zimmer 1012".
constexpr std::array<std::string_view, 22> identifier_cues = {
    "Nr",         "Nummer",     "Telefon", "Tel", "Fax",          "Zimmer",  "Raum", "Postfach",
    "Linie",      "Buslinie",   "Seite",   "S",   "Aktenzeichen", "Az",      "PLZ",  "Postleitzahl",
    "Hausnummer", "Kennziffer", "Artikel", "Art", "Absatz",       "Paragraf"};

template <std::size_t size>
bool listed(const std::array<std::string_view, size>& list, std::string_view word) {
    for (std::string_view entry : list) {
        if (entry == word) {
            return true;
        }
    }
    return false;
}

bool all_digits(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    for (char character : text) {
        if (!std::isdigit(static_cast<unsigned char>(character))) {
            return false;
        }
    }
    return true;
}

// "1.000", "12.500.000": digits in groups of three after the first, separated by full stops.
bool grouped_by_full_stops(std::string_view text) {
    const std::size_t first = text.find('.');
    if (first == std::string_view::npos || first == 0 || first > 3 ||
        !all_digits(text.substr(0, first))) {
        return false;
    }
    for (std::size_t at = first; at < text.size(); at += 4) {
        if (at + 4 > text.size() || text[at] != '.' || !all_digits(text.substr(at + 1, 3))) {
            return false;
        }
    }
    return true;
}

std::string digits_of(std::string_view text) {
    std::string digits;
    for (char character : text) {
        if (std::isdigit(static_cast<unsigned char>(character))) {
            digits += character;
        }
    }
    return digits;
}

// Whether the bytes between two words are one space of a kind that groups digits: a space, a
// no-break space, a narrow no-break space or a thin space ("10 000").
bool is_group_space(std::string_view between) {
    return between == " " || between == "\u00A0" || between == "\u202F" || between == "\u2009";
}

// The text after the number up to the next word, without spaces: "%" in "50 %".
std::string_view skip_spaces(std::string_view text) {
    for (;;) {
        if (!text.empty() && text[0] == ' ') {
            text.remove_prefix(1);
        } else if (text.substr(0, 2) == "\u00A0") {
            text.remove_prefix(2);
        } else if (text.substr(0, 3) == "\u202F" || text.substr(0, 3) == "\u2009") {
            text.remove_prefix(3);
        } else {
            return text;
        }
    }
}

bool starts_upper_case(std::string_view word) {
    std::size_t index = 0;
    return !word.empty() && text::is_upper_case(text::next_code_point(word, index));
}

} // namespace

std::optional<Finding> check_zahl(const Paragraph& paragraph, std::size_t index) {
    const Sentence& sentence = paragraph.sentences[index];
    const std::vector<Word>& words = sentence.words;
    for (std::size_t at = 0; at < words.size(); ++at) {
        const Word& word = words[at];
        if (!word.is_number || numeric_date(paragraph, word)) {
            continue;
        }
        const std::string_view text = word.text;
        // decimals (3,5), ranges (2020-2025), times (10.30) are no large numbers
        const bool grouped = grouped_by_full_stops(text);
        if (!grouped && !all_digits(text)) {
            continue;
        }
        std::string digits = digits_of(text);
        // "10 000": groups of three digits after a space
        std::size_t last = at;
        bool space_grouped = false;
        if (!grouped && digits.size() <= 3) {
            while (last + 1 < words.size() && words[last + 1].is_number &&
                   words[last + 1].text.size() == 3 && all_digits(words[last + 1].text) &&
                   is_group_space(paragraph.text.substr(
                       words[last].offset + words[last].text.size(),
                       words[last + 1].offset - words[last].offset - words[last].text.size()))) {
                ++last;
                digits += words[last].text;
                space_grouped = true;
            }
        }
        const std::size_t end = words[last].offset + words[last].text.size();
        const std::string_view after = skip_spaces(paragraph.text.substr(end));
        const Word* next = last + 1 < words.size() ? &words[last + 1] : nullptr;
        const Word* previous = at > 0 ? &words[at - 1] : nullptr;
        at = last;
        if (digits.size() < 4 || digits[0] == '0') {
            continue; // small, or a telephone number, a code
        }
        if (after.substr(0, 1) == "%" || after.substr(0, 3) == "‰" ||
            (next != nullptr && next->text.substr(0, 7) == "Prozent")) {
            continue; // a percentage
        }
        if (previous != nullptr && listed(identifier_cues, previous->text)) {
            continue;
        }
        const std::string_view before = paragraph.text.substr(0, word.offset);
        const std::size_t before_end = before.find_last_not_of(" \u00A0");
        if (before_end != std::string_view::npos &&
            (before.substr(0, before_end + 1).ends_with("§") ||
             (before[before_end] == ',' && digits.size() == 5 && next != nullptr &&
              starts_upper_case(next->text)))) {
            continue; // "§ 1234", a postcode after the street: "Markt 1, 86150 Augsburg"
        }
        if (!grouped && !space_grouped && digits.size() == 4) {
            const int value = std::stoi(digits);
            const bool year_cue = previous != nullptr && listed(year_cues, previous->text);
            // a year unless a noun it counts follows: "2000 Menschen", "1950 Euro"
            const bool counts_noun =
                next != nullptr && !next->is_number && starts_upper_case(next->text);
            if (value >= 1900 && value <= 2100 && (year_cue || !counts_noun)) {
                continue;
            }
        }
        const std::string shown(paragraph.text.substr(word.offset, end - word.offset));
        return Finding{word.offset, "zahl",
                       "Große Zahlen sind schwer zu verstehen: schreiben Sie „viele“, „wenige“ "
                       "oder einen Vergleich statt „" +
                           shown + "“"};
    }
    return std::nullopt;
}

} // namespace stadtsatz::plain_language
