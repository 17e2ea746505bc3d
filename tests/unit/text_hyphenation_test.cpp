#include "text/compound_lexicon.hpp"
#include "text/hyphenation_patterns.hpp"
#include "text/hyphenator.hpp"
#include "text/unicode_letters.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace stadtsatz;
using text::BreakKind;
using text::BreakPoint;

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream input(path, std::ios::binary);
    std::ostringstream contents;
    contents << input.rdbuf();
    return contents.str();
}

std::vector<std::string> read_lines(const std::filesystem::path& path) {
    std::vector<std::string> lines;
    std::istringstream input(read_file(path));
    for (std::string line; std::getline(input, line);) {
        if (!line.empty() && line[0] != '#') {
            lines.push_back(line);
        }
    }
    return lines;
}

const std::filesystem::path fixtures =
    std::filesystem::path(STADTSATZ_TEST_DATA) / "unit" / "fixtures" / "hyphenation";

// The word with "-" at breaks and "=" at compound joints.
std::string marked(const text::Hyphenator& hyphenator, std::string_view word) {
    return text::mark_breaks(word, hyphenator.hyphenate(word), "-", "=");
}

std::string without_marks(std::string word) {
    std::erase(word, '-');
    std::erase(word, '=');
    return word;
}

// An independent Liang hyphenator for cross-checking: a map from pattern letters to values,
// every substring of ".word." looked up, no trie.
class ReferenceLiang {
public:
    explicit ReferenceLiang(const std::string& pattern_text) {
        std::istringstream input(pattern_text);
        for (std::string line; std::getline(input, line);) {
            std::string letters;
            std::vector<int> values(1, 0);
            for (const char character : line) {
                if (character >= '0' && character <= '9') {
                    values.back() = character - '0';
                } else if (character != '\r') {
                    letters.push_back(character);
                    // a UTF-8 continuation byte is not a new letter position
                    if ((static_cast<unsigned char>(character) & 0xC0) != 0x80) {
                        values.push_back(0);
                    }
                }
            }
            if (!letters.empty()) {
                longest_ = std::max(longest_, letters.size());
                patterns_[letters] = values;
            }
        }
    }

    // Lower-case UTF-8 word in, the word with "-" at every break (2/2, length >= 5) out.
    std::string hyphenate(const std::string& word) const {
        std::vector<std::string> letters;
        for (std::size_t index = 0; index < word.size(); ++index) {
            if ((static_cast<unsigned char>(word[index]) & 0xC0) == 0x80) {
                letters.back().push_back(word[index]);
            } else {
                letters.emplace_back(1, word[index]);
            }
        }
        if (letters.size() < 5) {
            return word;
        }
        std::vector<std::string> framed = {"."};
        framed.insert(framed.end(), letters.begin(), letters.end());
        framed.push_back(".");
        std::vector<int> values(framed.size() + 1, 0);
        for (std::size_t start = 0; start < framed.size(); ++start) {
            std::string key;
            for (std::size_t end = start; end < framed.size(); ++end) {
                key += framed[end];
                if (key.size() > longest_ * 2) {
                    break;
                }
                const auto found = patterns_.find(key);
                if (found == patterns_.end()) {
                    continue;
                }
                for (std::size_t offset = 0; offset < found->second.size(); ++offset) {
                    values[start + offset] =
                        std::max(values[start + offset], found->second[offset]);
                }
            }
        }
        std::string result;
        for (std::size_t index = 0; index < letters.size(); ++index) {
            if (index >= 2 && index + 2 <= letters.size() && values[index + 1] % 2 == 1) {
                result += '-';
            }
            result += letters[index];
        }
        return result;
    }

private:
    std::map<std::string, std::vector<int>> patterns_;
    std::size_t longest_ = 0;
};

} // namespace

TEST_CASE("hyphenation follows the hyph-de-1996 patterns exactly", "[text][hyphenation]") {
    const text::Hyphenator hyphenator;
    // Expected results derived with tests/unit/fixtures/hyphenation/reference_liang.py.
    const auto expected = read_lines(fixtures / "hyph-de-1996-words.txt");
    REQUIRE(expected.size() == 600);
    std::size_t correct = 0;
    for (const auto& word : expected) {
        const auto result = text::mark_breaks(without_marks(word),
                                              hyphenator.hyphenate(without_marks(word)), "-", "-");
        CHECK(result == word);
        correct += result == word ? 1 : 0;
    }
    CHECK(correct == expected.size());
}

