#include "html/measures_overview_markup.hpp"

namespace stadtsatz::html {

std::string measures_overview_html(const std::string& blocks_html) {
    return "<div class=\"measures-overview\">\n" + blocks_html + "</div>\n";
}

std::string measures_overview_css() {
    // Columns 4 to 6 exist in the matrix tables only: the index table has three.
    return R"css(
.measures-overview th, .measures-overview td a, .measures-overview td:nth-child(n+4) {
  white-space: nowrap;
}
)css";
}

} // namespace stadtsatz::html
