#include "pipeline/open_data_output.hpp"

#include "open_data/open_data_files.hpp"

#include <fstream>
#include <optional>
#include <sstream>

namespace stadtsatz::pipeline {
namespace {

// The JSON Schema shipped in content/schema/ of the Stadtsatz folder (not the editors' copy,
// which `init` made and may be older than this program).
std::optional<std::string> shipped_schema(model::Diagnostics& diagnostics) {
    const char* path = STADTSATZ_MEASURES_SCHEMA;
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    if (!file || text.str().empty()) {
        diagnostics.error({path, 0, 0},
                          "JSON-Schema der offenen Daten nicht lesbar: " + std::string(path));
        return std::nullopt;
    }
    return text.str();
}

} // namespace

std::vector<html::DataDownload> write_open_data(const model::Document& document,
                                                const OutputNames& names, bool into_site,
                                                StagedOutput& output,
                                                model::Diagnostics& diagnostics) {
    std::vector<html::DataDownload> downloads;
    const auto schema = shipped_schema(diagnostics);
    if (!schema) {
        return downloads;
    }
    const std::string edition_folder = document.edition_id + "/";
    for (const open_data::OpenDataFile& file : open_data::open_data_files(document, *schema)) {
        output.write_file(edition_folder + file.file_name, file.content, diagnostics);
        if (!into_site) {
            continue;
        }
        const std::string site_path = std::string(site_data_folder) + "/" + file.file_name;
        output.write_file(names.html_site + "/" + site_path, file.content, diagnostics);
        downloads.push_back(
            {site_path, file.label, file.format, file.media_type, file.content.size()});
    }
    return downloads;
}

} // namespace stadtsatz::pipeline