TEST_CASE("the pattern trie agrees with a plain reference Liang implementation",
          "[text][hyphenation]") {
    const ReferenceLiang reference(read_file(std::filesystem::path(STADTSATZ_SOURCE_DIR) /
                                             "src/text/data/hyph-de-1996.pat.txt"));
    const text::Hyphenator hyphenator;
    const std::vector<std::string> words = {"integrationskonzept",
                                            "donaudampfschifffahrtsgesellschaft",
                                            "verwaltung",
                                            "straße",
                                            "mädchen",
                                            "rückkehr",
                                            "zucker",
                                            "nationen",
                                            "weinstube",
                                            "häuser",
                                            "äußerung",
                                            "öffentlichkeitsarbeit",
                                            "übergangswohnheim",
                                            "schifffahrt",
                                            "bäckerei",
                                            "teilhabe",
                                            "ehrenamtliche",
                                            "chancengleichheit"};
    for (const auto& word : words) {
        INFO(word);
        CHECK(text::mark_breaks(word, hyphenator.hyphenate(word), "-", "-") ==
              reference.hyphenate(word));
    }
}

TEST_CASE("administrative compounds: Duden breaks and joints", "[text][hyphenation]") {
    const text::Hyphenator hyphenator;
    const auto expected = read_lines(fixtures / "verwaltung-duden.txt");
    REQUIRE(expected.size() >= 70);
    for (const auto& word : expected) {
        CHECK(marked(hyphenator, without_marks(word)) == word);
    }
}

TEST_CASE("every break has a kind", "[text][hyphenation]") {
    const text::Hyphenator hyphenator;
    const auto breaks = hyphenator.hyphenate(std::string_view("Verwaltungsgebäude"));
    // Ver-wal-tungs=ge-bäu-de (ä takes two bytes)
    REQUIRE(breaks.size() == 5);
    CHECK(breaks[0] == BreakPoint{3, BreakKind::AfterPrefix});
    CHECK(breaks[1] == BreakPoint{6, BreakKind::Syllable});
    CHECK(breaks[2] == BreakPoint{11, BreakKind::CompoundJoint});
    CHECK(breaks[4] == BreakPoint{17, BreakKind::Syllable});
    const auto prefixed = hyphenator.hyphenate(std::string_view("Unterricht"));
    // Un-ter-richt: "un" is not a prefix here, "unter" is
    REQUIRE(prefixed.size() == 2);
    CHECK(prefixed[0] == BreakPoint{2, BreakKind::Syllable});
    CHECK(prefixed[1] == BreakPoint{5, BreakKind::AfterPrefix});
}

TEST_CASE("minimum fragments and minimum word length", "[text][hyphenation]") {
    const text::Hyphenator defaults;
    CHECK(marked(defaults, "Abend") == "Abend"); // A-bend would leave one letter
    CHECK(marked(defaults, "Ofen") == "Ofen");   // O-fen would leave one letter
    // Every legal break of a four-letter word: the style decides what a line may break.
    CHECK(marked(defaults, "Name") == "Na-me");
    CHECK(marked(defaults, "Taxi") == "Ta-xi");
    CHECK(marked(defaults, "Kita") == "Ki-ta");
    CHECK(marked(defaults, "Oma") == "Oma"); // three letters: never
    CHECK(marked(defaults, "Eltern") == "El-tern");
    CHECK(marked(defaults, "Verwaltung") == "Ver-wal-tung");

    text::HyphenationOptions wide;
    wide.left_min = 4;
    wide.right_min = 4;
    const text::Hyphenator strict(wide);
    CHECK(marked(strict, "Verwaltung") == "Verwal-tung");
    CHECK(marked(strict, "Verwaltungen") == "Verwal-tungen");

    text::HyphenationOptions longer;
    longer.min_word_length = 8;
    const text::Hyphenator patient(longer);
    CHECK(marked(patient, "Eltern") == "Eltern");
    CHECK(marked(patient, "Elternabend") == "El-tern=abend");
}

