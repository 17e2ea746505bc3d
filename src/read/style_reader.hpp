#pragma once

#include "model/diagnostic.hpp"
#include "model/style.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace stadtsatz::read {

// Reads a style file from styles/ (schema: styles/stil.xsd); font files are looked up in
// `fonts_folder` and must exist; the print profile of <druck profil="…"> is looked up in the
// style file's folder and must be a CMYK output profile.
std::optional<model::Style> read_style(const std::filesystem::path& file,
                                       const std::string& display_name,
                                       const std::filesystem::path& fonts_folder,
                                       model::Diagnostics& diagnostics);

} // namespace stadtsatz::read
