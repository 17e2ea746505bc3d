#pragma once

#include <optional>
#include <string>

namespace stadtsatz::model {

// The one rule for where a link may lead. External links use a scheme of the allow-list —
// https, http, mailto, tel —; every other scheme (javascript:, vbscript:, data:, file:, …)
// could run code in the reader's browser or PDF viewer or reach into their computer.

// The scheme of `target` as a browser reads it, lower case: ASCII whitespace and control
// characters are dropped first (browsers ignore them, "java\tscript:" is javascript:).
// Nothing when the target has no scheme (an anchor "#…" or a relative path).
std::optional<std::string> scheme_of(const std::string& target);

// Whether `scheme` (lower case) is on the allow-list.
bool is_allowed_scheme(const std::string& scheme);

// Whether `target` may be written into an output as a link: an internal target (no scheme)
// or one with an allowed scheme. Writers check this once more before they write a target.
bool is_allowed_link_target(const std::string& target);

// The editor's explanation when a target is refused.
std::string allowed_schemes_hint();

} // namespace stadtsatz::model