TEST_CASE("punctuation around a word is not part of it", "[text][hyphenation]") {
    const text::Hyphenator hyphenator;
    CHECK(marked(hyphenator, "(Freitag)") == "(Frei=tag)");
    CHECK(marked(hyphenator, "„Verwaltung“,") == "„Ver-wal-tung“,");
    CHECK(marked(hyphenator, "bzw.") == "bzw.");
    CHECK(marked(hyphenator, "usw.") == "usw.");
    const auto breaks = hyphenator.hyphenate(std::string_view("(Freitag)"));
    REQUIRE(breaks.size() == 1);
    CHECK(breaks[0].offset == 5); // "(Frei" | "tag)"
}

TEST_CASE("URLs, e-mail addresses, digits, abbreviations and code are never hyphenated",
          "[text][hyphenation]") {
    const text::Hyphenator hyphenator;
    for (const char* word :
         {"https://www.neu-ulm.de/integrationskonzept", "www.integrationskonzept.de",
          "integration@neu-ulm.de", "2016er-Verwaltungsjahr", "Haushaltsjahr2024", "GmbH",
          "AsylbLG", "VERWALTUNGSGERICHT", "SGB", "std::vector", "build_command", "x=Verwaltung"}) {
        INFO(word);
        CHECK(hyphenator.hyphenate(std::string_view(word)).empty());
    }
    // An abbreviation in a hyphenated compound stays whole; the rest is hyphenated.
    CHECK(marked(hyphenator, "GmbH-Geschäftsführerin") == "GmbH-Ge-schäfts=füh-re-rin");
    CHECK(marked(hyphenator, "EU-Kommission") == "EU-Kom-mis-si-on");
}

TEST_CASE("a word with hard hyphens is hyphenated part by part", "[text][hyphenation]") {
    const text::Hyphenator hyphenator;
    CHECK(marked(hyphenator, "E-Mail-Adresse") == "E-Mail-Adres-se");
    CHECK(marked(hyphenator, "Integrationskonzept-Entwurf") ==
          "In-te-gra-ti-ons=kon-zept-Ent-wurf");
    // No break right next to a hyphen, and the hyphen itself is no extra break point.
    for (const auto& point :
         hyphenator.hyphenate(std::string_view("Integrationskonzept-Entwurf"))) {
        CHECK(point.offset != 19);
        CHECK(point.offset != 20);
        CHECK(point.offset != 21);
    }
}

TEST_CASE("soft hyphens in the source override the patterns", "[text][hyphenation]") {
    const text::Hyphenator hyphenator;
    const std::string word = "Inte\u00ADgrationskonzept";
    const auto breaks = hyphenator.hyphenate(word);
    REQUIRE(breaks.size() == 1);
    CHECK(breaks[0].offset == 6); // after the two bytes of U+00AD
    CHECK(text::mark_breaks(word, breaks, "-", "=") == "Inte-grationskonzept");
}

TEST_CASE("a soft hyphen deep in a very long word breaks nowhere else", "[text][hyphenation]") {
    // Breaks are kept as 16-bit letter indices of their part: beyond 65,535 letters the soft
    // hyphen's index once wrapped around and the word broke at letter 464, without a hyphen.
    const text::Hyphenator hyphenator;
    const std::string word = "A" + std::string(66000, 'b') + "\u00AD" + std::string(10, 'a');
    for (const BreakPoint& point : hyphenator.hyphenate(word)) {
        INFO("break at byte " << point.offset);
        REQUIRE(point.offset >= 2);
        CHECK(word.compare(point.offset - 2, 2, "\u00AD") == 0);
    }
}

