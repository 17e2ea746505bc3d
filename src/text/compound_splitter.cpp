#include "text/compound_splitter.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace stadtsatz::text {
namespace {

// Strings below are lower-case Latin-1; \374 is ü.

// Prefixes after which a break is AfterPrefix (and which are never compound parts).
constexpr std::array<std::string_view, 45> prefixes = {
    "ab",    "an",      "be",     "ge",     "er",     "um",     "un",    "ur",     "zu",
    "inter", "auf",     "aus",    "bei",    "dar",    "ein",    "emp",   "ent",    "her",
    "hin",   "mit",     "vor",    "ver",    "zer",    "weg",    "fort",  "miss",   "nach",
    "voll",  "\374ber", "gegen",  "hinter", "unter",  "wider",  "durch", "wieder", "zur\374ck",
    "herab", "heran",   "herauf", "heraus", "hinauf", "hinaus", "voran", "vorbei", "nieder"};

// Forms that look like words but end a compound only as suffixes (Gesell-schaft, lös-bar).
constexpr std::array<std::string_view, 41> suffix_forms = {
    "schaft", "schaften", "haft",  "hafte", "haften", "hafter", "haftes", "haftem", "bar",
    "bare",   "baren",    "barer", "bares", "barem",  "lich",   "ling",   "linge",  "lingen",
    "sam",    "same",     "samen", "samer", "sames",  "samem",  "innen",  "tum",    "tums",
    "heit",   "keit",     "los",   "lose",  "losen",  "loser",  "loses",  "losem",  "chen",
    "lein",   "nis",      "isch",  "ische", "artig"};

// Short function words and Latin prefixes (Pro-gramm, Kon-takt) that are never the first part
// of a compound.
constexpr std::array<std::string_view, 25> function_words = {
    "der", "die", "das", "den", "dem", "des", "eine", "einer", "und", "oder", "als", "wie", "sie",
    "ich", "wir", "ihr", "man", "nun", "nie", "zum",  "zur",   "bis", "pro",  "kon", "kom"};

// Linking elements between the parts of a compound, longest first.
constexpr std::array<std::string_view, 8> linking_elements = {"ens", "es", "en", "er",
                                                              "ns",  "s",  "n",  "e"};

constexpr std::size_t shortest_part = 3;
constexpr int impossible = std::numeric_limits<int>::max() / 4;
constexpr int cost_per_part = 4;

constexpr std::size_t longest_listed = 8;

// For each length up to longest_listed, which first letters occur in a list: lets contains()
// reject most strings without scanning the list (it is asked several times per word).
struct FirstLetters {
    std::array<std::array<bool, 256>, longest_listed + 1> present{};
};

template <std::size_t Size>
constexpr FirstLetters first_letters_of(const std::array<std::string_view, Size>& list) {
    FirstLetters letters{};
    for (const auto listed : list) {
        letters.present[listed.size()][static_cast<unsigned char>(listed[0])] = true;
    }
    return letters;
}

template <std::size_t Size>
bool contains(const std::array<std::string_view, Size>& list, const FirstLetters& first,
              std::string_view letters) {
    if (letters.empty() || letters.size() > longest_listed ||
        !first.present[letters.size()][static_cast<unsigned char>(letters[0])]) {
        return false;
    }
    for (const auto listed : list) {
        if (listed.size() == letters.size() && listed[0] == letters[0] &&
            listed.substr(1) == letters.substr(1)) {
            return true;
        }
    }
    return false;
}

constexpr FirstLetters prefix_letters = first_letters_of(prefixes);
constexpr FirstLetters suffix_letters = first_letters_of(suffix_forms);
constexpr FirstLetters function_word_letters = first_letters_of(function_words);

// The lexicon flags of `stem` followed by `ending` (Schul + e, Hilf + e, Würzburg minus burg +
// burgen); 0 for forms longer than any listed word.
int flags_with_ending(std::string_view stem, std::string_view ending,
                      const CompoundLexicon& lexicon) {
    constexpr std::size_t longest_form = 64;
    if (stem.size() + ending.size() > longest_form) {
        return 0;
    }
    std::array<char, longest_form> form{};
    const auto ending_start = std::copy(stem.begin(), stem.end(), form.begin());
    std::copy(ending.begin(), ending.end(), ending_start);
    return lexicon.flags(std::string_view(form.data(), stem.size() + ending.size()));
}

// True if `base` takes the linking element `link` in a compound: only nouns do, -n- and -ns-
// only after -e, -el or -er (Seite-n-ausgang, Bauer-n-hof, Name-ns-schild), -s- not after a
// sibilant, the others only after a consonant (Tag-es-zeit, Kind-er-garten, Hund-e-hütte;
// Frau-en-haus); a noun in -e may drop it before -s- (Hilf-s=angebot). Keeps a verb form or a
// name from passing as a modifier (die+ns in Dienstag).
bool takes_linking_element(std::string_view base, std::string_view link,
                           const CompoundLexicon& lexicon) {
    const char last = base.back();
    const int flags = lexicon.flags(base);
    // An infinitive used as a noun takes -s- (Lebens=mittel, Wissens=stand, Will=kommens=kultur).
    if (link == "s" && base.ends_with("en") && (flags & CompoundLexicon::other) != 0) {
        return true;
    }
    if ((flags & CompoundLexicon::noun) == 0) {
        // A noun in -e may drop it before -s- (Hilfe: Hilfs=angebot, Geschichte: Geschichts-).
        // Not after -ng: Nut-zungs, Hand-lungs are -ung nouns with their own -s, not Zunge, Lunge.
        if (link != "s" || last == 'e' || base.ends_with("ng")) {
            return false;
        }
        return (flags_with_ending(base, "e", lexicon) & CompoundLexicon::noun) != 0;
    }
    if (link == "n" || link == "ns") {
        return last == 'e' || base.ends_with("el") || base.ends_with("er");
    }
    if (link == "s") {
        return last != 's' && last != 'z' && last != 'x' && last != '\337';
    }
    if (link == "en") {
        return last != 'e';
    }
    return std::string_view("aeiouy\344\366\374").find(last) == std::string_view::npos;
}

// Adjectives of three letters that begin compounds (Alt=bau, Neu=bau, Nah=verkehr); other
// three-letter forms that are not nouns or verb stems (Erb=vertrag) are too often a name's
// syllable (Al-Has-san).
constexpr std::array<std::string_view, 8> short_adjectives = {"alt", "neu", "nah", "gut",
                                                              "rot", "arm", "tot", "roh"};

// True if the stem `part` is the stem of a verb (Wohn- of wohnen, Wander- of wandern) or of a
// noun in -e (Schul- of Schule): the stems that form compounds. A noun minus -n or -en is not
// one (Pati of Patin, Schwa of Schwan).
bool is_compounding_stem(std::string_view part, const CompoundLexicon& lexicon) {
    const auto with = [&](std::string_view ending) {
        return flags_with_ending(part, ending, lexicon);
    };
    // -n only after -el and -er (Wander- of wandern, Sammel- of sammeln; not Gege- of gegen).
    const bool el_or_er = part.ends_with("el") || part.ends_with("er");
    // A noun's stem of three letters is rarely one (Has- of Hase in Al-Has-san); a verb's is
    // (Erb=vertrag, Ess=ecke).
    return (with("en") & CompoundLexicon::other) != 0 ||
           (el_or_er && (with("n") & CompoundLexicon::other) != 0) ||
           (part.size() > shortest_part && (with("e") & CompoundLexicon::noun) != 0);
}

// How well `part` is attested as a non-final compound part; `impossible` if it is not.
int modifier_cost(std::string_view part, const CompoundLexicon& lexicon) {
    if (part.size() < shortest_part || is_prefix(part) ||
        contains(function_words, function_word_letters, part) ||
        contains(suffix_forms, suffix_letters, part) ||
        (part.ends_with('s') &&
         contains(suffix_forms, suffix_letters, part.substr(0, part.size() - 1)))) {
        return impossible; // also Nachbar-schafts=hilfe: a suffix with a Fugen-s
    }
    const int flags = lexicon.flags(part);
    if ((flags & CompoundLexicon::noun) != 0) {
        return 0;
    }
    const bool short_adjective =
        std::find(short_adjectives.begin(), short_adjectives.end(), part) != short_adjectives.end();
    if ((flags & CompoundLexicon::other) != 0 && (part.size() > shortest_part || short_adjective)) {
        return 1;
    }
    for (const auto link : linking_elements) {
        if (part.size() >= link.size() + shortest_part && part.ends_with(link) &&
            takes_linking_element(part.substr(0, part.size() - link.size()), link, lexicon) &&
            (link != "ens" || flags != 0)) {
            return 1; // -ens- is a genitive (Herzens, Namens): only as a listed form
        }
    }
    // A verb stem with an unstressed prefix hardly begins a compound (be-geh-ren, not
    // Begeh=ren).
    for (const std::string_view unstressed : {"be", "ge", "er", "ver", "zer", "ent", "emp"}) {
        if (part.starts_with(unstressed) && part.size() >= unstressed.size() + shortest_part) {
            return impossible;
        }
    }
    return (flags & CompoundLexicon::stem) != 0 && is_compounding_stem(part, lexicon) ? 2
                                                                                      : impossible;
}

// Like modifier_cost, but only nouns count, with or without a linking element (Wohnungs,
// Milch); adjectives, verbs and bare stems are too often a word's own syllables (Auss-, Verb-).
int confident_modifier_cost(std::string_view part, const CompoundLexicon& lexicon) {
    if (modifier_cost(part, lexicon) >= impossible) {
        return impossible;
    }
    if ((lexicon.flags(part) & CompoundLexicon::noun) != 0) {
        return 0;
    }
    for (const auto link : linking_elements) {
        if (part.size() >= link.size() + shortest_part && part.ends_with(link) &&
            takes_linking_element(part.substr(0, part.size() - link.size()), link, lexicon)) {
            return 1;
        }
    }
    return impossible;
}

// True if `part` is an adjective in -ig derived from a listed noun that occurs only in
// compounds (sprachig of Sprache in mehr=sprachig, jährig of Jahr in drei=jährige, tägig of
// Tag), with or without an inflection ending.
bool is_derived_adjective(std::string_view part, const CompoundLexicon& lexicon) {
    constexpr std::size_t shortest_noun = 3;
    std::string_view base = part;
    for (const std::string_view ending : {"igen", "iger", "iges", "igem", "ige", "ig"}) {
        if (part.ends_with(ending)) {
            base = part.substr(0, part.size() - ending.size());
            break;
        }
    }
    if (base.size() == part.size() || base.size() < shortest_noun) {
        return false;
    }
    const auto is_noun = [&](std::string_view candidate) {
        return (lexicon.flags(candidate) & CompoundLexicon::noun) != 0 ||
               (flags_with_ending(candidate, "e", lexicon) & CompoundLexicon::noun) != 0;
    };
    if (is_noun(base)) {
        return true;
    }
    // The umlaut of the derivation (Jahr: jährig, Tag: tägig, Stunde: stündig).
    std::string plain(base);
    for (char& letter : plain) {
        letter = letter == '\344' ? 'a' : letter == '\366' ? 'o' : letter == '\374' ? 'u' : letter;
    }
    return plain != base && is_noun(plain);
}

// How well `part` is attested as the last part of a compound.
int head_cost(std::string_view part, bool capitalised, const CompoundLexicon& lexicon) {
    // Gen ends place names in -ingen far more often than it ends a compound (Fin-nin-gen).
    // Nor does a three-letter head in -en end a compound: it is an infinitive's syllable
    // (Schrei-ben, not Schrei=ben: Ben is a name).
    if (part.size() < shortest_part || contains(suffix_forms, suffix_letters, part) ||
        (part.size() == shortest_part && part.ends_with("en"))) {
        return impossible;
    }
    const int flags = lexicon.flags(part);
    if ((flags & CompoundLexicon::noun) != 0) {
        return 0;
    }
    if ((flags & CompoundLexicon::other) != 0 && !capitalised) {
        return 1;
    }
    // A capitalised word may end in an adjective or participle used as a noun
    // (Ehren=amtliche, Kreistags=abgeordnete, Schutz=suchende).
    constexpr std::size_t shortest_nominalised = 6;
    // Not -innen, the plural of the feminine -in (Bür-ge-rin-nen, not Bürge=rinnen).
    const bool inflected = (part.ends_with('e') || part.ends_with("en") || part.ends_with("er")) &&
                           !part.ends_with("innen");
    if ((flags & CompoundLexicon::other) != 0 && part.size() >= shortest_nominalised && inflected) {
        return 1;
    }
    return is_derived_adjective(part, lexicon) && (!capitalised || inflected) ? 1 : impossible;
}

} // namespace

