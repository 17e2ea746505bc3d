#pragma once

#include "model/contact_point.hpp"
#include "model/source_position.hpp"

#include <optional>
#include <string>
#include <vector>

namespace stadtsatz::model {

// Who publishes, and what the imprint (Impressum) must say.
struct Metadata {
    std::string title; // "Integrationskonzept der Stadt Neu-Ulm"
    std::string subtitle;
    std::string publisher; // Herausgeberin
    std::string author;    // the office responsible for the text
    std::string date;      // ISO date, e.g. "2026-11-24"
    std::string language = "de";
    std::string subject; // a sentence for the PDF subject and HTML description
    std::vector<std::string> keywords;
    std::string sample_notice; // "Musterinhalt: ..." shown on title page and every HTML page
    std::vector<std::string> imprint_lines; // address, contact, print shop, copyright, ...
    // The licence of the open data (<lizenz>), a URI: a known short id is mapped to its
    // DCAT-AP.de URI by the reader; empty: model::default_data_licence().
    std::string licence;
};

// How far the publication meets the accessibility requirements (BITV 2.0, EN 301 549).
enum class Conformance {
    Full,    // vollständig
    Partial, // teilweise
    None,    // nicht barrierefrei
};

// What the accessibility statement (Erklärung zur Barrierefreiheit, EU directive 2016/2102
// Art. 7) takes from the manifest; resolve adds what the build checks itself.
struct AccessibilityDeclaration {
    std::string date;        // ISO date on which the statement was made or last reviewed
    std::string legal_basis; // the law the publisher is bound by, e.g. "Art. 13 BayBGG"
    Conformance conformance = Conformance::Partial;
    std::vector<std::string> known_issues; // content that is not accessible yet, and why
    std::string evaluation_method;         // how the statement's claims were checked
    ContactPoint contact;                  // where readers report barriers
    ContactPoint enforcement_body;         // where they turn when the reply does not help
    SourcePosition position;               // the <barrierefreiheit> element
};

enum class PartKind {
    Chapter,          // a Markdown file that starts a new chapter
    Measures,         // an XML file of fields of action, appended to the chapter before it
    MeasuresOverview, // <massnahmenuebersicht>: a generated chapter (matrix, timeline, index)
    Monitoring,       // <monitoring stichtag>: a generated chapter on progress per indicator
};

// A measures file a part reads for its figures only: <massnahmen datei> inside <monitoring>.
struct DataFile {
    std::string file;        // as written, relative to the content folder
    SourcePosition position; // the <massnahmen> element
};

// One entry of an edition's ordered contents, as written in the manifest.
struct Part {
    PartKind kind = PartKind::Chapter;
    std::string file;           // as written, relative to the content folder
    bool numbered = true;       // Chapter: false for foreword, appendix
    SourcePosition position;    // the manifest element, for "file not found" errors
    std::string short_title;    // Chapter: kurztitel=, the running header's text; empty: none
    std::string title;          // MeasuresOverview, Monitoring: titel=, the generated chapter's
    std::string reference_date; // Monitoring: stichtag=, ISO date the report's figures are for
    // Monitoring: the measures files whose figures it reports without printing their cards;
    // empty: the fields of action the edition prints.
    std::vector<DataFile> data_files;
};

// The check of an edition's text by readers it is written for, such as the test group
// (Prüfgruppe) of a Leichte-Sprache text: <pruefung datum="…" gruppe="…">note</pruefung>.
struct Review {
    std::string date;        // ISO date of the check, e.g. "2026-11-18"
    std::string group;       // who checked, e.g. "Prüfgruppe Leichte Sprache Neu-Ulm"
    std::string note;        // the element's text, e.g. who the readers were; may be empty
    SourcePosition position; // the <pruefung> element
};

// An edition (standard, Leichte Sprache, ...) with its own parts and style.
struct Edition {
    std::string id;                // folder name under out/
    std::string title;             // "Standardausgabe"
    std::string style_file;        // relative to the repository's styles/ folder
    SourcePosition style_position; // the stil= attribute, for "style file not found"
    std::string file_stem;         // output file name without extension, e.g. "integrationskonzept"
    std::vector<Part> parts;
    SourcePosition position;
    // The edition's own cover text (<titel>, <untertitel>, <hinweis> in <ausgabe>) in place
    // of <metadaten>'s, e.g. the title in Leichte Sprache; empty: the publication's.
    std::string title_override;
    std::string subtitle_override;
    std::string sample_notice_override;
    // verweistext=: how the sites of the other editions name their link to this one, e.g.
    // "Leichte Sprache"; empty: `title`.
    std::string link_text;
    std::optional<Review> review; // <pruefung>: absent when the manifest records none
};

// The manifest: what is published, by whom, in which editions.
struct Publication {
    Metadata metadata;
    std::vector<Edition> editions;
    std::optional<AccessibilityDeclaration> accessibility; // absent: no statement is published
    std::string content_folder; // absolute path of the folder holding the manifest
    std::string fonts_folder;   // absolute path of fonts/ (next to content/ by default)
    std::string styles_folder;  // absolute path of styles/
    SourcePosition position;    // the manifest file
};

} // namespace stadtsatz::model
