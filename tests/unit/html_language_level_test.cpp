// The HTML of each edition states its language level (issue 10, item 5).
#include "html/language_level.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

TEST_CASE("every page states the edition's language level", "[html][leichte-sprache]") {
    CHECK(html::language_level_meta(model::LanguageLevel::LeichteSprache) ==
          "<meta name=\"sprachstufe\" content=\"leichte-sprache\">\n");
    CHECK(html::language_level_meta(model::LanguageLevel::EinfacheSprache) ==
          "<meta name=\"sprachstufe\" content=\"einfache-sprache\">\n");
    CHECK(html::language_level_meta(model::LanguageLevel::Standard) ==
          "<meta name=\"sprachstufe\" content=\"standard\">\n");
    CHECK(html::language_level_notice(model::LanguageLevel::LeichteSprache)
              .find("Dieser Text ist in Leichter Sprache.") != std::string::npos);
    CHECK(html::language_level_notice(model::LanguageLevel::EinfacheSprache)
              .find("Dieser Text ist in Einfacher Sprache.") != std::string::npos);
    CHECK(html::language_level_notice(model::LanguageLevel::Standard).empty());
}
