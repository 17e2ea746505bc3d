#pragma once

#include <string>

namespace stadtsatz::model {

// Where a piece of the document was written, so any stage can point an editor at it.
struct SourcePosition {
    std::string file; // path as given to the reader (relative to the content folder when possible)
    int line = 0;     // 1-based; 0 means "the whole file"
    int column = 0;   // 1-based, counted in Unicode code points; 0 means "the whole line"
};

} // namespace stadtsatz::model
