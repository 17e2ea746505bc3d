#include "read/manifest_reader.hpp"

#include "model/data_licence.hpp"
#include "model/quoted_input.hpp"
#include "model/suggestions.hpp"
#include "read/accessibility_reader.hpp"
#include "read/content_paths.hpp"
#include "read/value_parsing.hpp"
#include "read/xml_file.hpp"
#include "read/xml_structure.hpp"

#include <algorithm>
#include <iterator>
#include <set>

namespace stadtsatz::read {

namespace {

// The structure of the manifest; content/schema/publikation.xsd says the same.
const ElementRule publication_rule{
    {}, {}, {{"metadaten"}, {"ausgabe", 1, 0}, {"barrierefreiheit", 0, 1}}};
const ElementRule metadata_rule{{},
                                {},
                                {{"titel"},
                                 {"untertitel", 0, 1},
                                 {"herausgeberin"},
                                 {"autor", 0, 1},
                                 {"datum"},
                                 {"sprache"},
                                 {"thema"},
                                 {"schlagwort", 0, 0},
                                 {"hinweis", 0, 1},
                                 {"impressum"},
                                 {"lizenz", 0, 1}}};
const ElementRule imprint_rule{{}, {}, {{"zeile", 1, 0}}};
// The edition's own cover texts and its review come first (checked in edition_header), then
// chapters and measures in any order.
const ElementRule edition_rule{{"id", "titel", "stil", "dateiname"},
                               {"verweistext"},
                               {{"titel", 0, 1},
                                {"untertitel", 0, 1},
                                {"hinweis", 0, 1},
                                {"pruefung", 0, 1},
                                {"kapitel", 1, 0},
                                {"massnahmen", 0, 0},
                                {"massnahmenuebersicht", 0, 1},
                                {"monitoring", 0, 1}},
                               true};
const ElementRule review_rule{{"datum", "gruppe"}, {}, {}, false, true};
// The children of <ausgabe> before its parts, in their order.
constexpr std::string_view edition_header[] = {"titel", "untertitel", "hinweis", "pruefung"};
const ElementRule chapter_rule{{"datei"}, {"nummeriert", "kurztitel"}, {}};
const ElementRule measures_rule{{"datei"}, {}, {}};
const ElementRule overview_rule{{"titel"}, {"nummeriert", "kurztitel"}, {}};
const ElementRule monitoring_rule{
    {"titel", "stichtag"}, {"nummeriert", "kurztitel"}, {{"massnahmen", 0, 0}}};

// The children of <ausgabe> that are parts of its contents.
bool is_part_element(std::string_view name) {
    return name == "kapitel" || name == "massnahmen" || name == "massnahmenuebersicht" ||
           name == "monitoring";
}

bool is_digit(char character) {
    return character >= '0' && character <= '9';
}

// A language tag as xs:language allows: "de", "de-DE", "de-x-ls".
bool is_language_tag(const std::string& text) {
    std::size_t part_length = 0;
    bool first_part = true;
    for (char character : text) {
        if (character == '-') {
            if (part_length == 0) {
                return false;
            }
            part_length = 0;
            first_part = false;
            continue;
        }
        bool letter =
            (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z');
        if (!letter && (first_part || !is_digit(character))) {
            return false;
        }
        if (++part_length > 8) {
            return false;
        }
    }
    return part_length > 0;
}

// A path below the content folder: relative, '/'-separated, no "..", with the given ending.
bool is_content_path(const std::string& text, const std::string& extension) {
    if (text.empty() || text[0] == '/' || text.find('\\') != std::string::npos ||
        text.size() <= extension.size() ||
        text.compare(text.size() - extension.size(), extension.size(), extension) != 0) {
        return false;
    }
    std::filesystem::path path(text);
    for (const auto& part : path) {
        if (part == ".." || part == ".") {
            return false;
        }
    }
    return true;
}

// A file stem for output files: letters, digits, '-', '_', '.', no folder.
bool is_file_stem(const std::string& text) {
    if (text.empty() || text[0] == '.') {
        return false;
    }
    for (char character : text) {
        bool allowed = (character >= 'a' && character <= 'z') ||
                       (character >= 'A' && character <= 'Z') || is_digit(character) ||
                       character == '-' || character == '_' || character == '.';
        if (!allowed) {
            return false;
        }
    }
    return true;
}

class ManifestParser {
public:
    ManifestParser(const XmlFile& file, model::Diagnostics& diagnostics)
        : file_(file), diagnostics_(diagnostics) {}

    void publication(pugi::xml_node root, model::Publication& result) {
        check_element(file_, root, publication_rule, diagnostics_);
        if (pugi::xml_node metadata = root.child("metadaten")) {
            result.metadata = this->metadata(metadata);
        }
        std::set<std::string> ids;
        for (pugi::xml_node edition : root.children("ausgabe")) {
            model::Edition parsed = this->edition(edition);
            if (!parsed.id.empty() && !ids.insert(parsed.id).second) {
                diagnostics_.error(file_.attribute_position(edition, "id"),
                                   "Ausgabe id=\"" + parsed.id + "\" ist doppelt");
            }
            result.editions.push_back(std::move(parsed));
        }
        if (pugi::xml_node accessibility = root.child("barrierefreiheit")) {
            result.accessibility = read_accessibility(file_, accessibility, diagnostics_);
        } else {
            diagnostics_.warning(file_.position(root),
                                 "keine <barrierefreiheit> im Manifest: Website und PDF "
                                 "erscheinen ohne die Erklärung zur Barrierefreiheit, die "
                                 "öffentliche Stellen veröffentlichen müssen (Richtlinie (EU) "
                                 "2016/2102)");
        }
    }

private:
    model::Metadata metadata(pugi::xml_node element) {
        check_element(file_, element, metadata_rule, diagnostics_);
        model::Metadata result;
        result.title = text(element.child("titel"));
        result.subtitle = text(element.child("untertitel"));
        result.publisher = text(element.child("herausgeberin"));
        result.author = text(element.child("autor"));
        result.date = text(element.child("datum"));
        if (element.child("datum") && !result.date.empty() && !is_iso_date(result.date)) {
            diagnostics_.error(file_.text_position(element.child("datum")),
                               "<datum> \"" + model::quoted_input(result.date) +
                                   "\" ist kein Datum in der Form JJJJ-MM-TT, z. B. 2026-11-24");
        }
        if (pugi::xml_node language = element.child("sprache")) {
            result.language = text(language);
            if (!result.language.empty() && !is_language_tag(result.language)) {
                diagnostics_.error(file_.text_position(language),
                                   "<sprache> \"" + model::quoted_input(result.language) +
                                       "\" ist kein Sprachkürzel wie \"de\"");
            }
        }
        result.subject = text(element.child("thema"));
        for (pugi::xml_node keyword : element.children("schlagwort")) {
            result.keywords.push_back(text(keyword));
        }
        result.sample_notice = text(element.child("hinweis"));
        if (pugi::xml_node imprint = element.child("impressum")) {
            check_element(file_, imprint, imprint_rule, diagnostics_);
            for (pugi::xml_node line : imprint.children("zeile")) {
                result.imprint_lines.push_back(text(line));
            }
        }
        if (pugi::xml_node licence = element.child("lizenz")) {
            result.licence = licence_uri(licence);
        }
        return result;
    }

    // <lizenz>: a known short id (dl-by-de/2.0) becomes its DCAT-AP.de URI; another URI is
    // taken as written; anything else is an error with the closest known id.
    std::string licence_uri(pugi::xml_node element) {
        const std::string written = text(element);
        if (const auto known = model::find_data_licence(written)) {
            return known->uri;
        }
        if (written.starts_with("http://") || written.starts_with("https://")) {
            return written;
        }
        std::vector<std::string> ids;
        for (const auto& licence : model::known_data_licences()) {
            ids.push_back(licence.id);
        }
        const auto match = model::closest_match(written, ids);
        std::string known_ids;
        for (const auto& id : ids) {
            known_ids += (known_ids.empty() ? "" : ", ") + id;
        }
        diagnostics_.error(file_.text_position(element),
                           "<lizenz> \"" + model::quoted_input(written) +
                               "\" ist keine bekannte Lizenz (" + known_ids +
                               ") und keine URI wie https://…" +
                               (match ? model::did_you_mean("\"" + *match + "\"") : ""));
        return "";
    }

    model::Edition edition(pugi::xml_node element) {
        check_element(file_, element, edition_rule, diagnostics_);
        model::Edition result;
        result.position = file_.position(element);
        result.id = attribute_text(element, "id");
        if (element.attribute("id") && !is_valid_id(result.id)) {
            diagnostics_.error(file_.attribute_position(element, "id"),
                               "ungültige id \"" + model::quoted_input(result.id) +
                                   "\": erst ein Buchstabe, dann Buchstaben, Ziffern, '-', '.' "
                                   "oder '_'");
        }
        result.title = attribute_text(element, "titel");
        result.style_file = attribute_text(element, "stil");
        result.style_position = file_.attribute_position(element, "stil");
        if (element.attribute("stil") &&
            (!is_file_stem(result.style_file) || !is_content_path(result.style_file, ".xml"))) {
            diagnostics_.error(result.style_position,
                               "stil=\"" + model::quoted_input(result.style_file) +
                                   "\" ist kein Dateiname in styles/ (z. B. \"standard.xml\")");
            result.style_file.clear(); // reported here; the edition reader skips it
        }
        result.file_stem = attribute_text(element, "dateiname");
        if (element.attribute("dateiname") && !is_file_stem(result.file_stem)) {
            diagnostics_.error(file_.attribute_position(element, "dateiname"),
                               "dateiname=\"" + model::quoted_input(result.file_stem) +
                                   "\" ist ungültig: Buchstaben, Ziffern, '-', '_', '.'");
        }
        if (element.attribute("verweistext")) {
            result.link_text = collapse_whitespace(attribute_text(element, "verweistext"));
            if (result.link_text.empty()) {
                diagnostics_.error(file_.attribute_position(element, "verweistext"),
                                   "verweistext=\"\" ist leer: der Text der Links, mit denen "
                                   "die anderen Ausgaben auf diese verweisen");
            }
        }
        edition_header_elements(element, result);
        std::set<std::string> files;
        for (pugi::xml_node child : element.children()) {
            std::string_view name = child.name();
            if (child.type() != pugi::node_element || !is_part_element(name)) {
                continue;
            }
            if (name == "massnahmenuebersicht" || name == "monitoring") {
                result.parts.push_back(generated_part(child));
                continue;
            }
            model::Part part;
            part.kind = name == "kapitel" ? model::PartKind::Chapter : model::PartKind::Measures;
            check_element(file_, child,
                          part.kind == model::PartKind::Chapter ? chapter_rule : measures_rule,
                          diagnostics_);
            part.position = file_.position(child);
            part.file = attribute_text(child, "datei");
            const char* extension = part.kind == model::PartKind::Chapter ? ".md" : ".xml";
            if (child.attribute("datei") && !is_content_path(part.file, extension)) {
                diagnostics_.error(file_.attribute_position(child, "datei"),
                                   "datei=\"" + model::quoted_input(part.file) +
                                       "\" ist ungültig: ein Pfad in "
                                       "content/ mit der Endung " +
                                       extension);
                part.file.clear(); // reported here; the edition reader skips the part
            } else if (!part.file.empty() && !files.insert(part.file).second) {
                diagnostics_.error(file_.attribute_position(child, "datei"),
                                   part.file + " steht zweimal in dieser Ausgabe");
                part.file.clear(); // read once, where it first stands
            }
            chapter_attributes(child, part);
            result.parts.push_back(std::move(part));
        }
        return result;
    }

    // A chapter the build generates: <massnahmenuebersicht titel> or <monitoring titel stichtag>.
    model::Part generated_part(pugi::xml_node child) {
        const bool monitoring = std::string_view(child.name()) == "monitoring";
        check_element(file_, child, monitoring ? monitoring_rule : overview_rule, diagnostics_);
        model::Part part;
        part.kind = monitoring ? model::PartKind::Monitoring : model::PartKind::MeasuresOverview;
        part.position = file_.position(child);
        part.title = collapse_whitespace(attribute_text(child, "titel"));
        if (child.attribute("titel") && part.title.empty()) {
            diagnostics_.error(file_.attribute_position(child, "titel"),
                               "titel=\"\" ist leer: die Überschrift des Kapitels");
        }
        if (monitoring && child.attribute("stichtag")) {
            part.reference_date = attribute_text(child, "stichtag");
            if (!is_iso_date(part.reference_date)) {
                diagnostics_.error(file_.attribute_position(child, "stichtag"),
                                   "stichtag=\"" + model::quoted_input(part.reference_date) +
                                       "\" ist kein Datum in der Form JJJJ-MM-TT, z. B. "
                                       "2027-12-31");
                part.reference_date.clear();
            }
        }
        if (monitoring) {
            for (pugi::xml_node data : child.children("massnahmen")) {
                check_element(file_, data, measures_rule, diagnostics_);
                const std::string file = attribute_text(data, "datei");
                if (!data.attribute("datei")) {
                    continue; // reported by check_element
                }
                if (!is_content_path(file, ".xml")) {
                    diagnostics_.error(file_.attribute_position(data, "datei"),
                                       "datei=\"" + model::quoted_input(file) +
                                           "\" ist kein Pfad in content/ mit der Endung .xml");
                    continue;
                }
                part.data_files.push_back({file, file_.position(data)});
            }
        }
        chapter_attributes(child, part);
        return part;
    }

    // nummeriert= and kurztitel= of a chapter part.
    void chapter_attributes(pugi::xml_node child, model::Part& part) {
        {
            if (child.attribute("nummeriert")) {
                std::optional<bool> numbered = parse_yes_no(child.attribute("nummeriert").value());
                if (!numbered) {
                    diagnostics_.error(
                        file_.attribute_position(child, "nummeriert"),
                        "nummeriert=\"" + model::quoted_input(attribute_text(child, "nummeriert")) +
                            "\" ist ungültig: erlaubt sind ja, nein" +
                            model::suggestion_among(attribute_text(child, "nummeriert"),
                                                    {"ja", "nein"}));
                }
                part.numbered = numbered.value_or(true);
            }
            if (child.attribute("kurztitel")) {
                part.short_title = collapse_whitespace(attribute_text(child, "kurztitel"));
                if (part.short_title.empty()) {
                    diagnostics_.error(file_.attribute_position(child, "kurztitel"),
                                       "kurztitel=\"\" ist leer: der Kurztitel für die "
                                       "Kopfzeile; ohne ihn wird der Titel gekürzt");
                }
            }
        }
    }

    // <titel>, <untertitel>, <hinweis> and <pruefung> of an edition: before its first part,
    // in that order (the rule lets parts come in any order, so the order is checked here).
    void edition_header_elements(pugi::xml_node element, model::Edition& result) {
        bool part_seen = false;
        std::size_t next_header = 0; // the first header element still allowed here
        for (pugi::xml_node child : element.children()) {
            if (child.type() != pugi::node_element) {
                continue;
            }
            const std::string_view name = child.name();
            if (is_part_element(name)) {
                part_seen = true;
                continue;
            }
            const auto* found =
                std::find(std::begin(edition_header), std::end(edition_header), name);
            if (found == std::end(edition_header)) {
                continue; // unknown: the rule reported it
            }
            const auto index = static_cast<std::size_t>(found - std::begin(edition_header));
            if (part_seen || index < next_header) {
                diagnostics_.error(file_.position(child),
                                   "<" + std::string(name) +
                                       "> steht in <ausgabe> an der falschen Stelle; "
                                       "Reihenfolge: <titel>, <untertitel>, <hinweis>, "
                                       "<pruefung>, dann <kapitel> und <massnahmen>");
            }
            next_header = std::max(next_header, index + 1);
            if (name == "titel") {
                result.title_override = text(child);
            } else if (name == "untertitel") {
                result.subtitle_override = text(child);
            } else if (name == "hinweis") {
                result.sample_notice_override = text(child);
            } else if (!result.review) {
                result.review = review(child);
            }
        }
    }

    // <pruefung datum="JJJJ-MM-TT" gruppe="…">optional note</pruefung>
    model::Review review(pugi::xml_node element) {
        check_element(file_, element, review_rule, diagnostics_);
        model::Review result;
        result.position = file_.position(element);
        result.date = attribute_text(element, "datum");
        result.group = collapse_whitespace(attribute_text(element, "gruppe"));
        result.note = element_text(element);
        if (element.attribute("datum") && !is_iso_date(result.date)) {
            diagnostics_.error(file_.attribute_position(element, "datum"),
                               "datum=\"" + model::quoted_input(result.date) +
                                   "\" in <pruefung> ist kein Datum in der Form JJJJ-MM-TT, "
                                   "z. B. 2026-11-18");
            result.date.clear();
        }
        if (element.attribute("gruppe") && result.group.empty()) {
            diagnostics_.error(file_.attribute_position(element, "gruppe"),
                               "gruppe=\"\" in <pruefung> ist leer: wer den Text geprüft hat, "
                               "z. B. die Prüfgruppe");
        }
        return result;
    }

    std::string text(pugi::xml_node element) { return required_text(file_, element, diagnostics_); }

    const XmlFile& file_;
    model::Diagnostics& diagnostics_;
};

} // namespace

std::optional<model::Publication> read_manifest(const std::filesystem::path& manifest_file,
                                                const std::filesystem::path& repository_root,
                                                model::Diagnostics& diagnostics) {
    std::string display_name = manifest_file.filename().string();
    std::error_code error;
    const std::filesystem::path content_folder =
        std::filesystem::absolute(manifest_file, error).parent_path();
    if (!path_inside(content_folder, manifest_file.filename())) {
        diagnostics.error({display_name, 0, 0}, outside_folder_message(display_name, "content/"));
        return std::nullopt;
    }
    XmlFile xml;
    if (!xml.load(manifest_file, display_name, diagnostics)) {
        return std::nullopt;
    }
    pugi::xml_node root = xml.root();
    if (std::string_view(root.name()) != "publikation") {
        diagnostics.error(xml.position(root), "unbekanntes Wurzelelement <" +
                                                  std::string(root.name()) +
                                                  ">: erwartet <publikation>");
        return std::nullopt;
    }
    model::Publication publication;
    publication.position = xml.source().whole_file();
    publication.content_folder =
        std::filesystem::absolute(manifest_file, error).parent_path().lexically_normal().string();
    std::filesystem::path root_folder =
        std::filesystem::absolute(repository_root, error).lexically_normal();
    publication.fonts_folder = (root_folder / "fonts").string();
    publication.styles_folder = (root_folder / "styles").string();
    ManifestParser parser(xml, diagnostics);
    parser.publication(root, publication);
    return publication;
}

} // namespace stadtsatz::read
