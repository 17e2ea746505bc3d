#include "text/typography.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using stadtsatz::text::apply_german_typography;
using stadtsatz::text::TypographyPiece;

namespace {

// The characters the rules insert, spelled out so expectations stay readable.
const std::string nbsp = "\u00A0";   // no-break space
const std::string narrow = "\u202F"; // narrow no-break space

std::string typeset(const std::string& text) {
    return apply_german_typography(text);
}

} // namespace

TEST_CASE("straight double quotes become German quotes", "[text][typography]") {
    CHECK(typeset("Er sagte \"Hallo\".") == "Er sagte „Hallo“.");
    CHECK(typeset("\"Willkommen\" in Neu-Ulm") == "„Willkommen“ in Neu-Ulm");
    CHECK(typeset("(\"Integrationskonzept\")") == "(„Integrationskonzept“)");
    CHECK(typeset("Thema – \"Wohnen\"") == "Thema – „Wohnen“");
    CHECK(typeset("Motto:\"Vielfalt\"") == "Motto:„Vielfalt“");
    CHECK(typeset("\"Wir arbeiten zusammen.\" Das war neu.") ==
          "„Wir arbeiten zusammen.“ Das war neu.");
}

TEST_CASE("straight single quotes become German single quotes", "[text][typography]") {
    CHECK(typeset("Er sagte \"Das heißt 'nein'.\"") == "Er sagte „Das heißt ‚nein‘.“");
    CHECK(typeset("das Projekt 'Lotsen'") == "das Projekt ‚Lotsen‘");
}

TEST_CASE("apostrophes become ’", "[text][typography]") {
    CHECK(typeset("So geht's am Ku'damm") == "So geht’s am Ku’damm");
    CHECK(typeset("Andrea's Laden") == "Andrea’s Laden");
    CHECK(typeset("Klaus' Fahrrad") == "Klaus’ Fahrrad");
    CHECK(typeset("wie 's eben ist") == "wie ’s eben ist");
    CHECK(typeset("die '90er Jahre") == "die ’90er Jahre");
}

TEST_CASE("quotes pair across the runs of a paragraph", "[text][typography]") {
    // "**fett**" in quotes: the quotes sit in the runs around the bold run.
    const std::vector<TypographyPiece> pieces = {
        {"Das Motto \"", false}, {"fett", false}, {"\" gilt.", false}};
    CHECK(apply_german_typography(pieces) ==
          std::vector<std::string>{"Das Motto „", "fett", "“ gilt."});

    const std::vector<TypographyPiece> emphasis_inside = {
        {"\"", false}, {"Vielfalt", false}, {" leben\"", false}};
    CHECK(apply_german_typography(emphasis_inside) ==
          std::vector<std::string>{"„", "Vielfalt", " leben“"});
}

TEST_CASE("code is never changed but counts as context", "[text][typography]") {
    const std::vector<TypographyPiece> pieces = {
        {"Mit \"", false}, {"make \"all\" ...", true}, {"\" bauen...", false}};
    CHECK(apply_german_typography(pieces) ==
          std::vector<std::string>{"Mit „", "make \"all\" ...", "“ bauen…"});
}

TEST_CASE("hyphens between numbers become en dashes", "[text][typography]") {
    CHECK(typeset("von 2016-2018") == "von 2016–2018");
    CHECK(typeset("siehe S. 12-14.") == "siehe S." + nbsp + "12–14.");
    CHECK(typeset("(2016-2018)") == "(2016–2018)");
    CHECK(typeset("1,5-2,5 Stunden") == "1,5–2,5 Stunden");
    CHECK(typeset("2016-18") == "2016–18");
}

TEST_CASE("hyphens in words, ids, dates and telephone numbers stay", "[text][typography]") {
    CHECK(typeset("Neu-Ulm") == "Neu-Ulm");
    CHECK(typeset("E-Mail-Adresse") == "E-Mail-Adresse");
    CHECK(typeset("Maßnahme M-1.1.1 und M-1.2.3") == "Maßnahme M-1.1.1 und M-1.2.3");
    CHECK(typeset("Ziel Z-2-1") == "Ziel Z-2-1");
    CHECK(typeset("am 2026-11-24") == "am 2026-11-24");
    CHECK(typeset("Tel. 0731 7050-0") == "Tel. 0731 7050-0");
    CHECK(typeset("Tel. 0731 7050-8123") == "Tel. 0731 7050-8123");
    CHECK(typeset("Vorwahl 0731-12345") == "Vorwahl 0731-12345");
    CHECK(typeset("bei -5 Grad") == "bei -5 Grad");
    CHECK(typeset("-5 Grad") == "-5 Grad");
    CHECK(typeset("Haupt- und Ehrenamt") == "Haupt- und Ehrenamt");
    CHECK(typeset("A4-Blatt, 3-fach") == "A4-Blatt, 3-fach");
}

