#include "text/hyphenation_pattern_tables.hpp"
#include "text/hyphenation_patterns.hpp"

namespace stadtsatz::text {

// Kept apart from hyphenation_patterns.cpp, which the build-time compiler links without the
// tables it generates.
const HyphenationPatterns& HyphenationPatterns::german() {
    static const HyphenationPatterns patterns(german_pattern_tables());
    return patterns;
}

} // namespace stadtsatz::text
