#include "pipeline/output_names.hpp"

namespace stadtsatz::pipeline {

OutputNames output_names(const model::Edition& edition) {
    const std::string folder = edition.id + "/";
    const std::string stem = edition.file_stem.empty() ? edition.id : edition.file_stem;
    return {folder + stem + "-druck.pdf", folder + stem + ".pdf", folder + "html"};
}

} // namespace stadtsatz::pipeline
