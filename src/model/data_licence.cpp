#include "model/data_licence.hpp"

namespace stadtsatz::model {

const std::vector<DataLicence>& known_data_licences() {
    static const std::vector<DataLicence> licences{
        {"dl-by-de/2.0", "http://dcat-ap.de/def/licenses/dl-by-de/2.0",
         "Datenlizenz Deutschland – Namensnennung – Version 2.0"},
        {"dl-zero-de/2.0", "http://dcat-ap.de/def/licenses/dl-zero-de/2.0",
         "Datenlizenz Deutschland – Zero – Version 2.0"},
        {"cc-by/4.0", "http://dcat-ap.de/def/licenses/cc-by/4.0",
         "Creative Commons Namensnennung – 4.0 International (CC BY 4.0)"},
        {"cc-by-sa/4.0", "http://dcat-ap.de/def/licenses/cc-by-sa/4.0",
         "Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0 "
         "International (CC BY-SA 4.0)"},
        {"cc-zero", "http://dcat-ap.de/def/licenses/cc-zero",
         "Creative Commons Zero v1.0 Universal (CC0 1.0)"},
    };
    return licences;
}

const DataLicence& default_data_licence() {
    return known_data_licences().front();
}

std::optional<DataLicence> find_data_licence(std::string_view id_or_uri) {
    for (const DataLicence& licence : known_data_licences()) {
        if (licence.id == id_or_uri || licence.uri == id_or_uri) {
            return licence;
        }
    }
    return std::nullopt;
}

} // namespace stadtsatz::model
