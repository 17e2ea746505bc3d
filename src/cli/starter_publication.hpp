#pragma once

#include <string>
#include <vector>

namespace stadtsatz::cli {

// What the editor names when starting a publication (`stadtsatz init --titel …`).
struct StarterDetails {
    std::string title = "Neue Publikation";
    std::string publisher = "Stadtverwaltung";
    std::string iso_date;    // today, e.g. "2026-12-01"
    std::string german_date; // today, e.g. "1. Dezember 2026"
};

// A file `init` writes: its path relative to the new publication's folder, and its text.
struct StarterFile {
    std::string path;
    std::string text;
};

// The text files of a new publication that builds at once: the manifest, a chapter, a field
// of action with one goal and one measure, an empty exception list and the editor's README.
// Style, fonts and schemas are copied from the installation, not written from here.
std::vector<StarterFile> starter_files(const StarterDetails& details);

// The editor's README.md in the publication's folder (also written by `init --beispiel`).
std::string editor_readme(const std::string& title);

// A file name stem for the outputs from a title: "Lärmaktionsplan 2027" → "laermaktionsplan-2027".
std::string file_stem_for(const std::string& title);

} // namespace stadtsatz::cli