bool is_prefix(std::string_view letters) {
    return contains(prefixes, prefix_letters, letters);
}

namespace {

constexpr std::size_t most_boundaries = 64;
constexpr std::size_t shortest_strict_part = 4;
constexpr std::size_t shortest_noun_part = 3;
constexpr std::size_t shortest_divisible_part = 6;
constexpr std::size_t most_cached_boundaries = 16;
constexpr int unknown_cost = -1;

// True if `part` is a form of Lunge or Zunge, which more often end an -ung noun than a compound.
bool is_lung_or_tongue(std::string_view part) {
    return part == "lunge" || part == "lungen" || part == "zunge" || part == "zungen";
}

// Splits letters [boundaries[from], boundaries[to]) into the best-attested parts whose edges
// are boundaries and marks their inner edges in `joint`; false if there is no such split. The
// last part is scored as the word's head if `ends_word`. `strict` (for splitting a part again:
// Kindergarten in Kindergartenplätze, Rathaus in Rathausplatz) admits only listed forms of at
// least four letters and nouns of three (Rat=haus).
bool split_range(std::string_view letters, std::span<const std::size_t> boundaries,
                 std::size_t from, std::size_t to, bool ends_word, bool capitalised, bool strict,
                 const CompoundLexicon& lexicon, std::span<bool> joint, std::span<int> costs) {
    const auto part_cost = [&](std::size_t start, std::size_t end, bool head) {
        const auto part = letters.substr(boundaries[start], boundaries[end] - boundaries[start]);
        // A split part of three letters in -en is an inflection's syllable, not a noun
        // (frei=willigen, not frei=willi=gen).
        if (strict && (part.size() < shortest_noun_part ||
                       (part.size() == shortest_noun_part && part.ends_with("en")))) {
            return impossible;
        }
        // An -ung noun of a verb in -eln or -zen is no compound of Lunge or Zunge
        // (Sied-lungen, Hand-lungen, Set-zungen; but Raucher=lunge).
        if (start > 0 && is_lung_or_tongue(part) &&
            std::string_view("bdfghklmpt").find(letters[boundaries[start] - 1]) !=
                std::string_view::npos) {
            return impossible;
        }
        // costs caches each part's cost for the passes over one word.
        const std::size_t slot = (start * boundaries.size() + end) * 2 + (head ? 1 : 0);
        int cost = slot < costs.size() ? costs[slot] : unknown_cost;
        if (cost == unknown_cost) {
            cost = head ? head_cost(part, capitalised, lexicon) : modifier_cost(part, lexicon);
            if (slot < costs.size()) {
                costs[slot] = cost;
            }
        }
        if (!strict) {
            return cost;
        }
        if (part.size() < shortest_strict_part) {
            return cost > 0 ? impossible : cost; // a short part only as a noun: Rat=haus, Not=ruf
        }
        return cost > 2 ? impossible : cost; // verb stems too: Sprech=stunde, Schul=weg
    };
    // best[j]: lowest cost of splitting [boundaries[from], boundaries[j]) into non-final parts.
    std::array<int, most_boundaries> best{};
    std::array<std::size_t, most_boundaries> previous{};
    best.fill(impossible);
    best[from] = 0;
    for (std::size_t end = from + 1; end < to; ++end) {
        for (std::size_t start = from; start < end; ++start) {
            if (best[start] >= impossible) {
                continue;
            }
            const int cost = part_cost(start, end, false);
            if (cost < impossible && best[start] + cost + cost_per_part < best[end]) {
                best[end] = best[start] + cost + cost_per_part;
                previous[end] = start;
            }
        }
    }
    int best_total = impossible;
    std::size_t head_start = from;
    for (std::size_t start = from + 1; start < to; ++start) {
        if (best[start] >= impossible) {
            continue;
        }
        const int cost = part_cost(start, to, ends_word);
        if (cost < impossible && best[start] + cost + cost_per_part < best_total) {
            best_total = best[start] + cost + cost_per_part;
            head_start = start;
        }
    }
    if (best_total >= impossible) {
        return false;
    }
    for (std::size_t boundary = head_start; boundary != from; boundary = previous[boundary]) {
        joint[boundary] = true;
    }
    return true;
}

// The last parts of place names and the plurals of the same nouns.
struct PlaceNameHead {
    std::string_view head;
    std::string_view plural;
};
constexpr std::array<PlaceNameHead, 8> place_name_heads = {{{"heim", "heime"},
                                                            {"burg", "burgen"},
                                                            {"furt", "furten"},
                                                            {"dorf", "d\366rfer"},
                                                            {"stein", "steine"},
                                                            {"feld", "felder"},
                                                            {"berg", "berge"},
                                                            {"bach", "b\344che"}}};

// True if the split word (joints at `joint`) reads as a place name rather than a compound
// (Würz-burg, Hol-stein, Frank-furt, not Kinder=heim or Betätigungs=feld): the word is listed
// and ends in a place-name head, the list has no plural of it (a town has none), and the part
// before the head is neither a noun (with or without a linking element) nor an inflected
// adjective (Obdachlosen=heim). Rosen=heim keeps its joint: the lexicon cannot tell.
bool is_place_name(std::string_view letters, std::span<const std::size_t> boundaries,
                   std::span<const bool> joint, const CompoundLexicon& lexicon) {
    std::size_t head_start = 0;
    std::size_t modifier_start = 0;
    for (std::size_t boundary = 1; boundary < joint.size(); ++boundary) {
        if (joint[boundary]) {
            modifier_start = head_start;
            head_start = boundaries[boundary];
        }
    }
    if (head_start == 0 || lexicon.flags(letters) == 0) {
        return false;
    }
    const auto head = letters.substr(head_start);
    const auto place = std::find_if(place_name_heads.begin(), place_name_heads.end(),
                                    [&](const PlaceNameHead& entry) { return entry.head == head; });
    if (place == place_name_heads.end()) {
        return false;
    }
    if (flags_with_ending(letters.substr(0, head_start), place->plural, lexicon) != 0) {
        return false; // a plural: a common noun (Kinderheime)
    }
    const auto modifier = letters.substr(modifier_start, head_start - modifier_start);
    return confident_modifier_cost(modifier, lexicon) >= impossible && !modifier.ends_with("en");
}

} // namespace

