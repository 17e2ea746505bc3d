#pragma once

// What each fuzz target does with one input: feed the bytes to a reader (or the hyphenator)
// through its real entry point. The libFuzzer targets (tests/fuzz/fuzz_*.cpp) and the unit test
// that replays tests/fuzz/regressions/ call the same functions, so a crash found once is
// checked in every ordinary test run. Each function returns normally for any input; a broken
// promise of the code under test (a crash, an exception, a failure without an error message,
// a break point outside the word) ends the process or throws.

#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::fuzz {

// A chapter file: read as content/kapitel/fuzz.md, then resolved like an edition with the
// default style (links, footnotes, typography, hyphenation).
void read_markdown_input(std::string_view bytes);
// A measures file (<handlungsfeld>), read as content/handlungsfelder/fuzz.xml.
void read_measures_input(std::string_view bytes);
// A manifest, read as content/publikation.xml.
void read_manifest_input(std::string_view bytes);
// A style, read as styles/fuzz.xml beside the repository's ICC profiles, with its fonts/.
void read_style_input(std::string_view bytes);
// The hyphenator: the first byte chooses the options, the text up to the first NUL byte after
// it is an exception list (like content/trennungen.txt), the rest is a text run.
void hyphenate_input(std::string_view bytes);

// A fuzz target by name ("markdown", "measures", "manifest", "style", "hyphenator").
struct Target {
    std::string name;
    void (*run)(std::string_view bytes);
};
const std::vector<Target>& targets();

} // namespace stadtsatz::fuzz
