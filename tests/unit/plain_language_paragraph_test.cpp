#include "plain_language/finding.hpp"
#include "plain_language/paragraph.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace stadtsatz::plain_language;

namespace {

std::vector<std::string> sentence_texts(const Paragraph& paragraph) {
    std::vector<std::string> texts;
    for (const Sentence& sentence : paragraph.sentences) {
        texts.emplace_back(sentence.text);
    }
    return texts;
}

std::vector<std::string> word_texts(const Sentence& sentence) {
    std::vector<std::string> texts;
    for (const Word& word : sentence.words) {
        texts.emplace_back(word.text);
    }
    return texts;
}

} // namespace

TEST_CASE("a paragraph is cut into sentences at their ends", "[plain-language]") {
    const Paragraph paragraph = segment_paragraph("Die Stadt hat einen Plan. Er gilt bis 2030! "
                                                  "Machen Sie mit?");
    CHECK(sentence_texts(paragraph) == std::vector<std::string>{"Die Stadt hat einen Plan.",
                                                                "Er gilt bis 2030!",
                                                                "Machen Sie mit?"});
    CHECK(paragraph.sentences[1].offset == 26);
}

TEST_CASE("abbreviations and ordinals do not end a sentence", "[plain-language]") {
    const Paragraph paragraph =
        segment_paragraph("Das Treffen ist am 20. November im Rathaus. Es gibt z. B. Kaffee. "
                          "Zimmer Nr. 5 ist frei.");
    CHECK(sentence_texts(paragraph) ==
          std::vector<std::string>{"Das Treffen ist am 20. November im Rathaus.",
                                   "Es gibt z. B. Kaffee.", "Zimmer Nr. 5 ist frei."});
}

TEST_CASE("a sentence ending in a year still ends", "[plain-language]") {
    const Paragraph paragraph = segment_paragraph("Das Konzept gilt seit 2026. Dann kommt mehr.");
    CHECK(paragraph.sentences.size() == 2);
}

TEST_CASE("hyphenated words are one word, numbers are marked", "[plain-language]") {
    const Paragraph paragraph = segment_paragraph(
        "Schreiben Sie eine E-Mail an das Integrations·konzept-Team: 1.000 Dank.");
    REQUIRE(paragraph.sentences.size() == 1);
    const Sentence& sentence = paragraph.sentences[0];
    CHECK(word_texts(sentence) == std::vector<std::string>{"Schreiben", "Sie", "eine", "E-Mail",
                                                           "an", "das", "Integrations·konzept-Team",
                                                           "1.000", "Dank"});
    CHECK(sentence.words[7].is_number);
    CHECK_FALSE(sentence.words[3].is_number);
    CHECK(sentence.words[3].offset == 19);
}

TEST_CASE("each level has its sentence length", "[plain-language]") {
    CHECK(default_limits(Level::LeichteSprache).sentence_words == 10);
    CHECK(default_limits(Level::EinfacheSprache).sentence_words == 15);
    CHECK(default_limits(Level::EinfacheSprache).long_word_letters == 13);
}