TEST_CASE("a spaced hyphen becomes an en dash", "[text][typography]") {
    CHECK(typeset("Stadt - und Land") == "Stadt – und Land");
    CHECK(typeset("2016 - 2018") == "2016 – 2018");
    CHECK(typeset("Stadt -und Land") == "Stadt -und Land");
}

TEST_CASE("two hyphens become an en dash", "[text][typography]") {
    CHECK(typeset("Stadt -- und Land") == "Stadt – und Land");
    CHECK(typeset("Montag--Freitag") == "Montag–Freitag");
    CHECK(typeset("2016--2018") == "2016–2018");
    CHECK(typeset("Trennlinie ---") == "Trennlinie ---");
}

TEST_CASE("two hyphens in code and URLs stay", "[text][typography]") {
    const std::vector<TypographyPiece> pieces = {
        {"Mit ", false}, {"--force", true}, {" -- bitte nicht", false}};
    CHECK(apply_german_typography(pieces) ==
          std::vector<std::string>{"Mit ", "--force", " – bitte nicht"});
    CHECK(typeset("auf https://example.org/a--b -- dort") == "auf https://example.org/a--b – dort");
}

TEST_CASE("hyphens in the numbers of standards stay", "[text][typography]") {
    // (The designation stays with its number: a no-break space, see hyphenation_choices_test.)
    CHECK(typeset("nach DIN 18040-2 gebaut") == "nach DIN\u00A018040-2 gebaut");
    CHECK(typeset("DIN EN 12464-1") == "DIN\u00A0EN\u00A012464-1");
    CHECK(typeset("ISO/IEC 27001-1") == "ISO/IEC\u00A027001-1");
    CHECK(typeset("VDE 0100-410") == "VDE\u00A00100-410");
    CHECK(typeset("EN 1176-1 und EN 1176-7") == "EN\u00A01176-1 und EN\u00A01176-7");
    // A part number is no range, with or without the designation.
    CHECK(typeset("Teil 18040-2") == "Teil 18040-2");
    // A range after other words still gets its dash.
    CHECK(typeset("von 2020-2025") == "von 2020–2025");
    CHECK(typeset("DIN-Normen 2020-2025") == "DIN-Normen 2020–2025");
}

TEST_CASE("three dots become an ellipsis", "[text][typography]") {
    CHECK(typeset("und so weiter...") == "und so weiter…");
    CHECK(typeset("Wir ... handeln") == "Wir … handeln");
    CHECK(typeset("Ende.") == "Ende.");
    CHECK(typeset("zwei .. Punkte") == "zwei .. Punkte");
    CHECK(typeset("vier....") == "vier....");
}

TEST_CASE("abbreviations are joined by narrow no-break spaces", "[text][typography]") {
    CHECK(typeset("z. B. Kitas") == "z." + narrow + "B. Kitas");
    CHECK(typeset("z.B. Kitas") == "z." + narrow + "B. Kitas");
    CHECK(typeset("d. h. alle") == "d." + narrow + "h. alle");
    CHECK(typeset("u. a. die Caritas") == "u." + narrow + "a. die Caritas");
    CHECK(typeset("z. T. neu") == "z." + narrow + "T. neu");
    CHECK(typeset("o. Ä.") == "o." + narrow + "Ä.");
    CHECK(typeset("Kurse u. v. m.") == "Kurse u." + narrow + "v." + narrow + "m.");
    CHECK(typeset("u.v.m.") == "u." + narrow + "v." + narrow + "m.");
    CHECK(typeset("Lotsen e. V.") == "Lotsen e." + narrow + "V.");
    CHECK(typeset("i. d. R. montags") == "i." + narrow + "d." + narrow + "R. montags");
    CHECK(typeset("z." + nbsp + "B.") == "z." + narrow + "B.");
}

TEST_CASE("abbreviation look-alikes stay", "[text][typography]") {
    CHECK(typeset("Platz. B. kam") == "Platz. B. kam");
    CHECK(typeset("Haus d. h") == "Haus d. h");
    CHECK(typeset("Zu. Ab.") == "Zu. Ab.");
}

