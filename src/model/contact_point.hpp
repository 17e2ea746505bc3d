#pragma once

#include <string>

namespace stadtsatz::model {

// An office readers can write to: the publisher's contact for barriers, the enforcement
// body, or the person responsible for a measure. Every field but `name` may be empty.
struct ContactPoint {
    std::string name;    // the office, e.g. "Stabsstelle Integration und Teilhabe"
    std::string address; // postal address on one line
    std::string phone;
    std::string email; // the address alone, without "mailto:"
    std::string url;   // a web page, http:// or https:// only
};

} // namespace stadtsatz::model