TEST_CASE("the editors' exception list always wins", "[text][hyphenation]") {
    text::HyphenationExceptions exceptions;
    const auto problems = exceptions.add_list(
        read_file(std::filesystem::path(STADTSATZ_SOURCE_DIR) / "content" / "trennungen.txt"));
    CHECK(problems.empty());
    REQUIRE(exceptions.size() >= 5);
    const text::Hyphenator hyphenator({}, exceptions);
    CHECK(marked(hyphenator, "Urinstinkt") == "Ur=in-stinkt");
    CHECK(marked(hyphenator, "URINSTINKT") == "UR=IN-STINKT"); // case-insensitive
    CHECK(marked(hyphenator, "Staubecken") == "Stau=be-cken"); // patterns give none
    CHECK(marked(hyphenator, "Neu-Ulm") == "Neu-Ulm");         // hyphen never doubled
    CHECK(marked(hyphenator, "Neu-Ulmer") == "Neu-Ul-mer");
    // The minimum word length counts the whole word: a four-letter part may be split.
    CHECK(marked(hyphenator, "Ein-Euro-Job") == "Ein-Eu-ro-Job");
    CHECK(marked(hyphenator, "(Betreuungsangebot)") == "(Be-treu-ungs=an-ge-bot)");
    // An entry also applies to a part of a hyphenated word.
    CHECK(marked(hyphenator, "Staubecken-Sanierung") == "Stau=be-cken-Sa-nie-rung");
    // Soft hyphens do not beat the list.
    CHECK(marked(hyphenator, "Uri\u00ADnstinkt") == "Ur=in-stinkt");
}

TEST_CASE("exception entries fold case with ICU, including ß and ẞ", "[text][hyphenation]") {
    text::HyphenationExceptions exceptions;
    CHECK(exceptions.add("Maß=nah-me"));
    CHECK(exceptions.add("Über=ga-be"));
    const text::Hyphenator hyphenator({}, exceptions);
    CHECK(marked(hyphenator, "MAẞNAHME") == "MAẞ=NAH-ME");
    CHECK(marked(hyphenator, "maßnahme") == "maß=nah-me");
    CHECK(marked(hyphenator, "ÜBERGABE") == "ÜBER=GA-BE");
    CHECK(marked(hyphenator, "Massnahme") != "Mass=nah-me"); // ss is not ß
}

TEST_CASE("exception list problems are reported by line", "[text][hyphenation]") {
    text::HyphenationExceptions exceptions;
    const auto problems =
        exceptions.add_list("# Kommentar\nNeu-Ulm\n\nNeu Ulm\n-Ulm\nAb--satz\nUr=in-stinkt\n");
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].line == 4);
    CHECK(problems[1].line == 5);
    CHECK(problems[2].line == 6);
    CHECK(exceptions.size() == 2);
}

TEST_CASE("UTF-16 words get UTF-16 offsets", "[text][hyphenation]") {
    const text::Hyphenator hyphenator;
    const auto breaks = hyphenator.hyphenate(std::u16string_view(u"Bürgerbeteiligung"));
    // Bür-ger=be-tei-li-gung
    REQUIRE(breaks.size() == 5);
    CHECK(breaks[0] == BreakPoint{3, BreakKind::Syllable});
    CHECK(breaks[1] == BreakPoint{6, BreakKind::CompoundJoint});
}

TEST_CASE("all words of a text run are hyphenated with ICU word boundaries",
          "[text][hyphenation]") {
    const text::Hyphenator hyphenator;
    const std::string run = "Die E-Mail-Adresse der Integrationsbeauftragten (Neu-Ulm) steht "
                            "unter https://www.neu-ulm.de/integrationskonzept bzw. "
                            "integration@neu-ulm.de im Integrationskonzept.";
    const auto breaks = text::hyphenate_text(hyphenator, run);
    std::string marked_run;
    std::size_t next = 0;
    for (const auto& point : breaks) {
        marked_run += run.substr(next, point.offset - next);
        marked_run += point.kind == BreakKind::CompoundJoint ? "=" : "-";
        next = point.offset;
    }
    marked_run += run.substr(next);
    CHECK(marked_run == "Die E-Mail-Adres-se der In-te-gra-ti-ons=be-auf-trag-ten (Neu-Ulm) steht "
                        "un-ter https://www.neu-ulm.de/integrationskonzept bzw. "
                        "integration@neu-ulm.de im In-te-gra-ti-ons=kon-zept.");
}

TEST_CASE("the compound lexicon is built into the library", "[text][hyphenation]") {
    const auto lexicon_handle = text::CompoundLexicon::german();
    const auto& lexicon = *lexicon_handle;
    CHECK(lexicon.size() > 300000);
    CHECK((lexicon.flags("verwaltung") & text::CompoundLexicon::noun) != 0);
    CHECK((lexicon.flags("stelle") & text::CompoundLexicon::noun) != 0); // from the supplement
    CHECK(lexicon.flags("xqzv") == 0);
    CHECK(text::HyphenationPatterns::german().pattern_count() > 36000);
}