std::size_t split_compound(std::string_view letters, std::span<std::uint16_t> joints,
                           const CompoundLexicon& lexicon) {
    constexpr std::size_t shortest_confident_part = 4;
    constexpr std::size_t longest_word = 48;
    const std::size_t length = letters.size();
    if (length < 2 * shortest_confident_part || length > longest_word || joints.empty()) {
        return 0;
    }
    // best[j]: lowest cost of splitting letters [0, j) into modifiers; previous[j]: where the
    // last of them starts.
    std::array<int, longest_word + 1> best{};
    std::array<std::uint8_t, longest_word + 1> previous{};
    best.fill(impossible);
    best[0] = 0;
    for (std::size_t end = 2; end + shortest_confident_part <= length; ++end) {
        for (std::size_t start = 0; start + 2 <= end; ++start) {
            if (best[start] >= impossible ||
                (end - start < shortest_confident_part && !(start == 0 && end == 2))) {
                continue;
            }
            const auto part = letters.substr(start, end - start);
            int cost = impossible;
            if (start == 0 && part == "ur") {
                cost = 1; // Ur=instinkt, Ur=einwohner: the one prefix that forms compounds
            } else {
                cost = confident_modifier_cost(part, lexicon);
                if (cost >= impossible) {
                    continue;
                }
            }
            if (best[start] + cost + cost_per_part < best[end]) {
                best[end] = best[start] + cost + cost_per_part;
                previous[end] = static_cast<std::uint8_t>(start);
            }
        }
    }
    int best_total = impossible;
    std::size_t head_start = 0;
    // Ascending starts: of equal totals the longest head wins.
    for (std::size_t start = 2; start + shortest_confident_part <= length; ++start) {
        if (best[start] >= impossible) {
            continue;
        }
        const int cost = head_cost(letters.substr(start), true, lexicon);
        if (cost < impossible && best[start] + cost + cost_per_part < best_total) {
            best_total = best[start] + cost + cost_per_part;
            head_start = start;
        }
    }
    if (best_total >= impossible) {
        return 0;
    }
    std::array<std::uint16_t, longest_word> reversed{};
    std::size_t count = 0;
    for (std::size_t boundary = head_start; boundary != 0; boundary = previous[boundary]) {
        reversed[count++] = static_cast<std::uint16_t>(boundary);
    }
    if (count > joints.size()) {
        return 0;
    }
    for (std::size_t index = 0; index < count; ++index) {
        joints[index] = reversed[count - 1 - index];
    }
    return count;
}

