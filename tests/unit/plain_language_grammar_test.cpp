#include "plain_language/finding.hpp"
#include "plain_language/grammar_rules.hpp"
#include "plain_language/paragraph.hpp"

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace stadtsatz::plain_language;

namespace {

constexpr std::array<std::string_view, 6> grammar_rules = {"satzlaenge", "nebensatz", "passiv",
                                                           "konjunktiv", "genitiv",   "verneinung"};

// The rules check_grammar reports for one paragraph at the Leichte-Sprache level.
std::set<std::string> rules_of(const std::string& text,
                               const Limits& limits = default_limits(Level::LeichteSprache)) {
    const Paragraph paragraph = segment_paragraph(text);
    std::set<std::string> rules;
    for (const Finding& finding : check_grammar(paragraph, limits)) {
        rules.insert(finding.rule);
    }
    return rules;
}

bool flags(const std::string& text, const std::string& rule) {
    return rules_of(text).count(rule) > 0;
}

// One labelled line of the corpus.
struct LabelledSentence {
    std::string text;
    std::set<std::string> expected;
    bool held_out = false; // after the line "# held-out"
};

std::vector<LabelledSentence> read_corpus() {
    std::ifstream file(STADTSATZ_TEST_DATA "/data/plain_language/grammatik.tsv");
    REQUIRE(file.good());
    std::vector<LabelledSentence> sentences;
    bool held_out = false;
    std::string line;
    while (std::getline(file, line)) {
        if (line.starts_with("# held-out")) {
            held_out = true;
        }
        if (line.empty() || line.starts_with("#")) {
            continue;
        }
        const std::size_t tab = line.find('\t');
        REQUIRE(tab != std::string::npos);
        LabelledSentence sentence{line.substr(0, tab), {}, held_out};
        std::stringstream labels(line.substr(tab + 1));
        std::string rule;
        while (std::getline(labels, rule, ',')) {
            if (!rule.empty()) {
                sentence.expected.insert(rule);
            }
        }
        sentences.push_back(std::move(sentence));
    }
    return sentences;
}

// True and false positives and false negatives of one rule or of all.
struct Score {
    std::size_t true_positives = 0;
    std::size_t false_positives = 0;
    std::size_t false_negatives = 0;

    double precision() const {
        const std::size_t found = true_positives + false_positives;
        return found == 0 ? 1.0 : static_cast<double>(true_positives) / static_cast<double>(found);
    }
    double recall() const {
        const std::size_t expected = true_positives + false_negatives;
        return expected == 0 ? 1.0
                             : static_cast<double>(true_positives) / static_cast<double>(expected);
    }
};

} // namespace

TEST_CASE("the grammar rules reach their precision and recall on the labelled corpus",
          "[plain-language]") {
    const std::vector<LabelledSentence> corpus = read_corpus();
    REQUIRE(corpus.size() >= 200);
    Score total;
    Score held_out;
    std::map<std::string, Score> per_rule;
    for (const LabelledSentence& sentence : corpus) {
        const std::set<std::string> found = rules_of(sentence.text);
        for (std::string_view name : grammar_rules) {
            const std::string rule(name);
            const bool expected = sentence.expected.count(rule) > 0;
            const bool reported = found.count(rule) > 0;
            for (Score* score :
                 {&total, &per_rule[rule], sentence.held_out ? &held_out : nullptr}) {
                if (score == nullptr) {
                    continue;
                }
                score->true_positives += expected && reported ? 1 : 0;
                score->false_positives += !expected && reported ? 1 : 0;
                score->false_negatives += expected && !reported ? 1 : 0;
            }
            if (expected != reported) {
                WARN((reported ? "false positive " : "missed ") << rule << ": " << sentence.text);
            }
        }
    }
    INFO("micro precision " << total.precision() << ", recall " << total.recall()
                            << "; held-out part: precision " << held_out.precision() << ", recall "
                            << held_out.recall());
    CHECK(total.precision() >= 0.95);
    CHECK(total.recall() >= 0.9);
    for (const auto& [rule, score] : per_rule) {
        INFO("rule " << rule << ": recall " << score.recall() << ", precision "
                     << score.precision());
        CHECK(score.true_positives + score.false_negatives >= 3); // each rule is in the corpus
        CHECK(score.recall() >= 0.8);
    }
}

TEST_CASE("satzlaenge counts the words against the level's limit", "[plain-language]") {
    const std::string eleven = "Die Stadt Neu-Ulm hat im Jahr 2026 einen neuen Plan geschrieben.";
    CHECK(flags(eleven, "satzlaenge"));
    CHECK_FALSE(flags("Die Stadt Neu-Ulm hat einen neuen Plan geschrieben.", "satzlaenge"));
    CHECK_FALSE(rules_of(eleven, default_limits(Level::EinfacheSprache)).count("satzlaenge"));
    const Paragraph paragraph = segment_paragraph("Kurz. " + eleven);
    const std::vector<Finding> findings =
        check_grammar(paragraph, default_limits(Level::LeichteSprache));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].offset == 6); // the start of the long sentence
    CHECK(findings[0].message.find("11 Wörter") != std::string::npos);
}