TEST_CASE("nouns the word list spells only in lower case are recognised",
          "[text][hyphenation][compound]") {
    const auto lexicon_handle = text::CompoundLexicon::german();
    const auto& lexicon = *lexicon_handle;
    // The genitive is listed capitalised only: Feuers, Vertrags.
    CHECK((lexicon.flags("feuer") & text::CompoundLexicon::noun) != 0);
    CHECK((lexicon.flags("vertrag") & text::CompoundLexicon::noun) != 0);
    // The form ends several listed nouns: Sporthalle, Stadthalle, Messehalle.
    CHECK((lexicon.flags("halle") & text::CompoundLexicon::noun) != 0);
    // An infinitive is a noun too where its genitive is listed (des Verfahrens, Verwaltens);
    // an adjective is not (schnelles is listed in lower case as well).
    CHECK((lexicon.flags("verfahren") & text::CompoundLexicon::noun) != 0);
    CHECK((lexicon.flags("schnell") & text::CompoundLexicon::noun) == 0);
    const text::Hyphenator hyphenator;
    CHECK(marked(hyphenator, "Feuerwehr") == "Feu-er=wehr");
    CHECK(marked(hyphenator, "Sporthalle") == "Sport=hal-le");
    CHECK(marked(hyphenator, "Kaufvertrag") == "Kauf=ver-trag");
}

TEST_CASE("no joint after a Latin prefix, a verb particle or a noun's cut stem",
          "[text][hyphenation][compound]") {
    const text::Hyphenator hyphenator;
    CHECK(marked(hyphenator, "Programm") == "Pro-gramm");            // not Pro=gramm
    CHECK(marked(hyphenator, "Niederschrift") == "Nie-der-schrift"); // nieder- is a particle
    CHECK(marked(hyphenator, "Patienten") == "Pa-ti-en-ten");        // Pati is not a stem of Patin
    CHECK(marked(hyphenator, "Wohngeld") == "Wohn=geld");            // Wohn- is, of wohnen
}

TEST_CASE("linking elements follow nouns; stems, adjectives and loan words join too",
          "[text][hyphenation][compound]") {
    const text::Hyphenator hyphenator;
    // -ns- only after a noun: die+ns is not a modifier (Dienstag), nor Bea+n (beantragen).
    CHECK(marked(hyphenator, "Dienstag") == "Diens-tag");
    CHECK(marked(hyphenator, "beantragen") == "be-an-tra-gen");
    // A noun in -e drops it before -s- (Hilfe), an infinitive takes -s- (Willkommen).
    CHECK(marked(hyphenator, "Hilfsangebot") == "Hilfs=an-ge-bot");
    CHECK(marked(hyphenator, "Willkommenskultur") == "Will=kom-mens=kul-tur");
    // A listed compound is split again where a verb stem begins it (sprech-).
    CHECK(marked(hyphenator, "Bürgersprechstunde") == "Bür-ger=sprech=stun-de");
    // An adjective or participle used as a noun ends a compound.
    CHECK(marked(hyphenator, "Kreistagsabgeordnete") == "Kreis=tags=ab-ge-ord-ne-te");
    CHECK(marked(hyphenator, "Ehrenamtliche") == "Eh-ren=amt-li-che");
    CHECK(marked(hyphenator, "Bürgerinnen") == "Bür-ge-rin-nen"); // not Bürge=rinnen
    // English loan compounds; place names in -ingen do not end in Gen.
    CHECK(marked(hyphenator, "Workshops") == "Work=shops");
    CHECK(marked(hyphenator, "Webseite") == "Web=sei-te");
    CHECK(marked(hyphenator, "Finningen") == "Fin-nin-gen");
    // A listed place name (no plural, no noun before the head) is no compound; a home is.
    CHECK(marked(hyphenator, "Würzburg") == "Würz-burg");
    CHECK(marked(hyphenator, "Holstein") == "Hol-stein");
    CHECK(marked(hyphenator, "Kinderheim") == "Kin-der=heim");
    CHECK(marked(hyphenator, "Obdachlosenheim") == "Ob-dach-lo-sen=heim");
}

