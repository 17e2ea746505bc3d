#include "model/diagnostic.hpp"
#include "model/quoted_input.hpp"
#include "model/suggestions.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps", "[diagnostics]") {
    CHECK(model::edit_distance("prioritat", "prioritaet") == 1);
    CHECK(model::edit_distance("massnahme", "masnsahme") == 1); // neighbours swapped
    CHECK(model::edit_distance("kreis", "kreise") == 1);
    CHECK(model::edit_distance("Ziel", "ziel") == 0);    // ASCII case is ignored
    CHECK(model::edit_distance("größe", "grösse") == 2); // code points, not bytes
    CHECK(model::edit_distance("", "abc") == 3);
    CHECK(model::edit_distance("finanzen", "finanzierung") == 4);
}

TEST_CASE("closest match suggests what an editor most likely meant", "[diagnostics]") {
    const std::vector<std::string_view> elements{"titel", "prioritaet", "status", "zeitraum"};
    CHECK(model::closest_match("prioritat", elements) == std::optional<std::string>("prioritaet"));
    CHECK(model::closest_match("statsu", elements) == std::optional<std::string>("status"));
    CHECK_FALSE(model::closest_match("beschreibung", elements));
    CHECK_FALSE(model::closest_match("x", elements));
    CHECK_FALSE(model::closest_match("titel", elements)); // known: nothing to suggest

    // Longer words allow more edits: a third of the longer one.
    const std::vector<std::string> anchors{"ausgangslage", "finanzierung", "ziele"};
    CHECK(model::closest_match("finanzen", anchors) == std::optional<std::string>("finanzierung"));
    CHECK_FALSE(model::closest_match("bildung", anchors));

    CHECK(model::suggestion_among("jaa", {"ja", "nein"}) == " – meinten Sie \"ja\"?");
    CHECK(model::suggestion_among("vielleicht", {"ja", "nein"}).empty());
}

TEST_CASE("quoted input is cut to 80 code points with an ellipsis", "[diagnostics]") {
    CHECK(model::quoted_input("kurz") == "kurz");
    const std::string eighty(80, 'a');
    CHECK(model::quoted_input(eighty) == eighty);
    CHECK(model::quoted_input(std::string(1'000'000, 'a')) == eighty + "…");
    // Umlauts are two bytes each; the cut never splits one.
    std::string umlauts;
    for (int index = 0; index < 100; ++index) {
        umlauts += "ä";
    }
    const std::string cut = model::quoted_input(umlauts);
    CHECK(cut == umlauts.substr(0, 160) + "…");
}

TEST_CASE("repeated diagnostics are kept once, in first-seen order", "[diagnostics]") {
    model::Diagnostics diagnostics;
    diagnostics.error({"kapitel/01.md", 3, 5}, "Fehler A");
    diagnostics.warning({"kapitel/01.md", 3, 5}, "Fehler A"); // other severity: kept
    diagnostics.error({"kapitel/01.md", 4, 1}, "Fehler B");
    diagnostics.error({"kapitel/01.md", 3, 5}, "Fehler A");
    diagnostics.error({"kapitel/01.md", 3, 6}, "Fehler A"); // other column: kept
    diagnostics.error({"kapitel/01.md", 4, 1}, "Fehler B");
    diagnostics.remove_repeats();
    REQUIRE(diagnostics.all().size() == 4);
    CHECK(diagnostics.all()[0].message == "Fehler A");
    CHECK(diagnostics.all()[1].severity == model::Severity::Warning);
    CHECK(diagnostics.all()[2].message == "Fehler B");
    CHECK(diagnostics.all()[3].position.column == 6);
}
