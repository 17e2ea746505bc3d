#pragma once

#include "model/block.hpp"
#include "model/publication.hpp"
#include "model/source_position.hpp"
#include "model/style.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace stadtsatz::model {

// What resolve generates into a chapter the manifest asks for without a file.
enum class GeneratedChapter {
    None,             // written by the editors (a Markdown file)
    MeasuresOverview, // the measures matrix, the timeline and "Wer ist wofür zuständig?"
    Monitoring,       // progress of each indicator with measured values, with traffic lights
};

// A chapter: one Markdown file (plus any fields of action the manifest appends to it).
struct Chapter {
    std::string id;       // anchor id of its level-1 heading; also the HTML file's name
    Inlines title;        // the level-1 heading
    std::string number;   // "3", set by resolve; empty for unnumbered chapters
    bool numbered = true; // foreword and appendix are not numbered
    Blocks blocks;        // everything after the title
    SourcePosition position;

    // The running header's text instead of the title: {kurztitel="…"} on the heading or
    // kurztitel= in the manifest (which wins); empty: the title, shortened to fit.
    std::string short_title;

    GeneratedChapter generated = GeneratedChapter::None; // set for a generated chapter
    std::string reference_date; // Monitoring: the stichtag= of its part (ISO date)
    // Monitoring: the fields of action read for their figures only (<massnahmen> inside
    // <monitoring>), not printed and not resolved; empty: the edition's printed ones.
    std::vector<FieldOfAction> data_fields;
};

// A footnote's content, numbered through the whole document.
struct Footnote {
    std::string id;
    int number = 0;
    Blocks blocks;
    SourcePosition position;
};

// An entry of the table of contents, built by resolve from the headings.
struct TocEntry {
    int level = 1;
    std::string number;
    std::string title;
    std::string id;         // anchor id of the heading
    std::string chapter_id; // the chapter (HTML page) the heading is in
};

// One line of the editors' hyphenation exception list, e.g. "Ur=in-stinkt".
struct HyphenationException {
    std::string entry;
    SourcePosition position;
};

// Another edition of the same publication, which every page of this edition's site links to.
struct OtherEdition {
    std::string id;
    std::string link_text;   // the link's text, e.g. "Leichte Sprache"
    std::string site_folder; // its site's folder below out/, e.g. "leichte-sprache/html"
};

// Everything a writer needs for one edition; readers fill it, resolve completes it.
struct Document {
    Metadata metadata;
    std::optional<AccessibilityDeclaration> accessibility; // from the manifest
    // The chapter resolve generates from `accessibility` (the HTML footer links it); empty
    // when there is no statement.
    std::string accessibility_statement_id;
    std::string edition_id;    // e.g. "standard"
    std::string edition_title; // e.g. "Standardausgabe"
    // The folder of this edition's site below out/, e.g. "standard/html"; with
    // `other_editions` it makes the links between the editions' sites.
    std::string site_folder;
    std::vector<OtherEdition> other_editions; // in the manifest's order; empty: only this one
    std::optional<Review> review;             // the edition's <pruefung>, shown in the imprint
    Style style;
    std::vector<Chapter> chapters;
    std::map<std::string, Footnote> footnotes;                // by footnote id
    std::vector<TocEntry> toc;                                // set by resolve
    std::map<std::string, std::string> chapter_of_anchor;     // anchor id -> chapter id, by resolve
    std::vector<HyphenationException> hyphenation_exceptions; // content/trennungen.txt
    // Leichte Sprache: each compound resolve marked, marked form → unsplit word, for text made
    // from titles later (contents, running headers, site navigation): model/marked_words.hpp
    std::map<std::string, std::string> marked_compounds;
    // Parts the reader had to leave out (missing, unreadable, not well-formed XML), by the
    // file the manifest names: link checks that may point into them are skipped.
    std::set<std::string> unread_parts;
};

} // namespace stadtsatz::model
