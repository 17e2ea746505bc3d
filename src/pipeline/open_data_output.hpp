#pragma once

#include "html/data_downloads.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "pipeline/output_names.hpp"
#include "pipeline/staged_output.hpp"

#include <vector>

namespace stadtsatz::pipeline {

// The site's folder for the open data: daten/ inside the edition's site.
inline constexpr const char* site_data_folder = "daten";

// Stages the open data of an edition with fields of action (massnahmen.csv, massnahmen.json,
// its JSON Schema, datensatz.jsonld) into out/<edition>/ beside the PDFs and, with
// `into_site`, into the site's daten/ folder. Returns the files the site links (empty when
// it has none or the site is not built).
std::vector<html::DataDownload> write_open_data(const model::Document& document,
                                                const OutputNames& names, bool into_site,
                                                StagedOutput& output,
                                                model::Diagnostics& diagnostics);

} // namespace stadtsatz::pipeline
