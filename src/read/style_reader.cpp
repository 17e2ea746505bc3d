#include "read/style_reader.hpp"

#include "model/quoted_input.hpp"
#include "model/suggestions.hpp"
#include "read/compound_marking_style.hpp"
#include "read/icc_profile_header.hpp"
#include "read/text_setting_reader.hpp"
#include "read/value_parsing.hpp"
#include "read/xml_file.hpp"
#include "read/xml_structure.hpp"

#include <array>
#include <map>
#include <set>

namespace stadtsatz::read {

namespace {

// The structure of a style file; styles/stil.xsd says the same.
const ElementRule style_rule{{"name"},
                             {"silbentrennung", "typografie", "sprachstufe", "ausrichtung",
                              "betonung", "satzanfang", "umbruch", "mindestgroesse"},
                             {{"seite"},
                              {"druck", 0, 1},
                              {"schrift", 1, 0},
                              {"ersatzschrift", 0, 0},
                              {"farbe", 1, 0},
                              {"textstil", 0, 0},
                              {"bildspalte", 0, 1},
                              {"sprachpruefung", 0, 1},
                              {"wortfugen", 0, 1}}};
const ElementRule plain_language_rule{{}, {"satzlaenge", "wortlaenge"}, {}};
const ElementRule page_rule{
    {"breite", "hoehe", "beschnitt", "rand-innen", "rand-aussen", "rand-oben", "rand-unten"},
    {},
    {}};
const ElementRule print_rule{{"profil", "ausgabebedingung"},
                             {"ausgabebedingung-info", "schnittmarken", "mindestaufloesung"},
                             {}};
const ElementRule font_rule{{"name", "normal", "kursiv", "fett", "fettkursiv"}, {}, {}};
const ElementRule fallback_font_rule{{"datei"}, {}, {}};
const ElementRule colour_rule{{"name", "cmyk", "rgb"}, {}, {}};
const ElementRule text_style_rule{{"art"},
                                  {"schrift", "groesse", "zeilenabstand", "farbe", "fett", "kursiv",
                                   "abstand-vor", "abstand-nach", "neue-seite", "nummeriert",
                                   "trennung-wortlaenge", "trennung-links", "trennung-rechts"},
                                  {}};

// The kinds of text a <textstil art="..."> can describe.
const std::array<const char*, 13> text_style_kinds = {
    "text",           "ueberschrift-1", "ueberschrift-2",   "ueberschrift-3", "ueberschrift-4",
    "ueberschrift-5", "ueberschrift-6", "bildunterschrift", "fussnote",       "tabelle",
    "code",           "kopfzeile",      "seitenzahl"};

// The names a map of fonts or colours defines, for suggestions.
template <typename Value>
std::vector<std::string_view> names_of(const std::map<std::string, Value>& named) {
    std::vector<std::string_view> names;
    for (const auto& [name, value] : named) {
        names.push_back(name);
    }
    return names;
}

// Names of fonts and colours: lower-case letters, digits and '-', a letter first.
bool is_valid_name(const std::string& name) {
    if (name.empty() || name[0] < 'a' || name[0] > 'z') {
        return false;
    }
    for (char character : name) {
        bool allowed = (character >= 'a' && character <= 'z') ||
                       (character >= '0' && character <= '9') || character == '-';
        if (!allowed) {
            return false;
        }
    }
    return true;
}

// A path to an ICC profile below the styles folder, as styles/stil.xsd's Profilpfad allows:
// relative, parts separated by '/', none empty or starting with '.' (so no ".."), no
// backslash or ':', ending in ".icc" or ".icm".
bool is_profile_path(const std::string& path) {
    std::size_t start = 0;
    while (true) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string part = path.substr(start, end - start);
        if (part.empty() || part[0] == '.' || part.find_first_of("\\:") != std::string::npos) {
            return false;
        }
        if (end == path.size()) {
            const std::string extension = part.size() >= 5 ? part.substr(part.size() - 4) : "";
            return extension == ".icc" || extension == ".icm";
        }
        start = end + 1;
    }
}

// A resolution in pixels per inch, as stil.xsd's Aufloesung allows: 1 to 2400, digits only,
// no leading zero.
std::optional<double> parse_resolution(const std::string& text) {
    if (text.empty() || text.size() > 4 || text[0] < '1' || text[0] > '9') {
        return std::nullopt;
    }
    int value = 0;
    for (char character : text) {
        if (character < '0' || character > '9') {
            return std::nullopt;
        }
        value = value * 10 + (character - '0');
    }
    return value <= 2400 ? std::optional<double>(value) : std::nullopt;
}

// A count of letters for the hyphenation minima, as stil.xsd's Buchstaben allows: 1 to 20,
// digits only, no leading zero.
std::optional<std::size_t> parse_letter_count(const std::string& text) {
    if (text.empty() || text.size() > 2 || text[0] < '1' || text[0] > '9') {
        return std::nullopt;
    }
    std::size_t value = 0;
    for (char character : text) {
        if (character < '0' || character > '9') {
            return std::nullopt;
        }
        value = value * 10 + static_cast<std::size_t>(character - '0');
    }
    return value <= 20 ? std::optional<std::size_t>(value) : std::nullopt;
}

class StyleParser {
public:
    StyleParser(const XmlFile& file, const std::filesystem::path& styles_folder,
                const std::filesystem::path& fonts_folder, model::Diagnostics& diagnostics)
        : file_(file), styles_folder_(styles_folder), fonts_folder_(fonts_folder),
          diagnostics_(diagnostics) {}