TEST_CASE("numbers stay with their units", "[text][typography]") {
    CHECK(typeset("rund 10 % mehr") == "rund 10" + narrow + "% mehr");
    CHECK(typeset("31,5 %") == "31,5" + narrow + "%");
    CHECK(typeset("5 € Gebühr") == "5" + narrow + "€ Gebühr");
    CHECK(typeset("3 mm, 12 km, 4 kg, 2 t, 3 h, 45 min") ==
          "3" + narrow + "mm, 12" + narrow + "km, 4" + narrow + "kg, 2" + narrow + "t, 3" + narrow +
              "h, 45" + narrow + "min");
    CHECK(typeset("100 m² Fläche") == "100" + narrow + "m² Fläche");
    CHECK(typeset("1,5 Mio. € Förderung") == "1,5" + narrow + "Mio." + narrow + "€ Förderung");
    CHECK(typeset("2 Mrd. und 3 Tsd.") == "2" + narrow + "Mrd. und 3" + narrow + "Tsd.");
}

TEST_CASE("numbers before other words keep a normal space", "[text][typography]") {
    CHECK(typeset("1.146 Personen") == "1.146 Personen");
    CHECK(typeset("64 Prozent") == "64 Prozent");
    CHECK(typeset("5 mal") == "5 mal");
    CHECK(typeset("3 Tage") == "3 Tage");
    CHECK(typeset("Raum m 5") == "Raum m 5");
}

TEST_CASE("§, Nr. and S. keep their number with a no-break space", "[text][typography]") {
    CHECK(typeset("nach § 1 Abs. 2") == "nach §" + nbsp + "1 Abs." + nbsp + "2");
    CHECK(typeset("§§ 3 und 4") == "§§" + nbsp + "3 und 4");
    CHECK(typeset("Maßnahme Nr. 5") == "Maßnahme Nr." + nbsp + "5");
    CHECK(typeset("auf S. 12") == "auf S." + nbsp + "12");
    CHECK(typeset("Art. 3 GG") == "Art." + nbsp + "3 GG");
}

TEST_CASE("§, Nr. and S. before words keep a normal space", "[text][typography]") {
    CHECK(typeset("Nr. fünf") == "Nr. fünf");
    CHECK(typeset("Haus S. Meier") == "Haus S. Meier");
    CHECK(typeset("GS. 12") == "GS. 12");
}

TEST_CASE("dates are kept together", "[text][typography]") {
    CHECK(typeset("am 1. Januar 2017") == "am 1." + nbsp + "Januar" + nbsp + "2017");
    CHECK(typeset("Am 16. Juli 2025 beauftragte") ==
          "Am 16." + nbsp + "Juli" + nbsp + "2025 beauftragte");
    CHECK(typeset("vom 12. Januar bis zum 22. Februar 2026.") ==
          "vom 12." + nbsp + "Januar bis zum 22." + nbsp + "Februar" + nbsp + "2026.");
    CHECK(typeset("im März 2026") == "im März" + nbsp + "2026");
}

TEST_CASE("date look-alikes keep normal spaces", "[text][typography]") {
    CHECK(typeset("Platz 32. Januar") == "Platz 32. Januar");
    CHECK(typeset("2024. Juni") == "2024. Juni");
    CHECK(typeset("im Mai 20 Tage") == "im Mai 20 Tage");
    CHECK(typeset("Juni 20267") == "Juni 20267");
    CHECK(typeset("1. Januarwoche") == "1. Januarwoche");
}

TEST_CASE("URLs and e-mail addresses in text stay as written", "[text][typography]") {
    CHECK(typeset("Siehe https://www.neu-ulm.de/a--b/2016-2018 und 'x'") ==
          "Siehe https://www.neu-ulm.de/a--b/2016-2018 und ‚x‘");
    // Punctuation after the address belongs to the sentence.
    CHECK(typeset("auf www.neu-ulm.de/a-1...") == "auf www.neu-ulm.de/a-1…");
    CHECK(typeset("(www.neu-ulm.de/z.B.) lesen...") == "(www.neu-ulm.de/z.B.) lesen…");
    CHECK(typeset("Mail an \"integration@neu-ulm.de\".") == "Mail an „integration@neu-ulm.de“.");
    CHECK(typeset("an m.o'brien@neu-ulm.de") == "an m.o'brien@neu-ulm.de");
}

TEST_CASE("verbatim pieces come back unchanged", "[text][typography]") {
    const std::vector<TypographyPiece> pieces = {
        {"z. B. ", false}, {"2016-2018 \"x\" z.B.", true}, {" und 2016-2018", false}};
    CHECK(apply_german_typography(pieces) == std::vector<std::string>{"z." + narrow + "B. ",
                                                                      "2016-2018 \"x\" z.B.",
                                                                      " und 2016–2018"});
}

TEST_CASE("text without anything to change stays identical", "[text][typography]") {
    const std::string text = "Neu-Ulm ist eine Stadt, in die Menschen kommen – seit Jahrzehnten.";
    CHECK(typeset(text) == text);
    CHECK(typeset("") == "");
    CHECK(apply_german_typography(std::vector<TypographyPiece>{}).empty());
}
