#include "plain_language/participle.hpp"

#include "plain_language/function_words.hpp"
#include "plain_language/passiv_words.hpp"
#include "plain_language/word_list.hpp"

namespace stadtsatz::plain_language {

namespace {

// Letters in a UTF-8 word (ä, ö, ü, ß count once).
std::size_t letter_count(std::string_view word) {
    std::size_t count = 0;
    for (char character : word) {
        if ((static_cast<unsigned char>(character) & 0xC0) != 0x80) {
            ++count;
        }
    }
    return count;
}

// "ge" + stem + "t"/"en", not an infinitive that starts with "ge".
bool is_ge_participle(std::string_view word) {
    if (!word.starts_with("ge") || letter_count(word) < 5) {
        return false;
    }
    if (contains(passive_words::ge_infinitives, word) ||
        contains(passive_words::not_participles, word)) {
        return false;
    }
    // "ge" + a vowel-initial stem that is no real stem: "geeignet" is kept by the list above
    return word.ends_with("t") || word.ends_with("en");
}

} // namespace

ParticipleShape participle_shape(std::string_view word) {
    if (letter_count(word) < 5 || contains(passive_words::not_participles, word)) {
        return ParticipleShape::None;
    }
    const bool ends_participle_like = word.ends_with("t") || word.ends_with("en");
    if (!ends_participle_like) {
        return ParticipleShape::None;
    }
    if (word.ends_with("iert")) {
        return ParticipleShape::Certain;
    }
    if (is_ge_participle(word)) {
        return ParticipleShape::Certain;
    }
    for (std::string_view prefix : function_words::separable_prefixes) {
        if (word.size() > prefix.size() + 4 && word.starts_with(prefix)) {
            const std::string_view rest = word.substr(prefix.size());
            if (is_ge_participle(rest)) {
                return ParticipleShape::Certain;
            }
            if (rest.ends_with("iert")) {
                return ParticipleShape::Certain;
            }
            // "vorbereitet", "anerkannt": a separable and an inseparable prefix
            for (std::string_view inner : function_words::inseparable_prefixes) {
                if (rest.size() > inner.size() + 3 && rest.starts_with(inner) &&
                    rest.ends_with("t")) {
                    return ParticipleShape::Certain;
                }
            }
        }
    }
    for (std::string_view prefix : function_words::inseparable_prefixes) {
        // the stem after the prefix needs at least three letters: "bett", "erst" are none
        if (word.size() < prefix.size() + 3 || !word.starts_with(prefix)) {
            continue;
        }
        if (word.ends_with("t")) {
            return ParticipleShape::Certain;
        }
        if (ends_with_any(word, passive_words::strong_participle_endings)) {
            return ParticipleShape::Certain;
        }
        if (ends_with_any(word, passive_words::same_form_endings)) {
            return ParticipleShape::Ambiguous;
        }
        return ParticipleShape::None; // an infinitive: "besuchen", "erklären", "verstehen"
    }
    return ParticipleShape::None;
}

} // namespace stadtsatz::plain_language
