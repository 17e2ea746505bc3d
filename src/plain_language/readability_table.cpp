#include "plain_language/readability_table.hpp"

#include "text/unicode_letters.hpp"

#include <cstdio>
#include <filesystem>

namespace stadtsatz::plain_language {
namespace {

constexpr std::size_t name_width = 34;

// `text` cut or padded to `width` code points.
std::string fitted(const std::string& text, std::size_t width) {
    std::string result;
    std::size_t count = 0;
    for (std::size_t index = 0; index < text.size() && count < width;) {
        const std::size_t start = index;
        text::next_code_point(text, index);
        if (count + 1 == width && index < text.size()) {
            result += "…";
        } else {
            result.append(text, start, index - start);
        }
        ++count;
    }
    result.append(width - count, ' ');
    return result;
}

std::string row(const std::string& name, const TextCounts& counts) {
    const Readability figures = readability_of(counts);
    char numbers[200];
    std::snprintf(numbers, sizeof numbers, " %6zu %7zu %12.1f %12.2f %14.1f %22.1f %6.1f\n",
                  counts.sentences, counts.words, figures.words_per_sentence,
                  figures.syllables_per_word, figures.flesch_amstad, figures.wiener_sachtextformel,
                  figures.lix);
    return fitted(name, name_width) + numbers;
}

} // namespace

std::string readability_table(const EditionReadability& edition) {
    std::string table = "Lesbarkeit: " + edition.edition_title;
    if (!edition.edition_id.empty()) {
        table += " (" + edition.edition_id + ")";
    }
    table +=
        "\n" + fitted("Kapitel", name_width) +
        "  Sätze  Wörter  Wörter/Satz  Silben/Wort  Flesch-Amstad  Wiener Sachtextformel    LIX\n";
    for (const ChapterReadability& chapter : edition.chapters) {
        const std::string file = std::filesystem::path(chapter.file).filename().string();
        table += row(file + (chapter.title.empty() ? "" : " " + chapter.title), chapter.counts);
    }
    table += row("Ausgabe gesamt", edition.total);
    return table;
}

} // namespace stadtsatz::plain_language
