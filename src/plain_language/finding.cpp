#include "plain_language/finding.hpp"

namespace stadtsatz::plain_language {

Limits default_limits(Level level) {
    Limits limits;
    limits.level = level;
    limits.sentence_words = level == Level::LeichteSprache ? 10 : 15;
    return limits;
}

} // namespace stadtsatz::plain_language
