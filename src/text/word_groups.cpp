#include "text/word_groups.hpp"

#include "text/segmentation.hpp"
#include "text/unicode_letters.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace stadtsatz::text {
namespace {

// Words that a line must not end with, case-folded: the head of a word group.
constexpr std::string_view binding_words[] = {
    // articles and their negation
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "kein", "keine", "keinen", "keinem", "keiner", "keines",
    // prepositions
    "in", "an", "auf", "mit", "von", "zu", "für", "bei", "nach", "aus", "über", "unter", "vor",
    "hinter", "neben", "zwischen", "durch", "gegen", "ohne", "um", "bis", "seit", "ab", "gegenüber",
    "entlang", "während", "wegen", "trotz", "statt", "außer", "per", "pro", "innerhalb",
    "außerhalb",
    // prepositions fused with an article
    "am", "im", "zum", "zur", "beim", "vom", "ins", "ans", "aufs", "fürs", "ums", "durchs",
    // possessives
    "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine", "deinen", "deinem",
    "deiner", "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren",
    "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren", "unserem", "unserer", "euer", "eure",
    "euren", "eurem", "eurer",
    // demonstratives and quantifiers before a noun
    "diese", "dieser", "diesen", "diesem", "dieses", "jede", "jeder", "jeden", "jedem", "jedes",
    "alle", "viele",
    // titles before a name
    "frau", "herr", "herrn", "nr."};

// Conjunctions: a line may well start with them.
constexpr std::string_view group_starts[] = {"und",  "oder", "aber",  "denn",   "sondern",
                                             "weil", "dass", "wenn",  "damit",  "ob",
                                             "als",  "wie",  "bevor", "nachdem"};

// Abbreviations that end in a full stop without ending a sentence, case-folded.
constexpr std::string_view abbreviations[] = {
    "z.",    "b.",   "d.",    "h.",   "u.",    "a.",    "o.",   "s.",    "nr.",  "dr.",
    "prof.", "str.", "bzw.",  "ca.",  "vgl.",  "tel.",  "abs.", "st.",   "mio.", "mrd.",
    "hr.",   "fr.",  "evtl.", "ggf.", "inkl.", "max.",  "min.", "bspw.", "geb.", "jh.",
    "jhd.",  "tsd.", "zzgl.", "gem.", "lt.",   "insb.", "sog.", "allg.", "bsp.", "art."};

bool is_opening(char32_t code_point) {
    return code_point == U'„' || code_point == U'"' || code_point == U'(' || code_point == U'[' ||
           code_point == U'»' || code_point == U'«' || code_point == U'‚' || code_point == U'“' ||
           code_point == U'\'';
}

bool is_closing(char32_t code_point) {
    return code_point == U'“' || code_point == U'”' || code_point == U'"' || code_point == U')' ||
           code_point == U']' || code_point == U'«' || code_point == U'»' || code_point == U'‘' ||
           code_point == U'’' || code_point == U'\'';
}

std::u32string decoded(std::string_view word) {
    std::u32string result;
    std::size_t index = 0;
    while (index < word.size()) {
        result.push_back(next_code_point(word, index));
    }
    return result;
}

// The word without opening quotes or brackets before it and closing ones after it.
std::u32string core_of(std::string_view word) {
    std::u32string characters = decoded(word);
    std::size_t begin = 0;
    while (begin < characters.size() && is_opening(characters[begin])) {
        ++begin;
    }
    std::size_t end = characters.size();
    while (end > begin && is_closing(characters[end - 1])) {
        --end;
    }
    return characters.substr(begin, end - begin);
}

std::string folded(const std::u32string& characters) {
    std::string utf8;
    for (const char32_t character : characters) {
        append_utf8(utf8, character);
    }
    return fold_case(utf8);
}

// A number: digits with . or , between them and possibly a full stop after (20, 1.000, 3,5, 20.).
bool is_number(const std::u32string& core) {
    bool digit = false;
    for (const char32_t character : core) {
        if (is_digit(character)) {
            digit = true;
        } else if (character != U'.' && character != U',' && character != U'%') {
            return false;
        }
    }
    return digit;
}

template <std::size_t size>
bool contains(const std::string_view (&words)[size], const std::string& word) {
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

} // namespace

bool binds_to_next_word(std::string_view word) {
    const std::u32string characters = decoded(word);
    if (characters.empty() || is_closing(characters.back())) {
        return false;
    }
    const std::u32string core = core_of(word);
    if (core.empty()) {
        return false;
    }
    if (is_number(core)) {
        return core.back() != U',';
    }
    const std::string key = folded(core);
    if (key == "nr.") {
        return true;
    }
    if (core.back() == U',' || core.back() == U'.' || core.back() == U';' || core.back() == U':' ||
        core.back() == U'!' || core.back() == U'?') {
        return false;
    }
    return contains(binding_words, key);
}

bool starts_word_group(std::string_view word) {
    const std::u32string core = core_of(word);
    return !core.empty() && contains(group_starts, folded(core));
}

bool ends_clause(std::string_view word) {
    const std::u32string core = core_of(word);
    if (core.empty()) {
        return false;
    }
    const char32_t last = core.back();
    return last == U',' || last == U';' || last == U':' || last == U'–' || last == U'—';
}

bool ends_sentence(std::string_view word, std::string_view next) {
    const std::u32string core = core_of(word);
    if (core.empty()) {
        return false;
    }
    const char32_t last = core.back();
    if (last != U'.' && last != U'!' && last != U'?') {
        return false;
    }
    if (last == U'.') {
        const std::u32string stem = core.substr(0, core.size() - 1);
        if (stem.empty()) {
            return false;
        }
        const bool year = stem.size() == 4 && std::all_of(stem.begin(), stem.end(), is_digit);
        if (is_number(stem) && !year) {
            return false; // an ordinal (20. November, 3. Stock); a year (im Jahr 2027.) ends
        }
        std::size_t letters = 0;
        for (const char32_t character : stem) {
            letters += is_letter(character) ? 1 : 0;
        }
        if (letters == 0 && !year) {
            return false; // dot leaders, an ellipsis: no sentence before them
        }
        if (!year && letters <= 1 && stem.size() <= 2) {
            return false; // an initial or one-letter abbreviation: z. B., A. Meier
        }
        if (contains(abbreviations, folded(core))) {
            return false;
        }
        // A dotted abbreviation written without spaces (z.B., u.a., d.h.).
        if (std::count(core.begin(), core.end(), U'.') >= 2 && stem.size() <= 5) {
            return false;
        }
    }
    if (next.empty()) {
        return true;
    }
    const std::u32string after = decoded(next);
    std::size_t first = 0;
    while (first < after.size() && is_opening(after[first])) {
        ++first;
    }
    return first < after.size() && (is_upper_case(after[first]) || is_digit(after[first]));
}

} // namespace stadtsatz::text
