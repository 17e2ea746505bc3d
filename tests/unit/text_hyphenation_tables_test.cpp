// The hyphenation patterns and the compound lexicon are compiled at build time into tables the
// program reads in place (issue 9, item 8): the same breaks as before, no work at start-up.
#include "text/compound_lexicon.hpp"
#include "text/compound_lexicon_data.hpp"
#include "text/hyphenation_pattern_tables.hpp"
#include "text/hyphenation_patterns.hpp"
#include "text/hyphenator.hpp"
#include "text/unicode_letters.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace stadtsatz;

namespace {

const std::filesystem::path fixtures =
    std::filesystem::path(STADTSATZ_SOURCE_DIR) / "tests/unit/fixtures/hyphenation";

// The lines of a fixture, without comment lines.
std::vector<std::string> fixture_lines(const std::filesystem::path& file) {
    std::ifstream input(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(input, line);) {
        if (!line.empty() && !line.starts_with("#")) {
            lines.push_back(line);
        }
    }
    return lines;
}

// The word of a marked fixture line: "Aben-teu-er=fil-men" -> "Abenteuerfilmen".
std::string unmarked(const std::string& marked) {
    std::string word;
    for (const char character : marked) {
        if (character != '-' && character != '=') {
            word.push_back(character);
        }
    }
    return word;
}

std::u32string folded_letters(const std::string& word) {
    std::u32string letters;
    for (std::size_t index = 0; index < word.size();) {
        letters.push_back(text::fold_case(text::next_code_point(word, index)));
    }
    return letters;
}

} // namespace

TEST_CASE("the engine reproduces the breaks it gave before its tables were compiled",
          "[text][hyphenation]") {
    // Every 97th word of ngerman as the engine hyphenated it with the patterns parsed and the
    // lexicon decoded at start-up (see the fixture's header).
    const auto expected = fixture_lines(fixtures / "engine-golden-words.txt");
    REQUIRE(expected.size() > 3000);
    const text::Hyphenator hyphenator(text::HyphenationOptions{}, text::HyphenationExceptions());
    std::size_t differences = 0;
    for (const auto& marked : expected) {
        const std::string word = unmarked(marked);
        const std::string got = text::mark_breaks(word, hyphenator.hyphenate(word), "-", "=");
        if (got != marked) {
            ++differences;
            UNSCOPED_INFO(word << ": " << got << " instead of " << marked);
        }
    }
    CHECK(differences == 0);
}

TEST_CASE("the compiled pattern tables give the values of the pattern text",
          "[text][hyphenation]") {
    std::ifstream input(std::filesystem::path(STADTSATZ_SOURCE_DIR) /
                            "src/text/data/hyph-de-1996.pat.txt",
                        std::ios::binary);
    const std::string pattern_text((std::istreambuf_iterator<char>(input)),
                                   std::istreambuf_iterator<char>());
    REQUIRE(pattern_text.size() > 100000);
    const text::HyphenationPatterns parsed(pattern_text);
    const text::HyphenationPatterns& compiled = text::HyphenationPatterns::german();
    CHECK(compiled.pattern_count() == parsed.pattern_count());
    CHECK(compiled.tables().nodes.size() == parsed.tables().nodes.size());
    CHECK(compiled.tables().dense_children.size() == parsed.tables().dense_children.size());

    std::vector<std::string> words;
    for (const auto& marked : fixture_lines(fixtures / "engine-golden-words.txt")) {
        words.push_back(unmarked(marked));
    }
    for (const auto& marked : fixture_lines(fixtures / "hyph-de-1996-words.txt")) {
        words.push_back(unmarked(marked));
    }
    // Letters the patterns lack, and base letters of names (Kovačević, Şahin).
    for (const char* word : {"Kovačević", "Şahin", "Łódź", "Straße", "ÆØÅ", "x", ""}) {
        words.emplace_back(word);
    }
    std::size_t differences = 0;
    for (const auto& word : words) {
        const std::u32string letters = folded_letters(word);
        std::vector<std::uint8_t> from_text(letters.size() + 1);
        std::vector<std::uint8_t> from_tables(letters.size() + 1);
        parsed.find_values(letters, from_text);
        compiled.find_values(letters, from_tables);
        if (from_text != from_tables) {
            ++differences;
            UNSCOPED_INFO(word);
        }
    }
    CHECK(differences == 0);
}

TEST_CASE("the hyphenator reads its tables in place, without a copy", "[text][hyphenation]") {
    // The patterns and the lexicon are the arrays compiled into the program: constructing a
    // hyphenator parses, decodes and inserts nothing.
    const text::HyphenationPatterns& patterns = text::HyphenationPatterns::german();
    CHECK(patterns.tables().nodes.data() == text::german_pattern_tables().nodes.data());
    CHECK(patterns.tables().dense_children.data() ==
          text::german_pattern_tables().dense_children.data());
    const auto lexicon = text::CompoundLexicon::german();
    CHECK(lexicon->tables().words.data() == text::compound_lexicon_tables().words.data());
    CHECK(lexicon->tables().slots.data() == text::compound_lexicon_tables().slots.data());
    CHECK(lexicon->size() > 400000);
    // Its flags: nouns (konzept), lower-case forms (verwalten), stems (schul), nouns the
    // compiler inferred (halle: Sporthalle, Stadthalle, ...), unknown strings.
    CHECK((lexicon->flags("konzept") & text::CompoundLexicon::noun) != 0);
    CHECK((lexicon->flags("verwalten") & text::CompoundLexicon::other) != 0);
    CHECK((lexicon->flags("schul") & text::CompoundLexicon::stem) != 0);
    CHECK((lexicon->flags("halle") & text::CompoundLexicon::noun) != 0);
    CHECK(lexicon->flags("qxzvw") == 0);
    CHECK(lexicon->flags("") == 0);
}

TEST_CASE("a lexicon decoded from a front-coded list finds its words", "[text][hyphenation]") {
    // The build-time compiler's path: '0' + shared prefix length, '0' + flags, the rest.
    const std::string encoded = "03amt\n11ter\n04haus\n";
    const text::CompoundLexicon lexicon(encoded, 3, false);
    CHECK(lexicon.size() == 3);
    CHECK(lexicon.flags("amt") == (text::CompoundLexicon::noun | text::CompoundLexicon::other));
    CHECK(lexicon.flags("ater") == text::CompoundLexicon::noun);
    CHECK(lexicon.flags("haus") == text::CompoundLexicon::stem);
    CHECK(lexicon.flags("hau") == 0);
    CHECK(lexicon.flags("amter") == 0);
    std::vector<std::string> words;
    lexicon.for_each_word([&](std::string_view word, int) { words.emplace_back(word); });
    CHECK(words == std::vector<std::string>{"amt", "ater", "haus"});
}
