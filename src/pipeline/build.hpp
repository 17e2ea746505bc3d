#pragma once

#include "model/diagnostic.hpp"
#include "pipeline/build_options.hpp"
#include "pipeline/stage_timings.hpp"
#include "plain_language/document_check.hpp"

#include <filesystem>
#include <vector>

namespace stadtsatz::pipeline {

// What a run produced: diagnostics for the editor, timings, and the files now in place.
struct BuildResult {
    model::Diagnostics diagnostics;
    StageTimings timings;
    std::vector<std::filesystem::path> outputs;
    // The readability figures of each edition built, for the build report.
    std::vector<plain_language::EditionReadability> readability;
    bool succeeded() const { return !diagnostics.has_errors(); }
};

// read → resolve → layout → pdf / html → commit. Nothing is written unless every edition
// went through every stage without an error.
BuildResult run_build(const BuildOptions& options);

} // namespace stadtsatz::pipeline
