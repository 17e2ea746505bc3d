#pragma once

#include "model/publication.hpp"

#include <string>

namespace stadtsatz::pipeline {

// Where an edition's outputs go, relative to the out folder.
struct OutputNames {
    std::string print_pdf;  // "standard/integrationskonzept-druck.pdf"
    std::string screen_pdf; // "standard/integrationskonzept.pdf"
    std::string html_site;  // "standard/html"
};

OutputNames output_names(const model::Edition& edition);

} // namespace stadtsatz::pipeline
