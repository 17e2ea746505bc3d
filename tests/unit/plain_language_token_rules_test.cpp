#include "plain_language/plain_language_check.hpp"
#include "plain_language/readability.hpp"
#include "plain_language/token_rules.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace stadtsatz::plain_language;

namespace {

const stadtsatz::text::Hyphenator& hyphenator() {
    static const stadtsatz::text::Hyphenator instance;
    return instance;
}

// The rules the token checker finds in `text`, in order, with the text at each place.
std::vector<std::string> rules_in(const std::string& text) {
    static std::string storage;
    storage = text;
    const Paragraph paragraph = segment_paragraph(storage);
    std::vector<std::string> rules;
    for (const Finding& finding :
         check_tokens(paragraph, default_limits(Level::LeichteSprache), hyphenator())) {
        rules.push_back(finding.rule);
    }
    return rules;
}

// The first finding of `rule` in `text`.
Finding finding_of(const std::string& text, const std::string& rule) {
    static std::string storage;
    storage = text;
    const Paragraph paragraph = segment_paragraph(storage);
    for (const Finding& finding :
         check_tokens(paragraph, default_limits(Level::LeichteSprache), hyphenator())) {
        if (finding.rule == rule) {
            return finding;
        }
    }
    return {};
}

using Rules = std::vector<std::string>;

} // namespace

TEST_CASE("abkuerzung: abbreviations with full stops", "[plain-language][abkuerzung]") {
    CHECK(rules_in("Wir bieten z. B. Kurse an.") == Rules{"abkuerzung"});
    CHECK(rules_in("Wir bieten z.B. Kurse an.") == Rules{"abkuerzung"});
    CHECK(rules_in("Z. B. gibt es Kurse.") == Rules{"abkuerzung"});
    CHECK(rules_in("Es gibt Kurse, Treffen usw.") == Rules{"abkuerzung"});
    CHECK(rules_in("Das gilt, d. h. für alle.") == Rules{"abkuerzung"});
    CHECK(finding_of("Es kommen ca. 300 Menschen.", "abkuerzung").message ==
          "Schreiben Sie „ungefähr“ statt „ca.“");
    CHECK(finding_of("Es kommen ca. 300 Menschen.", "abkuerzung").offset == 10);
    // one finding per sentence, at the first place
    CHECK(rules_in("Es gibt z. B. Kurse usw.") == Rules{"abkuerzung"});
    CHECK(rules_in("Wir bieten z. B. Kurse an. Es gibt Feste usw.") ==
          Rules{"abkuerzung", "abkuerzung"});
    CHECK(rules_in("Zum Beispiel gibt es Kurse.").empty());
    CHECK(rules_in("Das ist so.").empty());
}

TEST_CASE("abkuerzung: acronyms the paragraph does not explain", "[plain-language][abkuerzung]") {
    CHECK(rules_in("Der Kurs ist an der VHS.") == Rules{"abkuerzung"});
    CHECK(rules_in("Fragen Sie beim ÖPNV nach.") == Rules{"abkuerzung"});
    CHECK(rules_in("Die Firma ist eine GmbH.") == Rules{"abkuerzung"});
    CHECK(rules_in("Der VHS-Kurs ist gut.") == Rules{"abkuerzung"});
    CHECK(finding_of("Der Kurs ist an der VHS.", "abkuerzung").offset == 20);
    // explained
    CHECK(rules_in("Die VHS heißt auch Volks·hoch·schule.").empty());
    CHECK(rules_in("Die Abkürzung IHK bedeutet Industrie- und Handels·kammer.").empty());
    CHECK(rules_in("Das ist die Volks·hoch·schule (VHS). Die VHS hat Kurse.") == Rules{"klammer"});
    CHECK(rules_in("VHS: das ist die Volks·hoch·schule.").empty());
    CHECK(rules_in("Wir gehen zur VHS. Das heißt Volks·hoch·schule.").empty());
    // no acronyms: an E-Mail, a roman numeral, a single capital
    CHECK(rules_in("Schreiben Sie eine E-Mail.").empty());
    CHECK(rules_in("Das steht in Teil II.").empty());
    CHECK(rules_in("Die Firma heißt YouTube.").empty());
    // capitals for emphasis are ordinary words
    CHECK(rules_in("Das ist SEHR wichtig.").empty());
    CHECK(rules_in("ACHTUNG: Das Büro ist zu.").empty());
    CHECK(rules_in("Das steht im SGB.") == Rules{"abkuerzung"});
}