    model::Style style(pugi::xml_node root) {
        model::Style result;
        result.position = file_.source().whole_file();
        check_element(file_, root, style_rule, diagnostics_);
        result.name = attribute_text(root, "name");
        if (root.attribute("name") && result.name.empty()) {
            diagnostics_.error(file_.attribute_position(root, "name"), "name= ist leer");
        }
        if (root.attribute("silbentrennung")) {
            result.hyphenate = yes_no(root, "silbentrennung").value_or(true);
        }
        if (root.attribute("typografie")) {
            result.typography = yes_no(root, "typografie").value_or(true);
        }
        if (root.attribute("sprachstufe")) {
            read_language_level(root, result);
        }
        if (pugi::xml_node limits = root.child("sprachpruefung")) {
            read_plain_language_limits(limits, result.plain_language);
        }
        if (pugi::xml_node page = root.child("seite")) {
            read_page(page, result);
        }
        if (pugi::xml_node print = root.child("druck")) {
            read_print(print, result.print);
        }
        if (result.print.icc_profile.empty() && !root.child("druck").attribute("profil")) {
            use_default_profile(result.print);
        }
        for (pugi::xml_node font : root.children("schrift")) {
            read_font(font, result);
        }
        for (pugi::xml_node fallback : root.children("ersatzschrift")) {
            check_element(file_, fallback, fallback_font_rule, diagnostics_);
            if (fallback.attribute("datei")) {
                std::string file = font_file(fallback, "datei", result);
                if (!file.empty()) {
                    result.fallback_fonts.push_back(std::move(file));
                }
            }
        }
        for (pugi::xml_node colour : root.children("farbe")) {
            read_colour(colour, result);
        }
        read_text_styles(root, result);
        read_text_setting(file_, root, result, diagnostics_);
        if (pugi::xml_node marking = root.child("wortfugen")) {
            result.compound_marking = read_compound_marking(file_, marking, diagnostics_);
        }
        return result;
    }

private:
    // sprachstufe="standard|einfache-sprache|leichte-sprache"
    void read_language_level(pugi::xml_node root, model::Style& style) {
        const std::string text = attribute_text(root, "sprachstufe");
        if (text == "standard") {
            style.language_level = model::LanguageLevel::Standard;
        } else if (text == "einfache-sprache") {
            style.language_level = model::LanguageLevel::EinfacheSprache;
        } else if (text == "leichte-sprache") {
            style.language_level = model::LanguageLevel::LeichteSprache;
        } else {
            diagnostics_.error(file_.attribute_position(root, "sprachstufe"),
                               "sprachstufe=\"" + model::quoted_input(text) +
                                   "\" ist unbekannt: erlaubt sind \"standard\", "
                                   "\"einfache-sprache\" und \"leichte-sprache\"");
        }
    }

    // <sprachpruefung satzlaenge="10" wortlaenge="13">: the plain-language checker's limits.
    void read_plain_language_limits(pugi::xml_node element, model::PlainLanguageLimits& limits) {
        check_element(file_, element, plain_language_rule, diagnostics_);
        const std::pair<const char*, std::size_t*> counts[] = {
            {"satzlaenge", &limits.sentence_words}, {"wortlaenge", &limits.long_word_letters}};
        for (const auto& [name, field] : counts) {
            if (!element.attribute(name)) {
                continue;
            }
            const std::string text = attribute_text(element, name);
            if (auto count = parse_letter_count(text)) {
                *field = *count;
            } else {
                diagnostics_.error(file_.attribute_position(element, name),
                                   std::string(name) + "=\"" + model::quoted_input(text) +
                                       "\" ist ungültig: eine ganze Zahl von 1 bis 20, z. B. "
                                       "\"10\"");
            }
        }
    }

