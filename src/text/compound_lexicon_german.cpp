#include "text/compound_lexicon.hpp"
#include "text/compound_lexicon_data.hpp"

#include <cstdint>
#include <memory>
#include <string_view>
#include <sys/mman.h>
#include <unistd.h>

namespace stadtsatz::text {

// Kept apart from compound_lexicon.cpp, which the build-time compiler links without the data.
std::shared_ptr<const CompoundLexicon> CompoundLexicon::german() {
    // The tables are compiled into the program (src/text/data/word_list_compiler.cpp) and read
    // in place: nothing is decoded, and the pages of the table the lookups touch are all it
    // costs in memory.
    static const auto lexicon = std::make_shared<const CompoundLexicon>(compound_lexicon_tables());
    return lexicon;
}

namespace {

// Drops the whole pages inside `bytes` from the process's memory (MADV_DONTNEED on read-only
// program data: the next access reads them from the executable again).
void release_pages(std::string_view bytes) {
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<std::uintptr_t>(bytes.data());
    const std::uintptr_t first = (begin + page - 1) / page * page;
    const std::uintptr_t last = (begin + bytes.size()) / page * page;
    if (last > first) {
        ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
    }
}

} // namespace

void CompoundLexicon::release_german_pages() {
    const Tables& tables = german()->tables();
    release_pages(tables.words);
    release_pages(tables.slots);
    release_pages(tables.filter);
}

} // namespace stadtsatz::text
