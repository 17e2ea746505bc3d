#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace stadtsatz::read {

// What is wrong with a file named as the print shop's output profile, judged from its ICC
// header (128 bytes: 'acsp' signature, size, device class, data colour space), in German
// words that follow the file's name: "ist kein CMYK-Profil (Farbraum „RGB“)". nullopt when
// it is a CMYK output profile ('prtr'); LittleCMS reads the rest when the print PDF is made.
std::optional<std::string> output_profile_problem(const std::filesystem::path& file);

} // namespace stadtsatz::read