    void read_page(pugi::xml_node page, model::Style& style) {
        check_element(file_, page, page_rule, diagnostics_);
        const std::pair<const char*, double*> lengths[] = {
            {"breite", &style.page_width},        {"hoehe", &style.page_height},
            {"beschnitt", &style.bleed},          {"rand-innen", &style.margin_inner},
            {"rand-aussen", &style.margin_outer}, {"rand-oben", &style.margin_top},
            {"rand-unten", &style.margin_bottom}};
        for (const auto& [name, target] : lengths) {
            if (page.attribute(name)) {
                *target = length(page, name).value_or(*target);
            }
        }
        if (style.margin_inner + style.margin_outer >= style.page_width ||
            style.margin_top + style.margin_bottom >= style.page_height) {
            diagnostics_.error(file_.position(page),
                               "die Ränder sind zusammen größer als die Seite");
        }
    }

    // <druck>: the print shop's output condition. The profile must be a CMYK output profile
    // in the styles folder; its absolute path is kept.
    void read_print(pugi::xml_node element, model::PrintSettings& print) {
        check_element(file_, element, print_rule, diagnostics_);
        if (element.attribute("profil")) {
            print.position = file_.attribute_position(element, "profil");
            print.icc_profile = profile_file(element);
        }
        if (element.attribute("ausgabebedingung")) {
            print.output_condition = attribute_text(element, "ausgabebedingung");
            if (print.output_condition.empty()) {
                diagnostics_.error(file_.attribute_position(element, "ausgabebedingung"),
                                   "ausgabebedingung= ist leer: die Kennung der "
                                   "Druckbedingung, z. B. \"FOGRA39\"");
            }
        }
        if (element.attribute("ausgabebedingung-info")) {
            print.output_condition_info = attribute_text(element, "ausgabebedingung-info");
            if (print.output_condition_info.empty()) {
                diagnostics_.error(file_.attribute_position(element, "ausgabebedingung-info"),
                                   "ausgabebedingung-info= ist leer");
            }
        }
        if (element.attribute("schnittmarken")) {
            print.crop_marks = yes_no(element, "schnittmarken").value_or(false);
        }
        if (element.attribute("mindestaufloesung")) {
            const std::string text = attribute_text(element, "mindestaufloesung");
            if (auto resolution = parse_resolution(text)) {
                print.minimum_resolution = *resolution;
            } else {
                diagnostics_.error(file_.attribute_position(element, "mindestaufloesung"),
                                   "mindestaufloesung=\"" + text +
                                       "\" ist ungültig: Pixel je Zoll als ganze Zahl von 1 "
                                       "bis 2400, z. B. \"250\"");
            }
        }
    }

    // A style that names no profile prints for offset on coated paper, the common condition
    // in Germany (FOGRA39): the styles folder's copy of the profile, else Stadtsatz's own.
    void use_default_profile(model::PrintSettings& print) {
        const std::filesystem::path beside = styles_folder_ / "icc" / "FOGRA39L_coated.icc";
        std::error_code error;
        print.icc_profile = std::filesystem::is_regular_file(beside, error)
                                ? beside.string()
                                : std::string(STADTSATZ_DEFAULT_PRINT_PROFILE);
        if (print.output_condition.empty()) {
            print.output_condition = "FOGRA39";
        }
        if (print.output_condition_info.empty()) {
            print.output_condition_info = "Coated FOGRA39 (ISO 12647-2:2004)";
        }
    }

    // The absolute path of the profile named in profil=; it must be a CMYK output profile.
    std::string profile_file(pugi::xml_node element) {
        const std::string file = attribute_text(element, "profil");
        const model::SourcePosition position = file_.attribute_position(element, "profil");
        if (!is_profile_path(file)) {
            diagnostics_.error(position, "profil=\"" + model::quoted_input(file) +
                                             "\" ist kein Pfad zu einem ICC-Profil in styles/ "
                                             "(relativ, ohne \"..\", Endung .icc oder .icm)");
            return {};
        }
        const std::filesystem::path full = styles_folder_ / file;
        const std::string shown = "styles/" + file;
        std::error_code error;
        if (!std::filesystem::is_regular_file(full, error)) {
            diagnostics_.error(position, "Druckprofil nicht gefunden: " + shown);
            return {};
        }
        if (auto problem = output_profile_problem(full)) {
            diagnostics_.error(position, "Druckprofil " + shown + " " + *problem);
            return {};
        }
        return std::filesystem::absolute(full, error).lexically_normal().string();
    }