TEST_CASE("zahl: numbers of 1.000 and more", "[plain-language][zahl]") {
    CHECK(rules_in("Es gibt 1.500 Plätze.") == Rules{"zahl"});
    CHECK(rules_in("Es gibt 5000 Plätze.") == Rules{"zahl"});
    CHECK(rules_in("Es gibt 10 000 Plätze.") == Rules{"zahl"});
    CHECK(rules_in("Es kamen 2000 Menschen.") == Rules{"zahl"});
    CHECK(finding_of("Es gibt 10 000 Plätze.", "zahl").message.find("„10 000“") !=
          std::string::npos);
    // years, small numbers, decimals, percentages, telephone numbers are no zahl
    CHECK(rules_in("Im Jahr 2027 gibt es ein Fest.").empty());
    CHECK(rules_in("Der Plan gilt bis 2030.").empty());
    CHECK(rules_in("2027 beginnt das Projekt.").empty());
    CHECK(rules_in("Es gibt 500 Plätze.").empty());
    CHECK(rules_in("Die Miete steigt um 3,5 Prozent.").empty());
    CHECK(rules_in("Die Quote liegt bei 1500 Prozent.").empty());
    CHECK(rules_in("Rufen Sie 0821 an.").empty());
    CHECK(rules_in("Das Büro ist in Zimmer 1012.").empty());
}

TEST_CASE("datum: numeric dates", "[plain-language][datum]") {
    CHECK(rules_in("Die Frist endet am 15.03.2027.") == Rules{"datum"});
    CHECK(rules_in("Der Kurs beginnt am 15.3.27.") == Rules{"datum"});
    CHECK(rules_in("Die Frist endet am 30.06. um 12 Uhr.") == Rules{"datum"});
    CHECK(rules_in("Der Bericht kommt am 2027-03-15.") == Rules{"datum"});
    CHECK(finding_of("Die Frist endet am 15.03.2027.", "datum").message ==
          "Schreiben Sie den Monat als Wort: „15. März 2027“ statt „15.03.2027“");
    CHECK(finding_of("Die Frist endet am 30.06. um 12 Uhr.", "datum").message ==
          "Schreiben Sie den Monat als Wort: „30. Juni“ statt „30.06.“");
    // a date is no zahl; times, words and invalid dates are no dates
    CHECK(rules_in("Das Fest ist am 15. März 2027.").empty());
    CHECK(rules_in("Das Treffen ist um 10.30 Uhr.").empty());
    CHECK(rules_in("Das kostet 3.50.").empty());
    CHECK(rules_in("Das war am 35.13.2027.").empty());
}

TEST_CASE("sonderzeichen: % & § ; /", "[plain-language][sonderzeichen]") {
    CHECK(rules_in("Die Miete steigt um 3 %.") == Rules{"sonderzeichen"});
    CHECK(rules_in("Eltern & Kinder kommen.") == Rules{"sonderzeichen"});
    CHECK(rules_in("Das regelt § 4.") == Rules{"sonderzeichen"});
    CHECK(rules_in("Es gibt Kurse; sie sind gut.") == Rules{"sonderzeichen"});
    CHECK(rules_in("Schüler/innen machen mit.") == Rules{"sonderzeichen"});
    CHECK(finding_of("Eltern & Kinder kommen.", "sonderzeichen").offset == 7);
    // a URL keeps its slashes
    CHECK(rules_in("Mehr auf www.stadt.de/integration/hilfe.").empty());
    CHECK(rules_in("Die Seite ist https://stadt.de/a?b=1&c=2.").empty());
}

