#pragma once

#include "layout/page.hpp"
#include "model/document.hpp"

#include <optional>
#include <string>

namespace stadtsatz::pdf {

// True for targets that leave the document (http:, https:, mailto:, tel:, ...).
bool is_external(const std::string& target);

// The anchor id an internal target points to: "#id" -> "id", "kapitel.md#id" -> "id",
// "kapitel.md" -> that chapter's id. Empty when it names nothing known.
std::string anchor_of(const std::string& target, const model::Document& document);

} // namespace stadtsatz::pdf
