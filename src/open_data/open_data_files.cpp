#include "open_data/open_data_files.hpp"

#include "open_data/data_text.hpp"
#include "open_data/dataset_description.hpp"
#include "open_data/measures_csv.hpp"
#include "open_data/measures_json.hpp"

namespace stadtsatz::open_data {

std::vector<OpenDataFile> open_data_files(const model::Document& document,
                                          const std::string& schema_text) {
    if (printed_fields_of_action(document).empty()) {
        return {};
    }
    std::vector<OpenDataFile> files;
    files.push_back({"massnahmen.csv", measures_csv(document), "text/csv",
                     "Maßnahmen und Indikatoren als Tabelle", "CSV"});
    files.push_back({"massnahmen.json", measures_json(document), "application/json",
                     "Maßnahmen und Indikatoren als Datei für Programme", "JSON"});
    files.push_back({measures_schema_file_name, schema_text, "application/schema+json",
                     "Aufbau der JSON-Datei", "JSON-Schema"});
    const std::vector<DistributionFile> distributions{
        {files[0].file_name, "Maßnahmen und Indikatoren (CSV)", "CSV", "text/csv",
         files[0].content.size()},
        {files[1].file_name, "Maßnahmen und Indikatoren (JSON)", "JSON", "application/json",
         files[1].content.size()},
    };
    files.push_back({"datensatz.jsonld", dataset_description(document, distributions),
                     "application/ld+json", "Beschreibung des Datensatzes für Datenportale",
                     "DCAT-AP.de, JSON-LD"});
    return files;
}

} // namespace stadtsatz::open_data
