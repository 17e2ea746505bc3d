#include "pdf/font_registry.hpp"

namespace stadtsatz::pdf {

FontRegistry::FontRegistry(HaruSession& session, const model::SourcePosition& style_position,
                           model::Diagnostics& diagnostics)
    : session_(session), style_position_(style_position), diagnostics_(diagnostics) {
    HPDF_UseUTFEncodings(session_.document());
}

HPDF_Font FontRegistry::font(const std::string& file) {
    if (auto found = fonts_.find(file); found != fonts_.end()) {
        return found->second;
    }
    HPDF_Font font = nullptr;
    const char* name = HPDF_LoadTTFontFromFile(session_.document(), file.c_str(), HPDF_TRUE);
    if (name != nullptr) {
        font = HPDF_GetFont(session_.document(), name, "UTF-8");
    }
    const auto errors = session_.take_errors();
    if (font == nullptr || !errors.empty()) {
        diagnostics_.error(style_position_,
                           "cannot embed font '" + file + "'" +
                               (errors.empty() ? std::string() : ": " + errors.front()));
        font = nullptr;
    }
    fonts_.emplace(file, font);
    return font;
}

} // namespace stadtsatz::pdf