TEST_CASE("a compound is split at its joints, each part hyphenated as a word",
          "[text][hyphenation][compound]") {
    const text::Hyphenator hyphenator;
    // The patterns give Zweit-woh-nung-s-teu-er: a break one letter from the joint.
    CHECK(marked(hyphenator, "Zweitwohnungsteuer") == "Zweit=woh-nung=steu-er");
    // No break straddles the joint Milch=streifen (never Milchs-treifen).
    CHECK(marked(hyphenator, "Milchstreifen") == "Milch=strei-fen");
    // Of Druck=erzeugnis and Drucker=zeugnis (equally attested) the longer head wins.
    CHECK(marked(hyphenator, "Druckerzeugnis") == "Druck=er-zeug-nis");
    // An unknown word whose pattern breaks are plausible keeps them, even if the splitter
    // finds another reading (Swiss spelling: Strassen is unknown, Trassen is known).
    CHECK(marked(hyphenator, "Hauptstrassen") == "Haupt-stras-sen");
    CHECK(marked(hyphenator, "Landstrasse") == "Land-stras-se");
    // Listed words too, where the patterns left a one-letter fragment (Plattfor-m-an…).
    CHECK(marked(hyphenator, "Plattformanforderungen") == "Platt=form=an-for-de-run-gen");
    CHECK(marked(hyphenator, "Mikroskoptechnik") == "Mi-kro-skop=tech-nik");
    CHECK(marked(hyphenator, "Blumentopferde") == "Blu-men=topf=er-de");
}

TEST_CASE("letters the patterns lack are read as their base letters", "[text][hyphenation]") {
    const text::Hyphenator hyphenator;
    // Names from other Latin alphabets: č, ć, š, ş and ł are not in the German patterns.
    CHECK(marked(hyphenator, "Kovačević") == "Ko-va-če-vić");
    CHECK(marked(hyphenator, "Tomašević") == "To-ma-še-vić");
    CHECK(marked(hyphenator, "Şahin") == "Şa-hin");
    CHECK(text::base_letter(U'ł') == U'l');
    CHECK(text::base_letter(U'ı') == U'i');
    CHECK(text::base_letter(U'ğ') == U'g');
    CHECK(text::base_letter(U'x') == U'x');
}

TEST_CASE("no fragment without a vowel", "[text][hyphenation]") {
    const text::Hyphenator hyphenator;
    // The patterns give Brit-t-as, Chir-ur-g-in-nen, Ko-d-aks: the consonants join the next
    // fragment; a vowel alone stays a syllable of its own (Na-tio-nen keeps its breaks).
    CHECK(marked(hyphenator, "Brittas") == "Brit-tas");
    CHECK(marked(hyphenator, "Chirurginnen") == "Chir-ur-gin-nen");
    CHECK(marked(hyphenator, "Kodaks") == "Ko-daks");
    CHECK(marked(hyphenator, "Nationen") == "Na-tio-nen");
    // Consonants that cannot begin a syllable together join the fragment before: only the
    // last of several consonants goes to the next line (patterns: Ple-be-je-ri-n-nen).
    CHECK(marked(hyphenator, "Plebejerinnen") == "Ple-be-je-rin-nen");
    CHECK(marked(hyphenator, "einpegelnde") == "ein-pe-geln-de");
    // sch before a consonant ends its syllable; the diminutive -chen stays whole.
    CHECK(marked(hyphenator, "Kretschmann") == "Kretsch-mann");
    CHECK(marked(hyphenator, "Schüsschen") == "Schüss-chen");
    // A cluster that can begin a syllable goes to the next line whole.
    CHECK(marked(hyphenator, "Whistleblower") == "Whist-le-blower");
}

TEST_CASE("ambiguous compounds take the administrative reading", "[text][hyphenation][compound]") {
    const text::Hyphenator hyphenator;
    // Built-in readings (src/text/data/compound-readings.txt): money saved, not asparagus.
    CHECK(marked(hyphenator, "Spargelder") == "Spar=gel-der");
    CHECK(marked(hyphenator, "Staubecken") == "Stau=be-cken");
    CHECK(marked(hyphenator, "Urinstinkt") == "Ur=in-stinkt");
    CHECK(marked(hyphenator, "beinhalten") == "be-in-hal-ten");
    CHECK(marked(hyphenator, "Wachstube") == "Wach=stu-be");
    // The editors' list still wins over a built-in reading.
    text::HyphenationExceptions exceptions;
    REQUIRE(exceptions.add("Wachs=tu-be"));
    const text::Hyphenator edited(text::HyphenationOptions{}, std::move(exceptions));
    CHECK(marked(edited, "Wachstube") == "Wachs=tu-be");
}

