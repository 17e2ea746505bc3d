#pragma once

#include "model/diagnostic.hpp"
#include "model/measures.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace stadtsatz::read {

// Reads one <handlungsfeld> file (schema: content/schema/massnahmen.xsd).
std::optional<model::FieldOfAction> read_field_of_action(const std::filesystem::path& file,
                                                         const std::string& display_name,
                                                         model::Diagnostics& diagnostics);

} // namespace stadtsatz::read
