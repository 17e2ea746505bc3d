#include "layout/chart_placement.hpp"

#include "charts/chart.hpp"
#include "layout/chart_layout.hpp"
#include "model/measure_lookup.hpp"

#include <algorithm>

namespace stadtsatz::layout {
namespace {

// The widest indicator chart in a card: wider charts only grow taller (0.45 × width) without
// showing more, and a card of many indicators would fill pages with them.
constexpr double indicator_chart_width = 280;

} // namespace

void lay_out_indicator_charts(const model::Block& block, const model::Goal* goal,
                              const model::Measure& measure, double left, double width,
                              LayoutContext& context, std::vector<Slice>& out) {
    for (std::size_t index = 0; index < measure.indicators.size(); ++index) {
        const model::Indicator& indicator = measure.indicators[index];
        if (!indicator.is_numeric()) {
            continue;
        }
        SourceNode source{&block, nullptr, &measure};
        source.goal = goal;
        source.row = static_cast<int>(index);
        lay_out_chart(charts::indicator_chart(indicator, std::min(width, indicator_chart_width)),
                      source, left, indicator.position, context, out);
    }
}

void lay_out_field_chart(const model::Block& block, const Frame& frame, LayoutContext& context,
                         std::vector<Slice>& out) {
    const model::FieldOfAction& field = *block.field_of_action;
    lay_out_chart(charts::field_status_chart(field, frame.width), SourceNode{&block}, frame.left,
                  field.position, context, out);
}

void lay_out_chart_block(const model::Block& block, const Frame& frame, LayoutContext& context,
                         std::vector<Slice>& out) {
    const model::ChartReference& reference = *block.chart;
    SourceNode source{&block};
    source.row = 0;
    switch (reference.kind) {
    case model::ChartKind::Indicator: {
        const model::Measure* measure = model::find_measure(context.document, reference.measure_id);
        if (measure == nullptr || reference.indicator < 0 ||
            static_cast<std::size_t>(reference.indicator) >= measure->indicators.size()) {
            return;
        }
        const model::Indicator& indicator =
            measure->indicators[static_cast<std::size_t>(reference.indicator)];
        lay_out_chart(charts::indicator_chart(indicator, frame.width), source, frame.left,
                      reference.position, context, out);
        return;
    }
    case model::ChartKind::FieldStatus:
        for (const model::FieldOfAction* field : model::document_fields(context.document)) {
            if (field->id == reference.field_id) {
                lay_out_chart(charts::field_status_chart(*field, frame.width), source, frame.left,
                              reference.position, context, out);
                return;
            }
        }
        return;
    case model::ChartKind::Timeline: {
        const auto fields = model::document_fields(context.document);
        charts::Chart whole = charts::timeline_chart(fields, frame.width);
        // The chart, its title and a line of room must fit a page; else one part per field.
        const double room =
            context.text_bottom() - context.text_top() - 3 * context.style.body.leading;
        if (whole.height <= room || fields.size() < 2) {
            lay_out_chart(whole, source, frame.left, reference.position, context, out);
            return;
        }
        const charts::YearRange years = charts::timeline_years(fields);
        for (std::size_t index = 0; index < fields.size(); ++index) {
            source.row = static_cast<int>(index);
            lay_out_chart(charts::timeline_chart(*fields[index], frame.width, years), source,
                          frame.left, reference.position, context, out);
        }
        return;
    }
    }
}

} // namespace stadtsatz::layout
