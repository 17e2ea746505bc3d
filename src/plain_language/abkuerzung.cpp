#include "plain_language/token_rules.hpp"
#include "text/compound_lexicon.hpp"
#include "text/unicode_letters.hpp"

#include <array>
#include <set>

namespace stadtsatz::plain_language {
namespace {

// An abbreviation written with full stops, by its letters without them ("zB" for "z. B."),
// and what to write instead.
struct Abbreviation {
    std::string_view letters;
    std::string_view written;
    std::string_view instead;
};

constexpr std::array<Abbreviation, 55> abbreviations = {{
    {"zB", "z. B.", "zum Beispiel"},
    {"dh", "d. h.", "das heißt"},
    {"ua", "u. a.", "unter anderem"},
    {"oä", "o. ä.", "oder so ähnlich"},
    {"oÄ", "o. Ä.", "oder so ähnlich"},
    {"uä", "u. ä.", "und so ähnlich"},
    {"uÄ", "u. Ä.", "und so ähnlich"},
    {"uU", "u. U.", "vielleicht"},
    {"idR", "i. d. R.", "meistens"},
    {"zT", "z. T.", "zum Teil"},
    {"uvm", "u. v. m.", "und vieles mehr"},
    {"og", "o. g.", "oben genannt"},
    {"iA", "i. A.", "im Auftrag"},
    {"vs", "vs.", "gegen"},
    {"usw", "usw.", "und so weiter"},
    {"etc", "etc.", "und so weiter"},
    {"ca", "ca.", "ungefähr"},
    {"bzw", "bzw.", "oder"},
    {"ggf", "ggf.", "wenn nötig"},
    {"Nr", "Nr.", "Nummer"},
    {"evtl", "evtl.", "vielleicht"},
    {"vgl", "vgl.", "siehe"},
    {"inkl", "inkl.", "mit"},
    {"zzgl", "zzgl.", "dazu kommt"},
    {"sog", "sog.", "so genannt"},
    {"bspw", "bspw.", "zum Beispiel"},
    {"Str", "Str.", "Straße"},
    {"Tel", "Tel.", "Telefon"},
    {"Abs", "Abs.", "Absatz"},
    {"Mio", "Mio.", "Millionen"},
    {"Mrd", "Mrd.", "Milliarden"},
    {"Dr", "Dr.", "Doktor"},
    {"Prof", "Prof.", "Professor"},
    {"bzgl", "bzgl.", "über"},
    {"max", "max.", "höchstens"},
    {"mind", "mind.", "mindestens"},
    {"ggü", "ggü.", "gegenüber"},
    {"gem", "gem.", "nach"},
    {"lt", "lt.", "laut"},
    {"Std", "Std.", "Stunde"},
    {"Min", "Min.", "Minuten"},
    {"Hr", "Hr.", "Herr"},
    {"Fr", "Fr.", "Frau oder Freitag"},
    {"Mo", "Mo.", "Montag"},
    {"Di", "Di.", "Dienstag"},
    {"Mi", "Mi.", "Mittwoch"},
    {"Do", "Do.", "Donnerstag"},
    {"Sa", "Sa.", "Samstag"},
    {"Jh", "Jh.", "Jahrhundert"},
    {"Tsd", "Tsd.", "tausend"},
    {"allg", "allg.", "allgemein"},
    {"Hrsg", "Hrsg.", "Herausgeber"},
    {"Bsp", "Bsp.", "Beispiel"},
    {"Anm", "Anm.", "Anmerkung"},
    {"ehem", "ehem.", "früher"},
}};

bool is_space_between(std::string_view between) {
    return between.empty() || between == " " || between == "\u00A0" || between == "\u202F" ||
           between == "\u2009";
}

// The listed abbreviation that starts at word `at` of the sentence, with the number of words
// it takes; at the start of a sentence a capital first letter matches too ("Z. B. die
// Schule", but not "Das ist Max.").
const Abbreviation* abbreviation_at(const Paragraph& paragraph, const std::vector<Word>& words,
                                    std::size_t at, std::size_t& word_count) {
    std::string letters;
    const Abbreviation* found = nullptr;
    for (std::size_t last = at; last < words.size() && last < at + 3; ++last) {
        const Word& word = words[last];
        if (word.is_number) {
            break;
        }
        if (last > at) {
            const Word& previous = words[last - 1];
            const std::size_t previous_end = previous.offset + previous.text.size() + 1;
            if (!is_space_between(
                    paragraph.text.substr(previous_end, word.offset - previous_end))) {
                break;
            }
        }
        const std::size_t end = word.offset + word.text.size();
        if (end >= paragraph.text.size() || paragraph.text[end] != '.') {
            break;
        }
        for (char character : word.text) {
            if (character != '.') {
                letters += character;
            }
        }
        for (const Abbreviation& abbreviation : abbreviations) {
            std::string lowered = letters;
            if (at == 0 && !lowered.empty() && lowered[0] >= 'A' && lowered[0] <= 'Z' &&
                abbreviation.letters[0] >= 'a' && abbreviation.letters[0] <= 'z') {
                lowered[0] = static_cast<char>(lowered[0] + 32);
            }
            if (abbreviation.letters == letters || abbreviation.letters == lowered) {
                found = &abbreviation;
                word_count = last - at + 1;
            }
        }
    }
    return found;
}

// Whether a word in capitals is an ordinary German word set in capitals for emphasis (SEHR,
// NICHT, ACHTUNG, ES): its lower-case form is listed in the compound lexicon as a word written
// in lower case or as a stem. Acronyms are listed as nouns only (vhs, eu, pin) or not at all.
bool is_emphasis(std::string_view part) {
    std::string latin1;
    for (std::size_t index = 0; index < part.size();) {
        const char32_t letter = text::fold_case(text::next_code_point(part, index));
        if (letter > 0xFF) {
            return false;
        }
        latin1 += static_cast<char>(letter);
    }
    static const std::shared_ptr<const text::CompoundLexicon> lexicon =
        text::CompoundLexicon::german();
    const int flags = lexicon->flags(latin1);
    return (flags & (text::CompoundLexicon::other | text::CompoundLexicon::stem)) != 0;
}

// An acronym: two or more capitals and nothing but letters (VHS, ÖPNV, BAföG, GmbH, PKWs), at
// least 40 % of them capitals. Roman numerals (II, XIV) and emphasis (SEHR) are no acronyms.
bool is_acronym(std::string_view part) {
    std::size_t letters = 0;
    std::size_t capitals = 0;
    bool roman = true;
    for (std::size_t index = 0; index < part.size();) {
        const char32_t code_point = text::next_code_point(part, index);
        if (!text::is_letter(code_point)) {
            return false;
        }
        ++letters;
        if (text::is_upper_case(code_point)) {
            ++capitals;
        }
        roman = roman && (code_point == 'I' || code_point == 'V' || code_point == 'X');
    }
    if (capitals < 2 || roman) {
        return false;
    }
    std::size_t first = 0;
    if (!text::is_upper_case(text::next_code_point(part, first))) {
        return false; // "eGovernment", "iPhone"
    }
    if (capitals == letters && is_emphasis(part)) {
        return false;
    }
    return capitals * 10 >= letters * 4;
}

// The acronym key: without a plural s (PKWs → PKW).
std::string_view acronym_key(std::string_view part) {
    if (part.size() > 2 && part.back() == 's') {
        part.remove_suffix(1);
    }
    return part;
}

// A part of a word between hyphens with its offset in the paragraph ("VHS" in "VHS-Kurs").
struct Part {
    std::string_view text;
    std::size_t offset = 0;
};

std::vector<Part> parts_of(const Word& word) {
    std::vector<Part> parts;
    std::size_t start = 0;
    for (std::size_t at = 0; at <= word.text.size(); ++at) {
        if (at == word.text.size() || word.text[at] == '-') {
            parts.push_back({word.text.substr(start, at - start), word.offset + start});
            start = at + 1;
        }
    }
    return parts;
}

std::string_view skip_spaces(std::string_view text) {
    while (!text.empty() && text[0] == ' ') {
        text.remove_prefix(1);
    }
    return text;
}

std::string_view skip_spaces_back(std::string_view text) {
    while (!text.empty() && text.back() == ' ') {
        text.remove_suffix(1);
    }
    return text;
}

// Words that say what an acronym right before them means: "VHS heißt Volkshochschule".
constexpr std::array<std::string_view, 8> explaining_words = {
    "heißt", "bedeutet", "steht", "meint", "bezeichnet", "Abkürzung", "Kurzwort", "bedeuten"};

bool explains(std::string_view word) {
    for (std::string_view entry : explaining_words) {
        if (word == entry) {
            return true;
        }
    }
    return false;
}

// The acronyms the paragraph explains. An acronym is explained when
// - it stands alone in brackets after the words it shortens: "Volkshochschule (VHS)";
// - brackets with words follow it: "VHS (Volkshochschule)";
// - a colon or dash and a word follow it: "VHS: Volkshochschule";
// - one of the next two words explains it ("VHS heißt …", "BAMF ist die Abkürzung für …",
//   "IHK bedeutet …", "VHS steht für …") or the word before it is "Abkürzung" or
//   "Kurzwort" ("die Abkürzung VHS");
// - it is followed by "ist ein"/"ist eine" ("Die VHS ist eine Schule für Erwachsene");
// - its sentence or the next names the "Abkürzung" (or "Kurzwort"), or the next sentence
//   says "Das heißt" / "Das bedeutet" / "Das steht
//   für" (then the acronyms of the sentence before are explained).
// Explained once, an acronym is explained in the whole paragraph.
} // namespace

std::set<std::string, std::less<>> explained_acronyms(const Paragraph& paragraph) {
    std::set<std::string, std::less<>> explained;
    const std::string_view text = paragraph.text;
    for (std::size_t sentence_index = 0; sentence_index < paragraph.sentences.size();
         ++sentence_index) {
        const std::vector<Word>& words = paragraph.sentences[sentence_index].words;
        bool next_sentence_explains = false;
        bool sentence_explains = false; // "Die Abkürzung für Volkshochschule ist VHS."
        for (const Word& word : words) {
            sentence_explains =
                sentence_explains || word.text == "Abkürzung" || word.text == "Kurzwort";
        }
        if (sentence_index + 1 < paragraph.sentences.size()) {
            const Sentence& next = paragraph.sentences[sentence_index + 1];
            for (const Word& word : next.words) {
                next_sentence_explains =
                    next_sentence_explains || word.text == "Abkürzung" || word.text == "Kurzwort";
            }
            if (next.words.size() >= 2 && next.words[0].text == "Das" &&
                (next.words[1].text == "heißt" || next.words[1].text == "bedeutet" ||
                 next.words[1].text == "steht")) {
                next_sentence_explains = true;
            }
        }
        for (std::size_t at = 0; at < words.size(); ++at) {
            const Word& word = words[at];
            for (const Part& part : parts_of(word)) {
                if (!is_acronym(part.text)) {
                    continue;
                }
                const std::string_view key = acronym_key(part.text);
                const std::string_view before = skip_spaces_back(text.substr(0, part.offset));
                const std::string_view after =
                    skip_spaces(text.substr(part.offset + part.text.size()));
                bool is_explained = next_sentence_explains || sentence_explains;
                if (!before.empty() && before.back() == '(' && !after.empty() && after[0] == ')') {
                    is_explained = true; // Volkshochschule (VHS)
                }
                if (part.offset + part.text.size() == word.offset + word.text.size()) {
                    if (after.substr(0, 1) == "(" && after.find(')') != std::string_view::npos &&
                        after.find(')') > 3) {
                        is_explained = true; // VHS (Volkshochschule)
                    }
                    if (after.substr(0, 1) == ":" || after.substr(0, 3) == "–" ||
                        after.substr(0, 2) == "- ") {
                        is_explained = true; // VHS: Volkshochschule
                    }
                    for (std::size_t next = at + 1; next < words.size() && next <= at + 2; ++next) {
                        is_explained = is_explained || explains(words[next].text);
                    }
                    if (at + 2 < words.size() && words[at + 1].text == "ist" &&
                        (words[at + 2].text == "ein" || words[at + 2].text == "eine")) {
                        is_explained = true;
                    }
                }
                if (at > 0 &&
                    (words[at - 1].text == "Abkürzung" || words[at - 1].text == "Kurzwort")) {
                    is_explained = true;
                }
                if (is_explained) {
                    explained.emplace(key);
                }
            }
        }
    }
    return explained;
}

std::optional<Finding> check_abkuerzung(const Paragraph& paragraph, std::size_t index,
                                        const std::set<std::string, std::less<>>& explained) {
    const std::vector<Word>& words = paragraph.sentences[index].words;
    for (std::size_t at = 0; at < words.size(); ++at) {
        const Word& word = words[at];
        if (in_web_address(paragraph, word.offset)) {
            continue;
        }
        std::size_t word_count = 0;
        if (const Abbreviation* abbreviation = abbreviation_at(paragraph, words, at, word_count)) {
            return Finding{word.offset, "abkuerzung",
                           "Schreiben Sie „" + std::string(abbreviation->instead) + "“ statt „" +
                               std::string(abbreviation->written) + "“"};
        }
        // "S. 12": Seite
        if (word.text == "S" && at + 1 < words.size() && words[at + 1].is_number &&
            paragraph.text.substr(word.offset + 1, 1) == ".") {
            return Finding{word.offset, "abkuerzung", "Schreiben Sie „Seite“ statt „S.“"};
        }
        for (const Part& part : parts_of(word)) {
            if (!is_acronym(part.text)) {
                continue;
            }
            const std::string_view key = acronym_key(part.text);
            if (explained.count(key) > 0) {
                continue;
            }
            return Finding{part.offset, "abkuerzung",
                           "Erklären Sie die Abkürzung „" + std::string(key) +
                               "“ oder schreiben Sie das ganze Wort, zum Beispiel: „" +
                               std::string(key) + " heißt: …“ oder „… (" + std::string(key) + ")“"};
        }
    }
    return std::nullopt;
}

} // namespace stadtsatz::plain_language
