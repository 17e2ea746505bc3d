#include "html/text_setting_css.hpp"

#include <cmath>

namespace stadtsatz::html {
namespace {

// A length in rem of the body text size, rounded to hundredths.
std::string rem_of(double points, double body_size) {
    return std::to_string(std::round(points / body_size * 100) / 100).substr(0, 5) + "rem";
}

} // namespace

std::string text_setting_rules(const model::Style& style) {
    const model::TextSetting& setting = style.setting;
    std::string css;
    if (!style.hyphenate) {
        css += "\nbody, h1, h2, h3, h4, h5, h6, p, li, td, th, figcaption {\n"
               "  hyphens: none;\n  -webkit-hyphens: none;\n}\n";
    }
    if (setting.alignment == model::TextAlignment::Left) {
        css += "\nbody, p, li, td, th {\n  text-align: left;\n}\n";
    }
    if (setting.emphasis == model::Emphasis::Bold) {
        css += "\nem, i, cite, dfn, var {\n  font-style: normal;\n  font-weight: 700;\n}\n";
    }
    if (setting.sentence_per_line) {
        css += "\n.satz {\n  display: block;\n}\n";
    }
    if (style.picture_column.enabled) {
        const double body_size = style.body.size > 0 ? style.body.size : 10;
        css += "\n.bildspalte {\n  display: grid;\n  grid-template-columns: " +
               rem_of(style.picture_column.width, body_size) +
               " 1fr;\n  column-gap: " + rem_of(style.picture_column.gap, body_size) +
               ";\n  align-items: start;\n  margin: 0 0 1rem;\n}\n"
               "\n.bildspalte > figure {\n  margin: 0.2rem 0 0;\n}\n"
               "\n.bildspalte > figure img {\n  width: 100%;\n  height: auto;\n}\n"
               "\n.bildspalte-text > :last-child {\n  margin-bottom: 0;\n}\n"
               "\n@media (max-width: 30em) {\n  .bildspalte {\n    display: block;\n  }\n"
               "  .bildspalte > figure {\n    max-width: " +
               rem_of(style.picture_column.width, body_size) +
               ";\n    margin-bottom: 0.5rem;\n  }\n}\n";
    }
    return css;
}

} // namespace stadtsatz::html