    void read_font(pugi::xml_node element, model::Style& style) {
        check_element(file_, element, font_rule, diagnostics_);
        std::string name = this->name(element);
        model::FontFamily family;
        const std::pair<const char*, std::string*> faces[] = {{"normal", &family.regular},
                                                              {"kursiv", &family.italic},
                                                              {"fett", &family.bold},
                                                              {"fettkursiv", &family.bold_italic}};
        for (const auto& [attribute, target] : faces) {
            if (element.attribute(attribute)) {
                *target = font_file(element, attribute, style);
            }
        }
        if (!name.empty() && !style.fonts.emplace(name, family).second) {
            diagnostics_.error(file_.attribute_position(element, "name"),
                               "<schrift name=\"" + name + "\"> ist doppelt definiert");
        }
    }

    // The absolute path of a font file named in `attribute`; it must exist in fonts/. The
    // attribute's place is kept in `style` for errors found when the font is loaded.
    std::string font_file(pugi::xml_node element, const char* attribute, model::Style& style) {
        std::string file = attribute_text(element, attribute);
        model::SourcePosition position = file_.attribute_position(element, attribute);
        std::filesystem::path path(file);
        if (file.empty() || path.has_parent_path() || path.extension() != ".ttf") {
            diagnostics_.error(position, std::string(attribute) + "=\"" +
                                             model::quoted_input(file) +
                                             "\" ist kein Dateiname einer TrueType-Schrift "
                                             "(*.ttf, ohne Ordner)");
            return {};
        }
        std::filesystem::path full = fonts_folder_ / path;
        std::error_code error;
        if (!std::filesystem::is_regular_file(full, error)) {
            diagnostics_.error(position, "Schriftdatei nicht gefunden: fonts/" + file);
            return {};
        }
        std::string absolute = std::filesystem::absolute(full, error).lexically_normal().string();
        style.font_positions.emplace(absolute, position);
        return absolute;
    }

    void read_colour(pugi::xml_node element, model::Style& style) {
        check_element(file_, element, colour_rule, diagnostics_);
        std::string name = this->name(element);
        model::Colour colour;
        if (element.attribute("cmyk")) {
            if (auto cmyk = parse_cmyk(element.attribute("cmyk").value())) {
                colour.cmyk = *cmyk;
            } else {
                diagnostics_.error(file_.attribute_position(element, "cmyk"),
                                   "cmyk=\"" +
                                       model::quoted_input(attribute_text(element, "cmyk")) +
                                       "\" ist ungültig: vier Prozentwerte 0 bis 100, z. B. "
                                       "\"100 50 0 20\"");
            }
        }
        if (element.attribute("rgb")) {
            if (auto rgb = parse_rgb(element.attribute("rgb").value())) {
                colour.rgb = *rgb;
            } else {
                diagnostics_.error(file_.attribute_position(element, "rgb"),
                                   "rgb=\"" + model::quoted_input(attribute_text(element, "rgb")) +
                                       "\" ist ungültig: erwartet #rrggbb, z. B. \"#00508c\"");
            }
        }
        if (!name.empty() && !style.colours.emplace(name, colour).second) {
            diagnostics_.error(file_.attribute_position(element, "name"),
                               "<farbe name=\"" + name + "\"> ist doppelt definiert");
        }
    }

