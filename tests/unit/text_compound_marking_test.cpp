// Compound marking for Leichte Sprache (issue 10, item 3): Mediopunkt or hyphen at compound
// joints of long words, never after a prefix, never in short or lexicalised words.
#include "text/compound_marking.hpp"
#include "text/hyphenator.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

std::string marked(const std::string& word,
                   text::CompoundMark mark = text::CompoundMark::Mediopunkt,
                   std::size_t minimum = 10) {
    static const text::Hyphenator hyphenator;
    return text::mark_compound(hyphenator, word, {mark, minimum});
}

} // namespace

TEST_CASE("long compounds get a Mediopunkt at every joint", "[hyphenation][leichte-sprache]") {
    CHECK(marked("Integrationskonzept") == "Integrations·konzept");
    CHECK(marked("Stadtverwaltung") == "Stadt·verwaltung");
    CHECK(marked("Kindertagesstätte") == "Kinder·tages·stätte");
    CHECK(marked("Jugendmigrationsdienst") == "Jugend·migrations·dienst");
    CHECK(marked("Anerkennungsverfahren") == "Anerkennungs·verfahren");
}

TEST_CASE("the hyphen convention capitalises the part after it", "[hyphenation][leichte-sprache]") {
    using text::CompoundMark;
    CHECK(marked("Integrationskonzept", CompoundMark::Hyphen) == "Integrations-Konzept");
    CHECK(marked("Öffentlichkeitsarbeit", CompoundMark::Hyphen) == "Öffentlichkeits-Arbeit");
    CHECK(marked("Ausländerbehörde", CompoundMark::Hyphen) == "Ausländer-Behörde");
}

TEST_CASE("short, prefixed and uncompounded words stay whole", "[hyphenation][leichte-sprache]") {
    CHECK(marked("Nachbar") == "Nachbar");
    CHECK(marked("Dienstag") == "Dienstag");
    CHECK(marked("Urlaub") == "Urlaub");
    CHECK(marked("Deutschland") == "Deutschland"); // a country's name is read whole
    CHECK(marked("Deutschlandticket") == "Deutschland·ticket");
    CHECK(marked("Sozialamt") == "Sozialamt"); // 9 letters: below the minimum of 10
    CHECK(marked("Sozialamt", text::CompoundMark::Mediopunkt, 8) == "Sozial·amt");
    CHECK(marked("Verwaltung") == "Verwaltung");         // a prefix, no joint
    CHECK(marked("veröffentlicht") == "veröffentlicht"); // long, but no compound
    CHECK(marked("E-Mail-Adresse") == "E-Mail-Adresse"); // hard hyphens: parts are short
}

TEST_CASE("the editors' exception list forces or forbids a split",
          "[hyphenation][leichte-sprache]") {
    text::HyphenationExceptions exceptions;
    CHECK(exceptions.add_list("Bürger-meister\nWohn=quar-tier\n").empty());
    const text::Hyphenator hyphenator(text::HyphenationOptions{}, std::move(exceptions));
    CHECK(text::mark_compound(hyphenator, "Bürgermeister", {}) == "Bürgermeister");
    CHECK(text::mark_compound(hyphenator, "Wohnquartier", {}) == "Wohn·quartier");
}

TEST_CASE("lexicalised words stay whole, also inside longer compounds",
          "[hyphenation][leichte-sprache]") {
    CHECK(marked("Donnerstag") == "Donnerstag");
    CHECK(marked("Hochzeit", text::CompoundMark::Mediopunkt, 4) == "Hochzeit");
    CHECK(marked("Donnerstagabend") == "Donnerstag·abend");
    CHECK(marked("Mehrgenerationenhaus") == "Mehr·generationen·haus");
    CHECK(marked("Hochzeitsfeier") == "Hochzeits·feier");
    // The editors' list still decides for a word it holds.
    text::HyphenationExceptions exceptions;
    CHECK(exceptions.add_list("Don-ners=tag\n").empty());
    const text::Hyphenator listed(text::HyphenationOptions{}, std::move(exceptions));
    CHECK(text::mark_compound(listed, "Donnerstag", {}) == "Donners·tag");
}

TEST_CASE("the hyphen convention keeps an adjective's parts in lower case",
          "[hyphenation][leichte-sprache]") {
    using text::CompoundMark;
    CHECK(marked("barrierefrei", CompoundMark::Hyphen) == "barriere-frei");
    CHECK(marked("Barrierefreiheit", CompoundMark::Hyphen) == "Barriere-Freiheit");
    CHECK(marked("barrierefrei") == "barriere·frei");
}

TEST_CASE("joints the splitter finds for marking", "[hyphenation][leichte-sprache]") {
    CHECK(marked("Volkshochschulkurs") == "Volks·hoch·schul·kurs");  // parts split again
    CHECK(marked("Einladungsschreiben") == "Einladungs·schreiben");  // not Schrei·ben
    CHECK(marked("Freiwilligenagentur") == "Frei·willigen·agentur"); // not Willi·gen
    CHECK(marked("mehrsprachig") == "mehr·sprachig");                // -ig of Sprache
    CHECK(marked("Wohnsiedlungen") == "Wohn·siedlungen");            // not Sied·lungen
    CHECK(marked("Integrationslotse") == "Integrations·lotse");      // Lotse in the lexicon
}
