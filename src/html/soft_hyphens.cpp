#include "html/soft_hyphens.hpp"

#include "text/hyphenation_minima.hpp"

namespace stadtsatz::html {

std::string with_soft_hyphens(const model::Inline& run, const model::HyphenationMinima& minima) {
    if (run.hyphenation.empty()) {
        return run.text;
    }
    static constexpr std::string_view soft_hyphen = "\u00AD";
    std::string result;
    result.reserve(run.text.size() + run.hyphenation.size() * soft_hyphen.size());
    std::size_t copied = 0;
    for (const auto& point : run.hyphenation) {
        if (point.offset <= copied || point.offset >= run.text.size() ||
            !text::meets_hyphenation_minima(run.text, point.offset, minima.word_length, minima.left,
                                            minima.right)) {
            continue;
        }
        result.append(run.text, copied, point.offset - copied);
        // A soft hyphen the editor wrote already marks this place.
        if (result.size() < soft_hyphen.size() ||
            result.compare(result.size() - soft_hyphen.size(), soft_hyphen.size(), soft_hyphen) !=
                0) {
            result += soft_hyphen;
        }
        copied = point.offset;
    }
    result.append(run.text, copied, std::string::npos);
    return result;
}

} // namespace stadtsatz::html
