#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>

namespace stadtsatz::pipeline {

enum class OutputFormat { Print, Screen, Html };

// What one run of the pipeline should do.
struct BuildOptions {
    std::filesystem::path content_folder; // holds publikation.xml; styles/ and fonts/ are beside it
    std::filesystem::path out_folder;     // outputs go to <out_folder>/<edition id>/
    std::optional<std::string> edition;   // only this edition; all editions when empty
    std::set<std::string> only_editions;  // when not empty, also only these (`watch` rebuilds)
    std::set<OutputFormat> formats{OutputFormat::Print, OutputFormat::Screen, OutputFormat::Html};
    bool write = true; // false for `check`: run every stage, write nothing
};

// The manifest file inside the content folder.
inline constexpr const char* manifest_file_name = "publikation.xml";

} // namespace stadtsatz::pipeline
