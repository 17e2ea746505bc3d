#include "text/hyphenator.hpp"

#include "text/compound_lexicon.hpp"
#include "text/compound_splitter.hpp"
#include "text/hyphenation_pattern_data.hpp"
#include "text/hyphenation_patterns.hpp"
#include "text/unicode_letters.hpp"

#include <algorithm>
#include <array>

namespace stadtsatz::text {
namespace {

constexpr char32_t soft_hyphen = 0x00AD;
constexpr char32_t right_single_quote = 0x2019;
// Breaks are kept as 16-bit letter indices of their part (Workspace::positions), so no part
// longer than that may be hyphenated; the public limit is far below it.
static_assert(longest_hyphenated_part < 0xFFFF);

bool is_hard_hyphen(char32_t code_point) {
    return code_point == '-' || code_point == 0x2010 || code_point == 0x2011;
}

bool is_apostrophe(char32_t code_point) {
    return code_point == '\'' || code_point == right_single_quote;
}

// Scratch space for one word, reused across calls on the same thread.
struct Workspace {
    std::vector<std::size_t> letter_offsets;      // byte offset of each letter in the word
    std::u32string letters;                       // the letters, case-folded
    std::vector<std::uint8_t> hyphen_before;      // 1: a hard hyphen precedes letter k
    std::vector<std::uint8_t> soft_hyphen_before; // 1: a soft hyphen precedes letter k
    std::vector<std::uint8_t> upper;              // 1: letter k is upper case in the source
    std::vector<std::uint8_t> values;             // Liang values for one part
    std::vector<std::uint16_t> positions;         // breaks of one part, letter indices in the part
    std::vector<BreakKind> kinds;                 // their kinds
    std::string latin1;                           // one part in lower-case Latin-1
};

Workspace& workspace() {
    thread_local Workspace space;
    return space;
}

// The letters [start, end) as lower-case Latin-1 in `latin1`; false if one is outside it
// (the lexicon holds Latin-1 words only).
bool to_latin1(const Workspace& space, std::size_t start, std::size_t end, std::string& latin1) {
    latin1.clear();
    for (std::size_t index = start; index < end; ++index) {
        const char32_t letter = space.letters[index];
        if (letter >= 256) {
            return false;
        }
        latin1.push_back(static_cast<char>(letter));
    }
    return true;
}

// Classifies the breaks of letters [start, end) (given as part-relative `positions`).
void classify(const Workspace& space, std::size_t start, std::size_t end,
              std::span<const std::uint16_t> positions, std::span<BreakKind> kinds,
              const CompoundLexicon& lexicon, std::string& latin1) {
    if (!to_latin1(space, start, end, latin1)) {
        std::fill(kinds.begin(), kinds.end(), BreakKind::Syllable);
        return;
    }
    classify_breaks(latin1, space.upper[start] != 0, positions, kinds, lexicon);
}

// Appends to space.positions the pattern breaks of letters [start, end) hyphenated as a word of
// its own, as letter indices relative to `part_start` of the hyphen-separated part.
void add_pattern_breaks(const HyphenationPatterns& patterns, const HyphenationOptions& options,
                        Workspace& space, std::size_t start, std::size_t end,
                        std::size_t part_start_offset) {
    const std::size_t length = end - start;
    if (length < options.left_min + options.right_min || length < 2) {
        return;
    }
    space.values.assign(length + 1, 0);
    patterns.find_values(std::u32string_view(space.letters).substr(start, length), space.values);
    const std::size_t first = std::max<std::size_t>(options.left_min, 1);
    const std::size_t right = std::max<std::size_t>(options.right_min, 1);
    for (std::size_t gap = first; gap + right <= length; ++gap) {
        if (space.values[gap] % 2 == 1) {
            space.positions.push_back(static_cast<std::uint16_t>(start - part_start_offset + gap));
        }
    }
}

// Classifies the pattern breaks of the part [start, end) and, for a capitalised compound whose
// pattern breaks miss a joint (Milchs-treifen) or break a part next to a joint
// (Woh-nung-s-teu-er), hyphenates it again: a joint between the parts of a confident split and
// each part hyphenated by the patterns as a word of its own (Milch=strei-fen).
void correct_compound(const HyphenationPatterns& patterns, const CompoundLexicon& lexicon,
                      const HyphenationOptions& options, Workspace& space, std::size_t start,
                      std::size_t end) {
    constexpr std::size_t shortest_compound = 8;
    constexpr std::size_t most_joints = 16;
    // Only two signs show that the patterns went wrong at a joint: a one-letter fragment
    // (nung-s-teuer, Glücks-s-tage), or a long stretch they left unbroken (Druckerzeug-nis:
    // they did not know the word). Both are read off the breaks, before any lexicon work.
    constexpr std::size_t long_unbroken_stretch = 8;
    bool one_letter_fragment = false;
    std::size_t longest_unbroken = 0;
    std::size_t previous_break = 0;
    for (std::size_t index = 0; index < space.positions.size(); ++index) {
        const std::size_t position = space.positions[index];
        one_letter_fragment = one_letter_fragment || position == previous_break + 1;
        longest_unbroken = std::max(longest_unbroken, position - previous_break);
        previous_break = position;
    }
    longest_unbroken = std::max(longest_unbroken, end - start - previous_break);
    // Only nouns long enough to be compounds, and only words the Latin-1 lexicon can hold.
    const bool latin1 = to_latin1(space, start, end, space.latin1);
    const bool correctable = latin1 && space.upper[start] != 0 &&
                             end - start >= shortest_compound &&
                             (one_letter_fragment || longest_unbroken >= long_unbroken_stretch);
    if (!correctable && !options.classify) {
        space.kinds.assign(space.positions.size(), BreakKind::Syllable);
        return; // nothing to correct and no kinds wanted: the pattern breaks stand
    }
    space.kinds.assign(space.positions.size(), BreakKind::Syllable);
    if (latin1) {
        classify_breaks(space.latin1, space.upper[start] != 0, space.positions, space.kinds,
                        lexicon);
    }
    if (!correctable) {
        return;
    }
    std::array<std::uint16_t, most_joints> joints{};
    std::size_t joint_count = 0;
    bool straddled = false;
    for (std::size_t index = 0; index < space.positions.size(); ++index) {
        if (space.kinds[index] != BreakKind::CompoundJoint) {
            continue;
        }
        if (joint_count < most_joints) {
            joints[joint_count++] = space.positions[index];
        }
        // A break one letter from a joint cuts a part as no word is cut (nung=s-teuer).
        const bool before = index > 0 && space.positions[index - 1] + 1 == space.positions[index];
        const bool after = index + 1 < space.positions.size() &&
                           space.positions[index + 1] == space.positions[index] + 1;
        straddled = straddled || before || after;
    }
    // The length of the break-free stretch of the part around letter gap `gap`.
    const auto unbroken_around = [&](std::size_t gap) {
        std::size_t before = 0;
        std::size_t after = end - start;
        for (const std::uint16_t position : space.positions) {
            if (position <= gap) {
                before = std::max<std::size_t>(before, position);
            } else {
                after = std::min<std::size_t>(after, position);
            }
        }
        return after - before;
    };
    // A word whose pattern breaks merely miss the joint the splitter found keeps them: the
    // splitter's reading of a word the lexicon does not know is the less certain one
    // (Haupt-strassen, not Haupts=trassen).
    if (joint_count == 0) {
        joint_count = split_compound(space.latin1, joints, lexicon);
        bool inside_unknown_stretch = false;
        for (std::size_t index = 0; index < joint_count; ++index) {
            inside_unknown_stretch =
                inside_unknown_stretch || unbroken_around(joints[index]) >= long_unbroken_stretch;
        }
        if (joint_count == 0 || (!one_letter_fragment && !inside_unknown_stretch)) {
            return;
        }
    } else if (!straddled) {
        return; // the patterns already break at every joint
    }
    space.positions.clear();
    std::size_t part_begin = start;
    for (std::size_t index = 0; index <= joint_count; ++index) {
        const std::size_t part_end = index < joint_count ? start + joints[index] : end;
        add_pattern_breaks(patterns, options, space, part_begin, part_end, start);
        if (index < joint_count) {
            space.positions.push_back(joints[index]);
        }
        part_begin = part_end;
    }
    space.kinds.assign(space.positions.size(), BreakKind::Syllable);
    std::size_t joint_index = 0;
    std::size_t part_letter = 0;
    for (std::size_t index = 0; index < space.positions.size(); ++index) {
        const std::uint16_t position = space.positions[index];
        if (joint_index < joint_count && joints[joint_index] == position) {
            space.kinds[index] = BreakKind::CompoundJoint;
            part_letter = position;
            ++joint_index;
        } else if (is_prefix(std::string_view(space.latin1)
                                 .substr(part_letter, position - part_letter))) {
            space.kinds[index] = BreakKind::AfterPrefix;
        }
    }
}

// True for the vowels of German and of the Latin-script names and loan words in German texts
// (y counts: Brigh-ton, Ly-ze-um). Letters are case-folded.
bool is_vowel(char32_t letter) {
    static const std::array<bool, 256> latin1_vowels = [] {
        std::array<bool, 256> table{};
        for (const char32_t vowel : std::u32string_view(U"aeiouyäöüàáâãåæèéêëìíîïòóôõøùúûýÿ")) {
            table[vowel] = true;
        }
        return table;
    }();
    return letter < 256 ? latin1_vowels[letter] : letter == U'œ';
}

// True if `consonants` (case-folded, Latin-1 letters) can begin a German syllable, as the
// consonants of Kis-te, Zu-cker, Mus-ter and the loan words' clusters (Pu-bli-kum) do.
bool is_syllable_onset(std::u32string_view consonants) {
    static constexpr std::array<std::u32string_view, 45> onsets = {
        U"bl",  U"br",  U"ch",   U"chr",  U"ck",   U"dr",   U"fl",   U"fr",  U"gl",
        U"gn",  U"gr",  U"kl",   U"kn",   U"kr",   U"pf",   U"pfl",  U"pfr", U"ph",
        U"phr", U"pl",  U"pr",   U"qu",   U"sch",  U"sh",   U"sk",   U"sm",  U"sn",
        U"sp",  U"spl", U"spr",  U"st",   U"str",  U"sw",   U"th",   U"thr", U"tr",
        U"ts",  U"tz",  U"schl", U"schm", U"schn", U"schr", U"schw", U"wr",  U"zw"};
    return consonants.size() <= 1 ||
           std::find(onsets.begin(), onsets.end(), consonants) != onsets.end();
}

// Removes pattern breaks that leave a fragment without a vowel, which no German syllable is
// (Chir-ur-g-in-nen, Ple-be-je-ri-n-nen, ab-lut-sch-te). The fragment joins the next one if
// its consonants can begin a syllable together with those that follow (Chir-ur-gin-nen,
// Brit-tas, voll-streck), and the previous one otherwise, since of several consonants only
// the last goes to the next line (Ple-be-je-rin-nen, ab-lutsch-te), sch, ch and ck before a
// consonant end a syllable (Kretsch-mann) and the diminutive -chen stays whole (Schüss-chen). A
// last fragment without a vowel joins the one before.
void drop_vowelless_fragments(Workspace& space, std::size_t part_start, std::size_t part_end) {
    const auto letter = [&](std::size_t index) { return space.letters[part_start + index]; };
    const std::size_t length = part_end - part_start;
    const auto has_vowel = [&](std::size_t from, std::size_t to) {
        for (std::size_t index = from; index < to; ++index) {
            if (is_vowel(letter(index))) {
                return true;
            }
        }
        return false;
    };
    // True if the consonants from `from` up to the next vowel can begin a syllable.
    const auto onset_from = [&](std::size_t from) {
        std::size_t end = from;
        while (end < length && !is_vowel(letter(end))) {
            ++end;
        }
        return is_syllable_onset(
            std::u32string_view(space.letters).substr(part_start + from, end - from));
    };
    const auto is_diminutive_at = [&](std::size_t from) {
        const std::u32string_view rest =
            std::u32string_view(space.letters).substr(part_start + from, length - from);
        return rest == U"chen" || rest == U"chens";
    };
    // sch, ch and ck are one sound: before another consonant they end a syllable (Kretsch-mann).
    const auto is_consonant_unit = [&](std::size_t from, std::size_t to) {
        const std::u32string_view fragment =
            std::u32string_view(space.letters).substr(part_start + from, to - from);
        return fragment == U"sch" || fragment == U"ch" || fragment == U"ck";
    };
    std::size_t index = 0;
    std::size_t fragment_start = 0;
    while (index < space.positions.size()) {
        const std::size_t fragment_end = space.positions[index];
        if (index > 0 && !has_vowel(fragment_start, fragment_end)) {
            const bool next_starts_with_consonant =
                fragment_end < length && !is_vowel(letter(fragment_end));
            const bool join_previous =
                next_starts_with_consonant &&
                (!onset_from(fragment_start) || is_diminutive_at(fragment_end) ||
                 is_consonant_unit(fragment_start, fragment_end));
            // Joining the next fragment drops the fragment's end break, joining the previous
            // one its start break.
            const std::size_t dropped = join_previous ? index - 1 : index;
            space.positions.erase(space.positions.begin() + static_cast<std::ptrdiff_t>(dropped));
            space.kinds.erase(space.kinds.begin() + static_cast<std::ptrdiff_t>(dropped));
            if (join_previous) {
                fragment_start = index > 1 ? space.positions[index - 2] : 0;
                --index;
            }
            continue;
        }
        fragment_start = fragment_end;
        ++index;
    }
    if (!space.positions.empty() && !has_vowel(space.positions.back(), length)) {
        space.positions.pop_back();
        space.kinds.pop_back();
    }
}

// Appends the breaks in space.positions / space.kinds of the part starting at `part_start`.
void add_breaks(const Workspace& space, std::size_t part_start, std::vector<BreakPoint>& breaks) {
    for (std::size_t index = 0; index < space.positions.size(); ++index) {
        const std::size_t letter = part_start + space.positions[index];
        // For a soft hyphen, the letter after it starts the second fragment.
        breaks.push_back({space.letter_offsets[letter], space.kinds[index]});
    }
}

} // namespace

const HyphenationExceptions& compound_readings() {
    static const HyphenationExceptions readings = [] {
        HyphenationExceptions list;
        list.add_list(compound_readings_text());
        return list;
    }();
    return readings;
}

Hyphenator::Hyphenator(HyphenationOptions options, HyphenationExceptions exceptions)
    : options_(options), exceptions_(std::move(exceptions)),
      patterns_(&HyphenationPatterns::german()), lexicon_(CompoundLexicon::german()),
      readings_(&compound_readings()) {}

std::vector<BreakPoint> Hyphenator::hyphenate(std::string_view word) const {
    std::vector<BreakPoint> breaks;
    hyphenate(word, breaks);
    return breaks;
}

std::vector<BreakPoint> Hyphenator::hyphenate(std::u16string_view word) const {
    // Through UTF-8, remembering where each UTF-16 unit went.
    std::string utf8;
    std::vector<std::size_t> utf16_offset_of_byte;
    for (std::size_t index = 0; index < word.size();) {
        const std::size_t start = index;
        char32_t code_point = word[index++];
        if (code_point >= 0xD800 && code_point < 0xDC00 && index < word.size() &&
            word[index] >= 0xDC00 && word[index] < 0xE000) {
            code_point = 0x10000 + ((code_point - 0xD800) << 10) + (word[index++] - 0xDC00);
        }
        append_utf8(utf8, code_point);
        utf16_offset_of_byte.resize(utf8.size(), start);
    }
    utf16_offset_of_byte.push_back(word.size());
    auto breaks = hyphenate(std::string_view(utf8));
    for (auto& point : breaks) {
        point.offset = utf16_offset_of_byte[point.offset];
    }
    return breaks;
}

void Hyphenator::hyphenate(std::string_view word, std::vector<BreakPoint>& breaks) const {
    breaks.clear();
    // The word proper: from its first to its last letter. A word with digits anywhere
    // (2016er-Jahrgang) is never hyphenated.
    std::size_t core_start = word.size();
    std::size_t core_end = 0;
    for (std::size_t index = 0; index < word.size();) {
        const std::size_t start = index;
        const char32_t code_point = next_code_point(word, index);
        if (is_digit(code_point)) {
            return;
        }
        if (is_letter(code_point)) {
            core_start = std::min(core_start, start);
            core_end = index;
        }
    }
    if (core_start >= core_end) {
        return;
    }

    Workspace& space = workspace();
    space.letter_offsets.clear();
    space.letters.clear();
    space.hyphen_before.clear();
    space.soft_hyphen_before.clear();
    space.upper.clear();
    bool pending_hyphen = false;
    bool pending_soft_hyphen = false;
    bool has_soft_hyphen = false;
    for (std::size_t index = core_start; index < core_end;) {
        const std::size_t start = index;
        const char32_t code_point = next_code_point(word, index);
        if (is_hard_hyphen(code_point)) {
            pending_hyphen = true;
        } else if (code_point == soft_hyphen) {
            pending_soft_hyphen = true;
            has_soft_hyphen = true;
        } else if (is_letter(code_point) || is_apostrophe(code_point)) {
            space.letter_offsets.push_back(start);
            space.letters.push_back(is_apostrophe(code_point) ? right_single_quote
                                                              : fold_case(code_point));
            space.hyphen_before.push_back(pending_hyphen ? 1 : 0);
            space.soft_hyphen_before.push_back(pending_soft_hyphen ? 1 : 0);
            space.upper.push_back(is_upper_case(code_point) ? 1 : 0);
            pending_hyphen = false;
            pending_soft_hyphen = false;
        } else {
            return; // digits, dots, @, slashes, code: never hyphenated
        }
    }
    const std::size_t letter_count = space.letters.size();

    // Appends the breaks of an exception entry whose letters start at letter `start`.
    const auto add_exception = [&](const std::vector<HyphenationExceptions::Break>& entry,
                                   std::size_t start) {
        for (const auto& entry_break : entry) {
            const std::size_t letter = start + entry_break.letter_count;
            if (letter > 0 && letter < letter_count && space.hyphen_before[letter] == 0) {
                breaks.push_back({space.letter_offsets[letter], entry_break.kind});
            }
        }
    };

    // 1. The exception list, then the built-in readings of ambiguous compounds, for the whole
    // word.
    if (const auto* entry = exceptions_.empty() ? nullptr : exceptions_.find(space.letters)) {
        add_exception(*entry, 0);
        return;
    }
    if (letter_count >= options_.min_word_length) {
        if (const auto* entry = readings_->find(space.letters)) {
            add_exception(*entry, 0);
            return;
        }
    }

    // Parts between hard hyphens.
    std::size_t part_start = 0;
    while (part_start < letter_count) {
        std::size_t part_end = part_start + 1;
        while (part_end < letter_count && space.hyphen_before[part_end] == 0) {
            ++part_end;
        }
        const std::size_t length = part_end - part_start;
        space.positions.clear();
        const auto part_letters = std::u32string_view(space.letters).substr(part_start, length);

        if (const auto* entry = exceptions_.empty() ? nullptr : exceptions_.find(part_letters)) {
            add_exception(*entry, part_start); // 2. the exception list, for the part
        } else if (length > longest_hyphenated_part) {
            // no breaks, also no soft hyphens: the part is left whole (see the header)
        } else if (has_soft_hyphen) {
            // 3. Soft hyphens: the only breaks of the whole word.
            for (std::size_t letter = part_start + 1; letter < part_end; ++letter) {
                if (space.soft_hyphen_before[letter] != 0) {
                    space.positions.push_back(static_cast<std::uint16_t>(letter - part_start));
                }
            }
        } else {
            // 4. Patterns, unless the part is short or an abbreviation (GmbH, EU, AsylbLG).
            const bool abbreviation =
                std::find(space.upper.begin() + static_cast<std::ptrdiff_t>(part_start) + 1,
                          space.upper.begin() + static_cast<std::ptrdiff_t>(part_end),
                          std::uint8_t{1}) !=
                space.upper.begin() + static_cast<std::ptrdiff_t>(part_end);
            // The minimum word length counts the whole word (Ein-Eu-ro-Job): a part needs
            // only room for the minimum fragments on both sides.
            if (!abbreviation && letter_count >= options_.min_word_length &&
                length <= longest_hyphenated_part) {
                add_pattern_breaks(*patterns_, options_, space, part_start, part_end, part_start);
                correct_compound(*patterns_, *lexicon_, options_, space, part_start, part_end);
                drop_vowelless_fragments(space, part_start, part_end);
                add_breaks(space, part_start, breaks);
                part_start = part_end;
                continue;
            }
        }
        if (!space.positions.empty()) {
            space.kinds.resize(space.positions.size());
            classify(space, part_start, part_end, space.positions, space.kinds, *lexicon_,
                     space.latin1);
            add_breaks(space, part_start, breaks);
        }
        part_start = part_end;
    }
}

std::string mark_breaks(std::string_view word, std::span<const BreakPoint> breaks,
                        std::string_view separator, std::string_view joint_separator) {
    std::string marked;
    marked.reserve(word.size() + breaks.size() * separator.size());
    append_marked_breaks(marked, word, breaks, separator, joint_separator);
    return marked;
}

void append_marked_breaks(std::string& marked, std::string_view word,
                          std::span<const BreakPoint> breaks, std::string_view separator,
                          std::string_view joint_separator) {
    std::size_t next_break = 0;
    for (std::size_t index = 0; index < word.size();) {
        while (next_break < breaks.size() && breaks[next_break].offset <= index) {
            if (breaks[next_break].offset == index) {
                marked.append(breaks[next_break].kind == BreakKind::CompoundJoint ? joint_separator
                                                                                  : separator);
            }
            ++next_break;
        }
        const std::size_t start = index;
        if (next_code_point(word, index) != soft_hyphen) {
            marked.append(word.substr(start, index - start));
        }
    }
}

} // namespace stadtsatz::text
