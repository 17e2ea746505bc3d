#pragma once

// Programs some unit tests call (pdftotext, qpdf, xmllint). Outside CI a missing program
// skips the check with a warning; in CI (.ci/run sets CI=true) it fails the test, so a
// broken set-up can never pass as green.

#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

namespace stadtsatz::test {

inline bool in_ci() {
    const char* value = std::getenv("CI");
    return value != nullptr && std::string(value) == "true";
}

// Whether `program` can be found on the PATH.
inline bool have_program(const std::string& program) {
    return std::system(("command -v '" + program + "' > /dev/null 2>&1").c_str()) == 0;
}

} // namespace stadtsatz::test

// Reports that a check cannot run because a program is missing: a failure in CI, a warning
// elsewhere. The caller returns afterwards.
#define STADTSATZ_MISSING_TOOL(message)                                                            \
    do {                                                                                           \
        if (::stadtsatz::test::in_ci()) {                                                          \
            FAIL(message << " (CI=true: a missing tool fails the test)");                          \
        } else {                                                                                   \
            WARN(message);                                                                         \
        }                                                                                          \
    } while (false)