void classify_breaks(std::string_view letters, bool capitalised,
                     std::span<const std::uint16_t> positions, std::span<BreakKind> kinds,
                     const CompoundLexicon& lexicon) {
    std::fill(kinds.begin(), kinds.end(), BreakKind::Syllable);
    if (positions.empty()) {
        return;
    }
    // Boundaries: word start, every break, word end.
    const std::size_t boundary_count = std::min(positions.size() + 2, most_boundaries);
    std::array<std::size_t, most_boundaries> boundaries{};
    boundaries[0] = 0;
    for (std::size_t index = 0; index + 2 < boundary_count; ++index) {
        boundaries[index + 1] = positions[index];
    }
    boundaries[boundary_count - 1] = letters.size();
    const std::size_t last = boundary_count - 1;
    const std::span<const std::size_t> edges(boundaries.data(), boundary_count);

    std::array<bool, most_boundaries> joint{};
    std::array<int, most_cached_boundaries * most_cached_boundaries * 2> cache;
    const std::span<int> costs(cache.data(), boundary_count <= most_cached_boundaries
                                                 ? boundary_count * boundary_count * 2
                                                 : 0);
    std::fill(costs.begin(), costs.end(), unknown_cost);
    if (split_range(letters, edges, 0, last, true, capitalised, false, lexicon, joint, costs)) {
        // Split long parts again where they are compounds themselves, and their parts, until
        // none splits further (Volks=hochschul=kurs, then Volks=hoch=schul=kurs).
        constexpr int most_rounds = 4;
        bool split_again = true;
        for (int round = 0; round < most_rounds && split_again; ++round) {
            split_again = false;
            const std::array<bool, most_boundaries> before = joint;
            std::size_t part_start = 0;
            for (std::size_t boundary = 1; boundary <= last; ++boundary) {
                if (boundary != last && !before[boundary]) {
                    continue;
                }
                if (boundaries[boundary] - boundaries[part_start] >= shortest_divisible_part &&
                    boundary - part_start >= 2) {
                    split_range(letters, edges, part_start, boundary, boundary == last, capitalised,
                                true, lexicon, joint, costs);
                }
                part_start = boundary;
            }
            split_again = joint != before;
        }
    }
    if (capitalised &&
        is_place_name(letters, edges, std::span<const bool>(joint.data(), last), lexicon)) {
        std::fill(joint.begin(), joint.end(), false);
    }
    for (std::size_t boundary = 1; boundary < last; ++boundary) {
        if (joint[boundary]) {
            kinds[boundary - 1] = BreakKind::CompoundJoint;
        }
    }

    // Prefixes at the start of each part: Ver-an-staltung, Aus-länder=beirat.
    std::size_t part_start = 0;
    for (std::size_t boundary = 1; boundary < last; ++boundary) {
        if (joint[boundary]) {
            part_start = boundaries[boundary];
            continue;
        }
        const std::size_t position = boundaries[boundary];
        const auto candidate = letters.substr(part_start, position - part_start);
        if (!is_prefix(candidate)) {
            continue;
        }
        std::size_t part_end = letters.size();
        for (std::size_t next = boundary + 1; next < last; ++next) {
            if (joint[next]) {
                part_end = boundaries[next];
                break;
            }
        }
        const auto rest = letters.substr(position, part_end - position);
        // A two-letter prefix (be-, ge-, un-) only if what follows is a word of its own.
        if (rest.size() >= shortest_part &&
            (candidate.size() > 2 ||
             (lexicon.flags(rest) & (CompoundLexicon::noun | CompoundLexicon::other)) != 0 ||
             is_prefix(rest.substr(0, 3)))) {
            kinds[boundary - 1] = BreakKind::AfterPrefix;
            part_start = position;
        }
    }
}

} // namespace stadtsatz::text
