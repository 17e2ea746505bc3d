#pragma once

// Charts on the site: a chart's marks as inline SVG (no script) in a <figure> with the chart's
// title as caption, its summary as the SVG's <desc> and its data as a real <table>. Colours
// are CSS classes per colour role (chart_stylesheet.hpp), so the style decides them.

#include "charts/chart.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <string>
#include <vector>

namespace stadtsatz::html {

// Widths in points (= SVG user units) the site builds its charts at; the SVG scales to the
// column, so labels of 7.5 units show at about 12 CSS pixels.
constexpr double site_indicator_chart_width = 340;
constexpr double site_field_chart_width = 340;
constexpr double site_timeline_width = 460;

// `<figure class="chart …" id="id">`: caption, SVG (role="img", labelled by its <title> and
// <desc>) and the data table in a <details>. `id` must be unique on the page; the SVG's title
// and desc take ids derived from it. Empty for a chart without marks.
std::string chart_figure(const charts::Chart& chart, const std::string& id,
                         const std::string& kind_class);

// The id of a measure's indicator chart: "diagramm-M-1.1.1-1" for its first indicator.
std::string indicator_chart_id(const std::string& measure_id, std::size_t indicator_index);

// The charts of a measure's indicators with a numeric target, in their order.
std::string indicator_chart_figures(const model::Measure& measure);

// A field of action's measures by status and priority, id "diagramm-status-<field id>".
std::string field_status_figure(const model::FieldOfAction& field);

// The chart a chart block asks for, looked up in `document`; ids get `id_prefix` (the page's
// chapter) so a chart block may repeat a card's chart on another page. An unknown measure,
// indicator or field is an error at the block's position.
std::string chart_block_figure(const model::Document& document,
                               const model::ChartReference& reference, const std::string& id_prefix,
                               model::Diagnostics& diagnostics);

} // namespace stadtsatz::html
