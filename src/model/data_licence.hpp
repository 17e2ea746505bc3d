#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::model {

// A licence the open data of the measures may be published under, as DCAT-AP.de names it.
struct DataLicence {
    std::string id;    // the short id editors write in <lizenz>: "dl-by-de/2.0"
    std::string uri;   // the DCAT-AP.de licence URI: "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
    std::string title; // "Datenlizenz Deutschland – Namensnennung – Version 2.0"
};

// The licences <lizenz> accepts by short id, the default first.
const std::vector<DataLicence>& known_data_licences();

// The licence the open data carries when the manifest names none: Datenlizenz Deutschland –
// Namensnennung 2.0.
const DataLicence& default_data_licence();

// The known licence with this short id or URI; nothing for another text.
std::optional<DataLicence> find_data_licence(std::string_view id_or_uri);

} // namespace stadtsatz::model