TEST_CASE("listed words keep the pattern breaks", "[text][hyphenation][compound]") {
    const text::Hyphenator hyphenator;
    // Verbraucher is a listed word: no Verb=raucher, whatever the lexicon allows.
    CHECK(without_marks(marked(hyphenator, "Verbraucher")) == "Verbraucher");
    CHECK(marked(hyphenator, "Verbraucher").find("Verb=") == std::string::npos);
    CHECK(marked(hyphenator, "Aussteller") == "Aus-stel-ler");
}

TEST_CASE("abbreviations are never broken", "[text][hyphenation][compound]") {
    const text::Hyphenator hyphenator;
    for (const char* word : {"GmbH", "AsylbLG", "BAMF", "IHK", "SGB", "e.V.", "usw.", "KiTa",
                             "BayVwVfG", "ÖPNV", "z.B."}) {
        CHECK(hyphenator.hyphenate(std::string_view(word)).empty());
    }
    CHECK(marked(hyphenator, "GbR-Vertrag") == "GbR-Ver-trag");
}

TEST_CASE("the Duden lists: no sense-distorting break, no broken abbreviation",
          "[text][hyphenation][compound]") {
    const text::Hyphenator hyphenator;
    for (const char* list :
         {"duden-tuning.txt", "duden-heldout.txt", "duden-compounds.txt", "duden-names.txt"}) {
        std::size_t exact = 0;
        std::size_t total = 0;
        for (const auto& line : read_lines(fixtures / list)) {
            std::istringstream fields(line);
            std::string expected;
            fields >> expected;
            const std::string word = without_marks(expected);
            // Only plain words: hard hyphens in the list are not recoverable here.
            if (expected.find_first_of("-=") == std::string::npos ||
                std::any_of(word.begin() + 1, word.end(),
                            [](char c) { return c >= 'A' && c <= 'Z'; })) {
                continue;
            }
            ++total;
            const std::string got = marked(hyphenator, word);
            exact += got == expected ? 1 : 0;
            for (std::string forbidden; fields >> forbidden;) {
                CHECK(got.find(forbidden.substr(1)) == std::string::npos);
                std::string joint = forbidden.substr(1);
                std::replace(joint.begin(), joint.end(), '-', '=');
                CHECK(got.find(joint) == std::string::npos);
            }
        }
        CHECK(total >= 150);
        CHECK(exact * 100 >= total * 75); // joints and breaks both exact ("=" vs "-")
    }
}

TEST_CASE("a token of many words is looked at once: same breaks as word by word",
          "[text][hyphenation][pathological]") {
    const text::Hyphenator hyphenator;
    // Words inside one long token keep their breaks; a URL or code anywhere in a token keeps
    // all of its words whole, however far from them it stands.
    std::string token;
    for (int index = 0; index < 2000; ++index) {
        token += "Integrationskonzept,";
    }
    const auto breaks = text::hyphenate_text(hyphenator, "Das " + token + " Schluss.");
    CHECK(breaks.size() == 2000 * 6); // In-te-gra-ti-ons=kon-zept: six breaks each
    CHECK(text::hyphenate_text(hyphenator, "Das " + token + "www.neu-ulm.de Schluss.").empty());
    CHECK(text::hyphenate_text(hyphenator, "Das " + token + "a_b Schluss").size() == 0);
    // The next token is judged on its own again.
    CHECK(text::hyphenate_text(hyphenator, "www.neu-ulm.de/Integrationskonzept "
                                           "Integrationskonzept")
              .size() == 6);
}

TEST_CASE("a run of letters longer than any word is not hyphenated",
          "[text][hyphenation][pathological]") {
    const text::Hyphenator hyphenator;
    std::string word = "Integrationskonzept";
    while (word.size() <= text::longest_hyphenated_part) {
        word += "integrationskonzept";
    }
    CHECK(hyphenator.hyphenate(word).empty());
    // Shorter parts between hard hyphens still break.
    CHECK(hyphenator.hyphenate("Integrationskonzept-" + word.substr(0, 60)).size() > 6);
}
