#pragma once

#include "model/diagnostic.hpp"
#include "pdf/haru_session.hpp"

#include <map>
#include <string>

namespace stadtsatz::pdf {

// The fonts of one PDF: each TrueType file is embedded (as a subset) once, with UTF-8 encoding.
class FontRegistry {
public:
    FontRegistry(HaruSession& session, const model::SourcePosition& style_position,
                 model::Diagnostics& diagnostics);

    // The font for a file, loading it on first use; nullptr (and an error) when it fails.
    HPDF_Font font(const std::string& file);

private:
    HaruSession& session_;
    model::SourcePosition style_position_;
    model::Diagnostics& diagnostics_;
    std::map<std::string, HPDF_Font> fonts_; // nullptr for files that failed
};

} // namespace stadtsatz::pdf
