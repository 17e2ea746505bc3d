#include "cli/build_invocation.hpp"

#include "cli/content_folder.hpp"
#include "read/manifest_reader.hpp"

#include <iostream>
#include <sstream>

namespace stadtsatz::cli {
namespace fs = std::filesystem;

bool parse_formats(CommandLine& command_line, pipeline::BuildOptions& options,
                   const std::string& command) {
    bool any = false;
    std::set<pipeline::OutputFormat> formats;
    while (auto value = command_line.value("--format")) {
        any = true;
        std::stringstream list(*value);
        std::string name;
        while (std::getline(list, name, ',')) {
            if (name == "print") {
                formats.insert(pipeline::OutputFormat::Print);
            } else if (name == "screen") {
                formats.insert(pipeline::OutputFormat::Screen);
            } else if (name == "html") {
                formats.insert(pipeline::OutputFormat::Html);
            } else {
                std::cerr << "stadtsatz " << command << ": unbekanntes Format „" << name
                          << "“ (erlaubt: print, screen, html)\n";
                return false;
            }
        }
    }
    if (any) {
        options.formats = formats;
    }
    return true;
}

std::optional<model::Publication> read_publication_quietly(const fs::path& content_folder) {
    model::Diagnostics ignored;
    return read::read_manifest(content_folder / pipeline::manifest_file_name,
                               content_folder.parent_path(), ignored);
}

bool edition_is_known(const fs::path& content_folder, const std::string& edition,
                      const std::string& command) {
    const auto publication = read_publication_quietly(content_folder);
    if (!publication) {
        return true;
    }
    std::vector<std::string> ids;
    for (const auto& candidate : publication->editions) {
        if (candidate.id == edition) {
            return true;
        }
        ids.push_back(candidate.id);
    }
    std::cerr << "stadtsatz " << command << ": keine Ausgabe mit der ID „" << edition << "“ in "
              << (content_folder / pipeline::manifest_file_name).string();
    if (auto suggestion = closest_word(edition, ids)) {
        std::cerr << " – meinten Sie „" << *suggestion << "“?";
    }
    std::cerr << "\nvorhandene Ausgaben:";
    if (ids.empty()) {
        std::cerr << " keine";
    }
    for (std::size_t index = 0; index < ids.size(); ++index) {
        std::cerr << (index == 0 ? " " : ", ") << ids[index];
    }
    std::cerr << '\n';
    return false;
}

fs::path output_folder_for(const std::optional<std::string>& given,
                           const fs::path& content_folder) {
    return given ? normalised_folder(*given) : content_folder.parent_path() / "out";
}

} // namespace stadtsatz::cli