TEST_CASE("nebensatz finds conjunctions and relative clauses, not adverbs and articles",
          "[plain-language]") {
    CHECK(flags("Wir freuen uns, dass Sie kommen.", "nebensatz"));
    CHECK(flags("Weil es regnet, fällt das Fest aus.", "nebensatz"));
    CHECK(flags("Fragen Sie, ob noch Plätze frei sind.", "nebensatz"));
    CHECK(flags("Es gibt Vereine, die Sport für Kinder anbieten.", "nebensatz"));
    CHECK(flags("Das ist der Raum, in dem wir uns treffen.", "nebensatz"));
    CHECK(flags("Da viele Eltern arbeiten, beginnt der Kurs spät.", "nebensatz"));
    CHECK(flags("Als die Gruppe sich traf, war es kalt.", "nebensatz"));
    CHECK(flags("Wer Fragen hat, kann anrufen.", "nebensatz"));
    CHECK(flags("Sie kommen, um Deutsch zu lernen.", "nebensatz"));
    CHECK(flags("Wird der Antrag abgelehnt, können Sie widersprechen.", "nebensatz"));
    CHECK_FALSE(flags("Da ist das Rathaus.", "nebensatz"));
    CHECK_FALSE(flags("Ob jung oder alt: Alle sind willkommen.", "nebensatz"));
    CHECK_FALSE(flags("Damit können Sie zum Arzt gehen.", "nebensatz"));
    CHECK_FALSE(flags("Die Stadt ist größer als Ulm.", "nebensatz"));
    CHECK_FALSE(flags("Das Konzept gilt bis 2030.", "nebensatz"));
    CHECK_FALSE(flags("Wie läuft die Arbeit ab?", "nebensatz"));
    CHECK_FALSE(flags("Die Vereine, die Schulen und die Kitas machen mit.", "nebensatz"));
    CHECK_FALSE(flags("Sie brauchen einen Ausweis, das ist wichtig.", "nebensatz"));
    CHECK_FALSE(flags("Die Teilnehmer sagten, der Kurs sei gut gewesen.", "nebensatz"));
}

TEST_CASE("passiv needs werden and a participle, not an infinitive or adjective",
          "[plain-language]") {
    CHECK(flags("Der Antrag wird geprüft.", "passiv"));
    CHECK(flags("Alle wurden eingeladen.", "passiv"));
    CHECK(flags("Die Frist wurde verlängert.", "passiv"));
    CHECK(flags("Das Konzept wurde von der Stadt beschlossen.", "passiv"));
    CHECK(flags("Der Plan muss bis Mai beschlossen werden.", "passiv"));
    CHECK(flags("Das Haus ist 2020 gebaut worden.", "passiv"));
    CHECK(flags("Der Plan wird jedes Jahr aktualisiert.", "passiv"));
    CHECK(flags("Die Familien wurden in ihrer Sprache beraten.", "passiv"));
    CHECK(flags("Es wird geprüft, ob alles stimmt.", "passiv"));
    CHECK_FALSE(flags("Wir werden Ihnen helfen.", "passiv"));
    CHECK_FALSE(flags("Die Stadt wird die Vereine beraten.", "passiv"));
    // participle = infinitive: passive without an object after "werden", future with one
    CHECK(flags("Die Plätze werden nach dem Alter vergeben.", "passiv"));
    CHECK_FALSE(flags("Die Stadt wird die Plätze nach dem Alter vergeben.", "passiv"));
    CHECK_FALSE(flags("Wir werden Sie beraten.", "passiv"));
    CHECK_FALSE(flags("Es wird warm.", "passiv"));
    CHECK_FALSE(flags("Sie wird Ärztin.", "passiv"));
    CHECK_FALSE(flags("Die Stadt wird die geplanten Kurse anbieten.", "passiv"));
    CHECK_FALSE(flags("Die Kurse werden wie geplant stattfinden.", "passiv"));
    CHECK_FALSE(flags("Das Büro ist am Montag geöffnet.", "passiv")); // state passive: allowed
}