    void read_text_styles(pugi::xml_node root, model::Style& style) {
        std::map<std::string, pugi::xml_node> by_kind;
        for (pugi::xml_node element : root.children("textstil")) {
            check_element(file_, element, text_style_rule, diagnostics_);
            if (!element.attribute("art")) {
                continue;
            }
            std::string kind = attribute_text(element, "art");
            bool known = false;
            for (const char* candidate : text_style_kinds) {
                known = known || kind == candidate;
            }
            if (!known) {
                diagnostics_.error(file_.attribute_position(element, "art"),
                                   "unbekannte art=\"" + model::quoted_input(kind) +
                                       "\": erlaubt sind text, ueberschrift-1 bis "
                                       "ueberschrift-6, bildunterschrift, fussnote, tabelle, "
                                       "code, kopfzeile, seitenzahl" +
                                       model::suggestion_among(kind, {std::begin(text_style_kinds),
                                                                      std::end(text_style_kinds)}));
                continue;
            }
            if (!by_kind.emplace(kind, element).second) {
                diagnostics_.error(file_.attribute_position(element, "art"),
                                   "<textstil art=\"" + model::quoted_input(kind) +
                                       "\"> ist doppelt definiert");
            }
        }
        // The body text first: every other kind starts from it.
        if (auto found = by_kind.find("text"); found != by_kind.end()) {
            apply(found->second, style.body);
        }
        check_references(by_kind.count("text") ? by_kind["text"] : root, style.body, style);
        const std::pair<const char*, model::TextStyle*> others[] = {
            {"bildunterschrift", &style.caption},
            {"fussnote", &style.footnote},
            {"tabelle", &style.table},
            {"code", &style.code},
            {"kopfzeile", &style.running_header}};
        for (const auto& [kind, target] : others) {
            *target = style.body;
            if (auto found = by_kind.find(kind); found != by_kind.end()) {
                apply(found->second, *target);
            }
        }
        // The page number looks like the running header unless the style says otherwise.
        style.page_number = style.running_header;
        if (auto found = by_kind.find("seitenzahl"); found != by_kind.end()) {
            apply(found->second, style.page_number);
        }
        for (std::size_t level = 0; level < style.headings.size(); ++level) {
            model::HeadingStyle& heading = style.headings[level];
            static_cast<model::TextStyle&>(heading) = style.body;
            heading.bold = true;
            heading.new_page = level == 0;
            std::string kind = "ueberschrift-" + std::to_string(level + 1);
            if (auto found = by_kind.find(kind); found != by_kind.end()) {
                apply(found->second, heading);
                if (found->second.attribute("neue-seite")) {
                    heading.new_page = yes_no(found->second, "neue-seite").value_or(false);
                }
                if (found->second.attribute("nummeriert")) {
                    heading.numbered = yes_no(found->second, "nummeriert").value_or(true);
                }
            }
        }
        for (const auto& [kind, element] : by_kind) {
            bool is_heading = kind.rfind("ueberschrift-", 0) == 0;
            for (const char* attribute : {"neue-seite", "nummeriert"}) {
                if (!is_heading && element.attribute(attribute)) {
                    diagnostics_.error(file_.attribute_position(element, attribute),
                                       std::string(attribute) +
                                           "= gilt nur für Überschriften (ueberschrift-1 bis -6)");
                }
            }
            if (kind != "text") {
                model::TextStyle resolved = style.body;
                apply(element, resolved, false);
                check_references(element, resolved, style, true);
            }
        }
    }

    // Overrides the fields of `target` that `element` sets; reports bad values when asked.
    void apply(pugi::xml_node element, model::TextStyle& target, bool report = true) {
        model::Diagnostics ignored;
        model::Diagnostics& sink = report ? diagnostics_ : ignored;
        if (element.attribute("schrift")) {
            target.family = attribute_text(element, "schrift");
        }
        if (element.attribute("farbe")) {
            target.colour = attribute_text(element, "farbe");
        }
        const std::pair<const char*, double*> lengths[] = {{"groesse", &target.size},
                                                           {"zeilenabstand", &target.leading},
                                                           {"abstand-vor", &target.space_before},
                                                           {"abstand-nach", &target.space_after}};
        for (const auto& [name, field] : lengths) {
            if (element.attribute(name)) {
                *field = length(element, name, sink).value_or(*field);
            }
        }
        if (element.attribute("fett")) {
            target.bold = yes_no(element, "fett", sink).value_or(target.bold);
        }
        if (element.attribute("kursiv")) {
            target.italic = yes_no(element, "kursiv", sink).value_or(target.italic);
        }
        const std::pair<const char*, std::size_t*> letter_counts[] = {
            {"trennung-wortlaenge", &target.hyphenation.word_length},
            {"trennung-links", &target.hyphenation.left},
            {"trennung-rechts", &target.hyphenation.right}};
        for (const auto& [name, field] : letter_counts) {
            if (!element.attribute(name)) {
                continue;
            }
            const std::string text = attribute_text(element, name);
            if (auto count = parse_letter_count(text)) {
                *field = *count;
            } else {
                sink.error(file_.attribute_position(element, name),
                           std::string(name) + "=\"" + model::quoted_input(text) +
                               "\" ist ungültig: Anzahl Buchstaben als ganze Zahl von 1 bis 20, "
                               "z. B. \"3\"");
            }
        }
        if (report && element.attribute("groesse") && element.attribute("zeilenabstand") &&
            target.leading < target.size) {
            diagnostics_.error(file_.attribute_position(element, "zeilenabstand"),
                               "zeilenabstand ist kleiner als groesse; Zeilen würden sich "
                               "überlappen");
        }
        if (report && target.size <= 0) {
            diagnostics_.error(file_.attribute_position(element, "groesse"),
                               "groesse muss größer als 0 sein");
        }
    }

