#include "cli/output_marker.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <unistd.h>

namespace stadtsatz::cli {
namespace fs = std::filesystem;

std::string marker_identity(const fs::path& content_folder) {
    std::error_code error;
    fs::path identity = fs::canonical(content_folder, error);
    if (error) {
        identity = fs::weakly_canonical(content_folder, error);
    }
    return identity.string();
}

std::optional<std::string> foreign_publication(const fs::path& out_folder,
                                               const fs::path& content_folder) {
    std::ifstream marker(out_folder / output_marker_file_name, std::ios::binary);
    if (!marker) {
        return std::nullopt;
    }
    std::string owner;
    std::getline(marker, owner);
    if (owner.empty() || owner == marker_identity(content_folder)) {
        return std::nullopt;
    }
    return owner;
}

bool claim_output_folder(const fs::path& out_folder, const fs::path& content_folder) {
    const fs::path marker = out_folder / output_marker_file_name;
    const std::string identity = marker_identity(content_folder);
    {
        std::ifstream existing(marker, std::ios::binary);
        std::string owner;
        if (existing && std::getline(existing, owner) && owner == identity) {
            return true;
        }
    }
    std::error_code error;
    fs::create_directories(out_folder, error);
    const fs::path temporary =
        out_folder / (std::string(output_marker_file_name) + ".neu-" + std::to_string(::getpid()));
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        file << identity << '\n';
        if (!file.flush()) {
            std::cerr << "stadtsatz: Warnung: " << marker.string()
                      << " lässt sich nicht schreiben\n";
            fs::remove(temporary, error);
            return false;
        }
    }
    fs::rename(temporary, marker, error);
    if (error) {
        std::cerr << "stadtsatz: Warnung: " << marker.string()
                  << " lässt sich nicht schreiben: " << error.message() << '\n';
        fs::remove(temporary, error);
        return false;
    }
    return true;
}

void print_foreign_output_refusal(const std::string& command, const fs::path& out_folder,
                                  const std::string& owner) {
    std::cerr << "stadtsatz " << command << ": der Ausgabeordner " << out_folder.string()
              << " enthält die Ausgaben einer anderen Publikation (" << owner << ").\n"
              << "Nichts geschrieben. Wählen Sie einen anderen Ordner mit --out ORDNER oder "
                 "ersetzen Sie diese Ausgaben mit --ueberschreiben.\n";
}

} // namespace stadtsatz::cli