TEST_CASE("konjunktiv finds Konjunktiv II and the Konjunktiv I of indirect speech",
          "[plain-language]") {
    CHECK(flags("Das würde uns helfen.", "konjunktiv"));
    CHECK(flags("Es wäre schön.", "konjunktiv"));
    CHECK(flags("Sie könnten anrufen.", "konjunktiv"));
    CHECK(flags("Sie sollten den Ausweis mitbringen.", "konjunktiv"));
    CHECK(flags("Er sagt, er habe keine Zeit.", "konjunktiv"));
    CHECK(flags("Die Stadt sagt, es gebe noch Plätze.", "konjunktiv"));
    CHECK(flags("Sie meint, der Kurs sei gut.", "konjunktiv"));
    CHECK_FALSE(flags("Ich habe eine Frage.", "konjunktiv"));
    CHECK_FALSE(flags("Ich werde kommen.", "konjunktiv"));
    CHECK_FALSE(flags("Möchten Sie mitmachen?", "konjunktiv"));
    CHECK_FALSE(flags("Seien Sie pünktlich.", "konjunktiv"));
    CHECK_FALSE(flags("Die Stadt wollte helfen.", "konjunktiv"));
    CHECK_FALSE(flags("Die Würde des Menschen ist wichtig.", "konjunktiv"));
}

TEST_CASE("genitiv finds genitive articles, prepositions, attributes and names",
          "[plain-language]") {
    CHECK(flags("Am Ende des Jahres gibt es einen Bericht.", "genitiv"));
    CHECK(flags("Die Ziele der Stadt sind klar.", "genitiv"));
    CHECK(flags("Die Hälfte aller Menschen macht mit.", "genitiv"));
    CHECK(flags("Wegen des Umbaus ist das Büro zu.", "genitiv"));
    CHECK(flags("Innerhalb einer Woche bekommen Sie Post.", "genitiv"));
    CHECK(flags("Annas Tochter geht zur Schule.", "genitiv"));
    CHECK(flags("Neu-Ulms Bürger machen mit.", "genitiv"));
    CHECK(flags("Die Umsetzung dieses Konzepts beginnt bald.", "genitiv"));
    CHECK(flags("Das Angebot ist für Eltern kleiner Kinder.", "genitiv"));
    CHECK_FALSE(flags("Ein im Ausland erworbener Abschluss zählt.", "genitiv"));
    CHECK_FALSE(flags("Kinder lernen Sprachen leichter.", "genitiv"));
    CHECK_FALSE(flags("Wir reden mit der Stadt.", "genitiv"));
    CHECK_FALSE(flags("Die Beraterin hilft der Frau.", "genitiv"));
    CHECK_FALSE(flags("Am Ende entscheidet der Stadtrat.", "genitiv"));
    CHECK_FALSE(flags("Dieses Haus gehört der Stadt.", "genitiv"));
    CHECK_FALSE(flags("Dieses Jahr gibt es ein Fest.", "genitiv"));
    CHECK_FALSE(flags("Das Rathaus Neu-Ulm ist neu.", "genitiv"));
    CHECK_FALSE(flags("Der Lenkungsgruppe war das wichtig.", "genitiv"));
}

TEST_CASE("verneinung finds the negation words", "[plain-language]") {
    for (const char* text :
         {"Das ist nicht teuer.", "Es gibt keine Kosten.", "Wir geben nie auf.",
          "Niemand muss warten.", "Das kostet nichts.", "Weder heute noch morgen."}) {
        INFO(text);
        CHECK(flags(text, "verneinung"));
    }
    CHECK_FALSE(flags("Das ist kostenlos.", "verneinung"));
    CHECK_FALSE(flags("Die Kinder können mitmachen.", "verneinung"));
}

TEST_CASE("check_grammar reports each rule once per sentence, at its first place, sorted",
          "[plain-language]") {
    const std::string text = "Das ist nicht gut und nicht schön. Es gibt keine Hilfe, dass niemand "
                             "kommt.";
    const Paragraph paragraph = segment_paragraph(text);
    const std::vector<Finding> findings =
        check_grammar(paragraph, default_limits(Level::LeichteSprache));
    std::vector<std::string> rules;
    for (const Finding& finding : findings) {
        rules.push_back(finding.rule);
    }
    CHECK(rules == std::vector<std::string>{"verneinung", "verneinung", "nebensatz"});
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].offset == text.find("nicht"));
    CHECK(findings[1].offset == text.find("keine"));
    CHECK(findings[2].offset == text.find("dass"));
    CHECK(std::is_sorted(
        findings.begin(), findings.end(),
        [](const Finding& left, const Finding& right) { return left.offset < right.offset; }));
}

TEST_CASE("the grammar rules stay linear on long sentences", "[plain-language]") {
    // one sentence of 60000 words each: no rule may look at all words for every word
    for (const char* unit : {"die Stadt wird ", ", je ", "habe ", ", die Vereine und ", ", um ",
                             "der Stadt der ", "Annas "}) {
        std::string text;
        for (int index = 0; index < 20000; ++index) {
            text += unit;
        }
        text += "geprüft.";
        const auto start = std::chrono::steady_clock::now();
        const std::vector<Finding> findings =
            check_grammar(segment_paragraph(text), default_limits(Level::LeichteSprache));
        const auto seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
        INFO(unit << ": " << seconds.count() << " s");
        CHECK(seconds.count() < 2.0);
        CHECK_FALSE(findings.empty()); // satzlaenge at least
    }
}
