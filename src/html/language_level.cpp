#include "html/language_level.hpp"

namespace stadtsatz::html {

std::string language_level_name(model::LanguageLevel level) {
    switch (level) {
    case model::LanguageLevel::LeichteSprache:
        return "leichte-sprache";
    case model::LanguageLevel::EinfacheSprache:
        return "einfache-sprache";
    case model::LanguageLevel::Standard:
        break;
    }
    return "standard";
}

std::string language_level_meta(model::LanguageLevel level) {
    return "<meta name=\"sprachstufe\" content=\"" + language_level_name(level) + "\">\n";
}

std::string language_level_notice(model::LanguageLevel level) {
    switch (level) {
    case model::LanguageLevel::LeichteSprache:
        return "<p class=\"language-level\">Dieser Text ist in Leichter Sprache.</p>\n";
    case model::LanguageLevel::EinfacheSprache:
        return "<p class=\"language-level\">Dieser Text ist in Einfacher Sprache.</p>\n";
    case model::LanguageLevel::Standard:
        break;
    }
    return {};
}

} // namespace stadtsatz::html
