#pragma once

#include "model/document.hpp"

#include <string>
#include <vector>

namespace stadtsatz::open_data {

// The fields of action an edition prints (its FieldOfAction blocks), in reading order.
std::vector<const model::FieldOfAction*> printed_fields_of_action(const model::Document& document);

// Text of the measures' inlines as open data carries it: plain text after resolve (quotes and
// dashes set, links reduced to their text), without soft hyphens and with Leichte-Sprache
// compounds unsplit (model::unmarked_text), so a program finds the words as written.
std::string data_text(const model::Inlines& inlines, const model::Document& document);

// The same for a plain-text field (title, lead office).
std::string data_text(const std::string& text, const model::Document& document);

// The measure's partners joined with "; ".
std::string joined_partners(const model::Measure& measure, const model::Document& document);

// The latest measured value of an indicator, if it has any (measurements ascend by year).
const model::IndicatorValue* latest_measurement(const model::Indicator& indicator);

} // namespace stadtsatz::open_data
