#include "chart_test_data.hpp"
#include "charts/chart.hpp"
#include "html/chart_markup.hpp"
#include "html/chart_stylesheet.hpp"
#include "html/colour_contrast.hpp"

#include <catch2/catch.hpp>
#include <regex>

using namespace stadtsatz;
using namespace chart_test_data;

TEST_CASE("a chart becomes an inline SVG figure with title, desc and data table", "[html]") {
    model::Indicator indicator = percent_indicator();
    indicator.measurements.push_back(value(2026, "70"));
    const std::string html = html::chart_figure(charts::indicator_chart(indicator, 340),
                                                "diagramm-M-1.1.1-1", "chart-indicator");
    CHECK(html.rfind("<figure class=\"chart chart-indicator\" id=\"diagramm-M-1.1.1-1\">", 0) == 0);
    CHECK(html.find("role=\"img\"") != std::string::npos);
    CHECK(html.find("aria-labelledby=\"diagramm-M-1.1.1-1-titel "
                    "diagramm-M-1.1.1-1-beschreibung\"") != std::string::npos);
    CHECK(html.find("<title id=\"diagramm-M-1.1.1-1-titel\">Anteil der Kinder im Vorkurs "
                    "Deutsch</title>") != std::string::npos);
    CHECK(html.find("<desc id=\"diagramm-M-1.1.1-1-beschreibung\">Ausgangswert 62 Prozent") !=
          std::string::npos);
    CHECK(html.find("viewBox=\"0 0 340 153\"") != std::string::npos);
    CHECK(html.find("<figcaption>Anteil der Kinder") != std::string::npos);
    CHECK(html.find("<summary>Daten zum Diagramm</summary>") != std::string::npos);
    CHECK(html.find("<th scope=\"row\">2026</th><td>70</td><td>Messwert</td>") !=
          std::string::npos);
    CHECK(html.find("class=\"fill-target\"") != std::string::npos);
    CHECK(html.find("stroke-dasharray") != std::string::npos);
    CHECK(html.find(">Ziel 90 (2029)</text>") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("everything from the model is escaped in the SVG", "[html]") {
    model::FieldOfAction field = language_field();
    field.title = "<script>alert(1)</script> & \"Wohnen\"";
    field.goals.front().measures.front().id = "M-<1>";
    const std::string status = html::field_status_figure(field);
    const std::string timeline = html::chart_figure(charts::timeline_chart({&field}, 460),
                                                    "diagramm-zeitplan", "chart-timeline");
    for (const std::string& html : {status, timeline}) {
        CHECK(html.find("<script>") == std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp;") != std::string::npos);
    }
    CHECK(timeline.find("M-&lt;1&gt;") != std::string::npos);
    CHECK(timeline.find("M-<1>") == std::string::npos);
}

TEST_CASE("charts without marks write nothing; ids follow measure and indicator", "[html]") {
    model::Measure measure = chart_test_data::measure(
        "M-2.1.1", 2026, 2027, model::MeasureStatus::Planned, model::Priority::High);
    measure.indicators.push_back(percent_indicator());
    model::Indicator qualitative = percent_indicator();
    qualitative.target.number.reset();
    measure.indicators.push_back(qualitative);
    measure.indicators.push_back(percent_indicator());
    const std::string html = html::indicator_chart_figures(measure);
    CHECK(html.find("id=\"diagramm-M-2.1.1-1\"") != std::string::npos);
    CHECK(html.find("id=\"diagramm-M-2.1.1-2\"") == std::string::npos);
    CHECK(html.find("id=\"diagramm-M-2.1.1-3\"") != std::string::npos);
    const std::regex figures("<figure");
    CHECK(std::distance(std::sregex_iterator(html.begin(), html.end(), figures),
                        std::sregex_iterator()) == 2);
    model::FieldOfAction empty;
    CHECK(html::chart_figure(charts::timeline_chart({&empty}, 460), "x", "chart-timeline").empty());
}

TEST_CASE("chart colours reach 3:1 for marks and 4.5:1 for labels on white", "[html]") {
    model::Style style;
    style.body.colour = "text";
    style.headings[0].colour = "akzent";
    style.colours["text"].rgb = {0.4, 0.4, 0.4};   // too light for text
    style.colours["akzent"].rgb = {0.6, 0.8, 1.0}; // too light for marks
    const std::string css = html::chart_stylesheet(style);
    const std::regex rule(R"(\.chart \.fill-([a-z-]+) \{\n  fill: #([0-9a-f]{6});)");
    int checked = 0;
    for (auto match = std::sregex_iterator(css.begin(), css.end(), rule);
         match != std::sregex_iterator(); ++match) {
        const std::string name = (*match)[1];
        const std::string hex = (*match)[2];
        if (name == "background") {
            continue; // a tint behind marks, not a mark
        }
        const html::Rgb colour{std::stoi(hex.substr(0, 2), nullptr, 16) / 255.0,
                               std::stoi(hex.substr(2, 2), nullptr, 16) / 255.0,
                               std::stoi(hex.substr(4, 2), nullptr, 16) / 255.0};
        INFO(name << " #" << hex);
        CHECK(html::contrast_ratio(colour, {1, 1, 1}) >= (name == "text" ? 4.5 : 3.0));
        ++checked;
    }
    CHECK(checked == 9);
    CHECK(css.find("break-inside: avoid") != std::string::npos);
}

TEST_CASE("a chart block draws the chart it names from the document", "[html]") {
    model::Document document;
    model::Chapter chapter;
    chapter.id = "handlungsfelder";
    auto field = std::make_shared<model::FieldOfAction>(language_field());
    field->goals.front().measures.front().indicators.push_back(percent_indicator());
    model::Block block;
    block.kind = model::BlockKind::FieldOfAction;
    block.field_of_action = field;
    chapter.blocks.push_back(block);
    document.chapters.push_back(chapter);

    model::Diagnostics diagnostics;
    model::ChartReference indicator;
    indicator.kind = model::ChartKind::Indicator;
    indicator.measure_id = "M-1.1.1";
    indicator.indicator = 0;
    const std::string indicator_html =
        html::chart_block_figure(document, indicator, "monitoring", diagnostics);
    CHECK(indicator_html.find("id=\"monitoring-diagramm-M-1.1.1-1\"") != std::string::npos);
    CHECK(indicator_html.find("Ziel 90 (2029)") != std::string::npos);

    model::ChartReference status;
    status.kind = model::ChartKind::FieldStatus;
    status.field_id = "sprache-bildung";
    CHECK(html::chart_block_figure(document, status, "monitoring", diagnostics)
              .find("id=\"monitoring-diagramm-status-sprache-bildung\"") != std::string::npos);

    model::ChartReference timeline;
    const std::string timeline_html =
        html::chart_block_figure(document, timeline, "massnahmenuebersicht", diagnostics);
    CHECK(timeline_html.find("id=\"massnahmenuebersicht-diagramm-zeitplan\"") != std::string::npos);
    CHECK(timeline_html.find(">M-1.1.4</text>") != std::string::npos);
    CHECK_FALSE(diagnostics.has_errors());

    indicator.indicator = 3; // the measure has one indicator
    CHECK(html::chart_block_figure(document, indicator, "monitoring", diagnostics).empty());
    CHECK(diagnostics.has_errors());
    model::Diagnostics unknown_field;
    status.field_id = "hf-gibt-es-nicht";
    CHECK(html::chart_block_figure(document, status, "monitoring", unknown_field).empty());
    CHECK(unknown_field.has_errors());
}
