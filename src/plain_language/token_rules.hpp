#pragma once

#include "plain_language/finding.hpp"
#include "plain_language/paragraph.hpp"
#include "text/hyphenator.hpp"

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace stadtsatz::plain_language {

// The rules on single words and characters (abkuerzung, zahl, datum, sonderzeichen, klammer,
// langes-wort): each reports at most one finding per sentence, at its first place.
std::vector<Finding> check_tokens(const Paragraph& paragraph, const Limits& limits,
                                  const text::Hyphenator& hyphenator);

// One rule each, in the file named after it: the first place in sentence `index` of
// `paragraph` that breaks the rule.
std::optional<Finding> check_abkuerzung(const Paragraph& paragraph, std::size_t index,
                                        const std::set<std::string, std::less<>>& explained);
std::optional<Finding> check_zahl(const Paragraph& paragraph, std::size_t index);
std::optional<Finding> check_datum(const Paragraph& paragraph, std::size_t index);
std::optional<Finding> check_sonderzeichen(const Paragraph& paragraph, std::size_t index);
std::optional<Finding> check_klammer(const Paragraph& paragraph, std::size_t index);
std::optional<Finding> check_langes_wort(const Paragraph& paragraph, std::size_t index,
                                         const Limits& limits, const text::Hyphenator& hyphenator);

// The acronyms `paragraph` explains (abkuerzung.cpp says how), found once per paragraph.
std::set<std::string, std::less<>> explained_acronyms(const Paragraph& paragraph);

// A date written in digits: 15.03.2027, 15.3.27, 15.03. (with the full stop after the month)
// or 2027-03-15.
struct NumericDate {
    int day = 0;
    int month = 0;
    int year = 0; // 0: none written
};

// The date `word` of `paragraph` writes, if it is one (datum; zahl leaves dates alone).
std::optional<NumericDate> numeric_date(const Paragraph& paragraph, const Word& word);

// The space-delimited piece of `text` around byte `offset`.
std::string_view token_around(std::string_view text, std::size_t offset);

// Whether byte `offset` of the paragraph lies in a URL, a domain or an e-mail address.
bool in_web_address(const Paragraph& paragraph, std::size_t offset);

} // namespace stadtsatz::plain_language