TEST_CASE("klammer: round and square brackets", "[plain-language][klammer]") {
    CHECK(rules_in("Die Beratung (für alle) ist gut.") == Rules{"klammer"});
    CHECK(rules_in("Bringen Sie den Ausweis [Pass] mit.") == Rules{"klammer"});
    CHECK(finding_of("Die Beratung (für alle) ist gut.", "klammer").offset == 13);
    CHECK(rules_in("Mehr auf (www.stadt.de).") == Rules{"klammer"});
    CHECK(rules_in("Die Beratung ist für alle.").empty());
}

TEST_CASE("langes-wort: long compounds not split", "[plain-language][langes-wort]") {
    CHECK(rules_in("Das Integrationskonzept gilt.") == Rules{"langes-wort"});
    CHECK(finding_of("Das Integrationskonzept gilt.", "langes-wort").message ==
          "Das Wort „Integrationskonzept“ ist lang: zeigen Sie seine Teile, "
          "„Integrations·konzept“ oder „Integrations-Konzept“");
    CHECK(rules_in("Die Kindertagesstätte ist neu.") == Rules{"langes-wort"});
    // already split, too short, or no compound
    CHECK(rules_in("Das Integrations·konzept gilt.").empty());
    CHECK(rules_in("Das Integrations-Konzept gilt.").empty());
    CHECK(rules_in("Der Sprachkurs ist gut.").empty());
    CHECK(rules_in("Die Stadt hat es veröffentlicht.").empty());
    // the limit is the style's
    const std::string text = "Das Sozialamt hilft.";
    const Paragraph paragraph = segment_paragraph(text);
    Limits limits = default_limits(Level::LeichteSprache);
    CHECK(check_tokens(paragraph, limits, hyphenator()).empty());
    limits.long_word_letters = 9;
    CHECK(check_tokens(paragraph, limits, hyphenator()).size() == 1);
}

TEST_CASE("syllables are counted by vowel groups", "[plain-language][readability]") {
    CHECK(syllables_in("Stadt") == 1);
    CHECK(syllables_in("Integration") == 5);
    CHECK(syllables_in("Arbeit") == 2);
    CHECK(syllables_in("Bauer") == 2);
    CHECK(syllables_in("Quelle") == 2);
    CHECK(syllables_in("Ferien") == 3);
    CHECK(syllables_in("Zeitung") == 2);
    CHECK(syllables_in("Häuser") == 2);
    CHECK(syllables_in("BMW") == 1);
    CHECK(letters_in("E-Mail") == 5);
}

TEST_CASE("readability figures follow their formulas", "[plain-language][readability]") {
    const std::string text = "Die Stadt hat einen Plan. Viele Menschen machen mit.";
    const TextCounts counts = count_text(segment_paragraph(text));
    CHECK(counts.sentences == 2);
    CHECK(counts.words == 9);
    // Die Stadt hat ei-nen Plan. Vie-le Men-schen ma-chen mit.
    CHECK(counts.syllables == 13);
    CHECK(counts.long_words == 1); // Menschen
    const Readability figures = readability_of(counts);
    CHECK(figures.words_per_sentence == Approx(4.5));
    CHECK(figures.flesch_amstad == Approx(180 - 4.5 - 58.5 * 13.0 / 9.0));
    CHECK(figures.lix == Approx(4.5 + 100.0 / 9.0));
    CHECK(figures.wiener_sachtextformel ==
          Approx(0.1935 * 0 + 0.1672 * 4.5 + 0.1297 * 100.0 / 9.0 - 0.0327 * 500.0 / 9.0 - 0.875));
}
