#pragma once

#include "model/source_position.hpp"

#include <string>

namespace stadtsatz::model {

// Which chart a chart block asks the writers to draw (src/charts builds it from the measures).
enum class ChartKind {
    Indicator,   // one indicator: baseline → measured values → target
    FieldStatus, // one field of action: its measures by status and by priority
    Timeline,    // all measures of the edition by field of action, from their time frames
};

// A chart in the flow of a chapter (generated chapters place them; cards and fields of action
// draw theirs without a block). The writers look the data up by these ids.
struct ChartReference {
    ChartKind kind = ChartKind::Timeline;
    std::string measure_id; // Indicator: the measure holding the indicator
    int indicator = -1;     // Indicator: index in Measure::indicators
    std::string field_id;   // FieldStatus: the field of action
    SourcePosition position;
};

} // namespace stadtsatz::model
