#include "text/compound_lexicon.hpp"
#include "text/compound_lexicon_data.hpp"

#include <memory>
#include <mutex>

namespace stadtsatz::text {

// Kept apart from compound_lexicon.cpp, which the build-time compiler links without the data.
std::shared_ptr<const CompoundLexicon> CompoundLexicon::german() {
    // Shared while anyone holds it, built again after the last holder let go: the lexicon
    // takes some 20 MB, which a build needs only while it hyphenates.
    static std::mutex mutex;
    static std::weak_ptr<const CompoundLexicon> cached;
    const std::lock_guard lock(mutex);
    std::shared_ptr<const CompoundLexicon> lexicon = cached.lock();
    if (!lexicon) {
        // The compiler already inferred the nouns (see src/text/data/word_list_compiler.cpp).
        lexicon = std::make_shared<const CompoundLexicon>(compound_lexicon_data(),
                                                          compound_lexicon_entry_count(), false);
        cached = lexicon;
    }
    return lexicon;
}

} // namespace stadtsatz::text
