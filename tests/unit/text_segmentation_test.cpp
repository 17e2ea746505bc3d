#include "text/segmentation.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace stadtsatz::text;

namespace {

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    for (const Segment& segment : word_segments(text)) {
        if (segment.kind != SegmentKind::Other) {
            words.push_back(text.substr(segment.begin, segment.end - segment.begin));
        }
    }
    return words;
}

std::vector<std::size_t> break_offsets(const std::string& text) {
    std::vector<std::size_t> offsets;
    for (const LineBreakOpportunity& opportunity : line_break_opportunities(text)) {
        offsets.push_back(opportunity.offset);
    }
    return offsets;
}

} // namespace

TEST_CASE("word segments cover the text and tell words from numbers", "[text][segmentation]") {
    const std::string text = "Die Straße in Neu-Ulm hat 1.146 Häuser.";
    const std::vector<Segment> segments = word_segments(text);
    REQUIRE_FALSE(segments.empty());
    CHECK(segments.front().begin == 0);
    CHECK(segments.back().end == text.size());
    for (std::size_t index = 1; index < segments.size(); ++index) {
        CHECK(segments[index].begin == segments[index - 1].end);
    }
    CHECK(words_of(text) ==
          std::vector<std::string>{"Die", "Straße", "in", "Neu", "Ulm", "hat", "1.146", "Häuser"});
    bool number_found = false;
    for (const Segment& segment : segments) {
        if (text.substr(segment.begin, segment.end - segment.begin) == "1.146") {
            CHECK(segment.kind == SegmentKind::Number);
            number_found = true;
        }
    }
    CHECK(number_found);
}

TEST_CASE("an apostrophe inside a word keeps the word whole", "[text][segmentation]") {
    CHECK(words_of("So geht’s am Ku’damm") ==
          std::vector<std::string>{"So", "geht’s", "am", "Ku’damm"});
}

TEST_CASE("sentence segments split at sentence ends", "[text][segmentation]") {
    const std::string text = "Der Rat tagt. Die Stadt handelt! Wer hilft?";
    const std::vector<Segment> sentences = sentence_segments(text);
    REQUIRE(sentences.size() == 3);
    CHECK(text.substr(sentences[1].begin, sentences[1].end - sentences[1].begin) ==
          "Die Stadt handelt! ");
    CHECK(sentences.back().end == text.size());
}

TEST_CASE("line breaks fall after spaces and hyphens, never at no-break spaces",
          "[text][segmentation]") {
    // "10 %": U+202F; "S. 12": U+00A0.
    const std::string text = "rund 10\u202F% auf S.\u00A012 in Neu-Ulm";
    const std::vector<std::size_t> offsets = break_offsets(text);
    const std::size_t after_rund = std::string("rund ").size();
    CHECK(offsets.front() == after_rund);
    const std::size_t narrow = text.find("\u202F");
    const std::size_t no_break = text.find("\u00A0");
    for (std::size_t offset : offsets) {
        CHECK(offset != narrow + 3);   // right after U+202F (3 bytes)
        CHECK(offset != no_break + 2); // right after U+00A0 (2 bytes)
    }
    const std::size_t after_hyphen = text.find("Neu-") + 4;
    CHECK(std::find(offsets.begin(), offsets.end(), after_hyphen) != offsets.end());
    for (const LineBreakOpportunity& opportunity : line_break_opportunities(text)) {
        CHECK_FALSE(opportunity.mandatory);
    }
}

TEST_CASE("a line feed is a mandatory break", "[text][segmentation]") {
    const std::vector<LineBreakOpportunity> breaks = line_break_opportunities("eins\nzwei");
    REQUIRE(breaks.size() == 1);
    CHECK(breaks.front().offset == 5);
    CHECK(breaks.front().mandatory);
}

TEST_CASE("empty text has no segments", "[text][segmentation]") {
    CHECK(word_segments("").empty());
    CHECK(sentence_segments("").empty());
    CHECK(line_break_opportunities("").empty());
}

TEST_CASE("case folding makes lookups ignore case, ß and ẞ", "[text][segmentation]") {
    CHECK(fold_case("Straße") == "strasse");
    CHECK(fold_case("STRASSE") == "strasse");
    CHECK(fold_case("STRAẞE") == "strasse");
    CHECK(fold_case("Äpfel ÖL Übung") == "äpfel öl übung");
    CHECK(fold_case("Neu-Ulm") == "neu-ulm");
}
