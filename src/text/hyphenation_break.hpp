#pragma once

#include <cstddef>

namespace stadtsatz::text {

// What a hyphenation point separates; a line breaker prices a joint lowest.
enum class BreakKind {
    CompoundJoint, // between two words of a compound: Integrations=konzept
    AfterPrefix,   // after a prefix: Ver-waltung, Ur-instinkt
    Syllable,      // any other syllable break: Verwal-tung
};

// A place where a word may be hyphenated. `offset` is where the second fragment starts, in
// bytes of the UTF-8 text (or UTF-16 code units for the UTF-16 overloads); the hyphen goes
// before it. For a soft hyphen (U+00AD) in the source, the offset is just after it.
struct BreakPoint {
    std::size_t offset = 0;
    BreakKind kind = BreakKind::Syllable;

    friend bool operator==(const BreakPoint&, const BreakPoint&) = default;
};

} // namespace stadtsatz::text