    // The font and colour a text style uses must be defined in the same file.
    // With `only_if_set`, names inherited from the body text are not reported again.
    void check_references(pugi::xml_node element, const model::TextStyle& text_style,
                          const model::Style& style, bool only_if_set = false) {
        if (!style.fonts.count(text_style.family) &&
            (!only_if_set || element.attribute("schrift"))) {
            diagnostics_.error(
                element.attribute("schrift") ? file_.attribute_position(element, "schrift")
                                             : file_.position(element),
                "unbekannte Schrift \"" + model::quoted_input(text_style.family) +
                    "\": keine <schrift name=\"" + model::quoted_input(text_style.family) + "\">" +
                    model::suggestion_among(text_style.family, names_of(style.fonts)));
        }
        if (!style.colours.count(text_style.colour) &&
            (!only_if_set || element.attribute("farbe"))) {
            diagnostics_.error(
                element.attribute("farbe") ? file_.attribute_position(element, "farbe")
                                           : file_.position(element),
                "unbekannte Farbe \"" + model::quoted_input(text_style.colour) +
                    "\": keine <farbe name=\"" + model::quoted_input(text_style.colour) + "\">" +
                    model::suggestion_among(text_style.colour, names_of(style.colours)));
        }
    }

    std::string name(pugi::xml_node element) {
        if (!element.attribute("name")) {
            return {};
        }
        std::string value = attribute_text(element, "name");
        if (!is_valid_name(value)) {
            diagnostics_.error(file_.attribute_position(element, "name"),
                               "name=\"" + model::quoted_input(value) +
                                   "\" ist ungültig: Kleinbuchstaben, Ziffern und '-', "
                                   "zuerst ein Buchstabe");
            return {};
        }
        return value;
    }

    std::optional<double> length(pugi::xml_node element, const char* attribute) {
        return length(element, attribute, diagnostics_);
    }

    std::optional<double> length(pugi::xml_node element, const char* attribute,
                                 model::Diagnostics& sink) {
        std::optional<double> value = parse_length_points(element.attribute(attribute).value());
        if (!value) {
            sink.error(file_.attribute_position(element, attribute),
                       std::string(attribute) + "=\"" +
                           model::quoted_input(attribute_text(element, attribute)) +
                           "\" ist keine Länge: Zahl mit mm oder pt, z. B. \"10pt\"");
        }
        return value;
    }

    std::optional<bool> yes_no(pugi::xml_node element, const char* attribute) {
        return yes_no(element, attribute, diagnostics_);
    }

    std::optional<bool> yes_no(pugi::xml_node element, const char* attribute,
                               model::Diagnostics& sink) {
        std::optional<bool> value = parse_yes_no(element.attribute(attribute).value());
        if (!value) {
            sink.error(
                file_.attribute_position(element, attribute),
                std::string(attribute) + "=\"" +
                    model::quoted_input(attribute_text(element, attribute)) +
                    "\" ist ungültig: erlaubt sind ja, nein" +
                    model::suggestion_among(attribute_text(element, attribute), {"ja", "nein"}));
        }
        return value;
    }

    const XmlFile& file_;
    std::filesystem::path styles_folder_; // the style file's folder: profiles are looked up here
    std::filesystem::path fonts_folder_;
    model::Diagnostics& diagnostics_;
};

} // namespace

std::optional<model::Style> read_style(const std::filesystem::path& file,
                                       const std::string& display_name,
                                       const std::filesystem::path& fonts_folder,
                                       model::Diagnostics& diagnostics) {
    XmlFile xml;
    if (!xml.load(file, display_name, diagnostics)) {
        return std::nullopt;
    }
    pugi::xml_node root = xml.root();
    if (std::string_view(root.name()) != "stil") {
        diagnostics.error(xml.position(root), "unbekanntes Wurzelelement <" +
                                                  std::string(root.name()) + ">: erwartet <stil>");
        return std::nullopt;
    }
    StyleParser parser(xml, file.parent_path(), fonts_folder, diagnostics);
    return parser.style(root);
}

} // namespace stadtsatz::read
