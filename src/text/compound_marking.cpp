#include "text/compound_marking.hpp"

#include "text/lexicalised_words.hpp"
#include "text/unicode_letters.hpp"

#include <unicode/uchar.h>
#include <vector>

namespace stadtsatz::text {
namespace {

// Letters of `text` (punctuation, digits and hyphens do not count).
std::size_t letters_in(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t index = 0; index < text.size();) {
        count += is_letter(next_code_point(text, index)) ? 1 : 0;
    }
    return count;
}

// Letters between `offset` and the nearest hard hyphen or word edge on each side.
struct PartLetters {
    std::size_t before = 0;
    std::size_t after = 0;
};

PartLetters letters_around(std::string_view word, std::size_t offset,
                           const std::vector<BreakPoint>& joints, std::size_t joint) {
    const std::size_t previous = joint == 0 ? 0 : joints[joint - 1].offset;
    const std::size_t next = joint + 1 < joints.size() ? joints[joint + 1].offset : word.size();
    std::string_view before = word.substr(previous, offset - previous);
    std::string_view after = word.substr(offset, next - offset);
    if (const std::size_t hyphen = before.find_last_of('-'); hyphen != std::string_view::npos) {
        before.remove_prefix(hyphen + 1);
    }
    if (const std::size_t hyphen = after.find('-'); hyphen != std::string_view::npos) {
        after = after.substr(0, hyphen);
    }
    return {letters_in(before), letters_in(after)};
}

// The letters of `text`, lower case (for the list of lexicalised words).
std::string lower_letters(std::string_view text) {
    std::string letters;
    for (std::size_t index = 0; index < text.size();) {
        const char32_t code_point = next_code_point(text, index);
        if (is_letter(code_point)) {
            append_utf8(letters, fold_case(code_point));
        }
    }
    return letters;
}

// Removes the joints inside a stretch of parts that is a lexicalised word (Donners·tag,
// Hoch·zeits·feier keeps Hochzeit whole, Mehr·gene·rations·haus keeps Generation whole). A
// hard hyphen ends every stretch.
void drop_lexicalised_joints(std::string_view word, std::vector<BreakPoint>& joints) {
    std::vector<std::size_t> edges{0};
    for (const BreakPoint& joint : joints) {
        edges.push_back(joint.offset);
    }
    edges.push_back(word.size());
    std::vector<bool> dropped(joints.size(), false);
    for (std::size_t first = 0; first + 1 < edges.size(); ++first) {
        // The longest stretch from `first` that is listed wins.
        for (std::size_t last = edges.size() - 1; last > first + 1; --last) {
            const std::string_view stretch = word.substr(edges[first], edges[last] - edges[first]);
            if (stretch.find('-') != std::string_view::npos) {
                continue;
            }
            if (is_lexicalised_word(lower_letters(stretch))) {
                for (std::size_t inner = first + 1; inner < last; ++inner) {
                    dropped[inner - 1] = true;
                }
                break;
            }
        }
    }
    std::vector<BreakPoint> kept;
    for (std::size_t index = 0; index < joints.size(); ++index) {
        if (!dropped[index]) {
            kept.push_back(joints[index]);
        }
    }
    joints = std::move(kept);
}

// True if the editors' exception list holds `word`: then its entry alone decides.
bool listed_by_editors(const Hyphenator& hyphenator, std::string_view word) {
    std::u32string folded;
    for (std::size_t index = 0; index < word.size();) {
        const char32_t code_point = next_code_point(word, index);
        if (is_letter(code_point)) {
            folded.push_back(fold_case(code_point));
        }
    }
    return hyphenator.exceptions().find(folded) != nullptr;
}

// True if the first letter of `word` is upper case (a noun: its parts are capitalised in the
// hyphen convention; an adjective's parts stay lower case: barriere-frei).
bool starts_upper_case(std::string_view word) {
    for (std::size_t index = 0; index < word.size();) {
        const char32_t code_point = next_code_point(word, index);
        if (is_letter(code_point)) {
            return is_upper_case(code_point);
        }
    }
    return false;
}

} // namespace

std::string mark_compound(const Hyphenator& hyphenator, std::string_view word,
                          const CompoundMarking& marking) {
    if (letters_in(word) < marking.minimum_letters) {
        return std::string(word);
    }
    std::vector<BreakPoint> joints;
    for (const BreakPoint& point : hyphenator.hyphenate(word)) {
        if (point.kind == BreakKind::CompoundJoint) {
            joints.push_back(point);
        }
    }
    if (!listed_by_editors(hyphenator, word)) {
        drop_lexicalised_joints(word, joints);
    }
    // A joint that would set apart a part shorter than the minimum is left out, and the part
    // joins its neighbour (Stadt·teil·zentrum keeps "teil": 4 letters).
    std::vector<BreakPoint> kept;
    for (std::size_t index = 0; index < joints.size(); ++index) {
        const PartLetters letters = letters_around(word, joints[index].offset, joints, index);
        if (letters.before >= marking.minimum_part_letters &&
            letters.after >= marking.minimum_part_letters) {
            kept.push_back(joints[index]);
        }
    }
    std::string result;
    result.reserve(word.size() + kept.size() * 2);
    std::size_t copied = 0;
    const bool capitalise = starts_upper_case(word);
    for (const BreakPoint& joint : kept) {
        result.append(word.substr(copied, joint.offset - copied));
        copied = joint.offset;
        if (marking.mark == CompoundMark::Mediopunkt) {
            result += "\u00B7";
            continue;
        }
        result += '-';
        if (!capitalise) {
            continue;
        }
        std::size_t index = joint.offset;
        const char32_t first = next_code_point(word, index);
        append_utf8(result, static_cast<char32_t>(u_toupper(static_cast<UChar32>(first))));
        copied = index;
    }
    result.append(word.substr(copied));
    return result;
}

} // namespace stadtsatz::text
