#include "html/marked_words.hpp"

#include "html/html_escape.hpp"
#include "model/marked_words.hpp"
#include "text/unicode_letters.hpp"

#include <string_view>

namespace stadtsatz::html {
namespace {

constexpr std::string_view mediopunkt = "\u00B7";

// The letter at `index` of `utf8` (as UTF-8) and the index after it.
std::string_view letter_at(std::string_view utf8, std::size_t index, std::size_t& after) {
    after = index;
    text::next_code_point(utf8, after);
    return utf8.substr(index, after - index);
}

// The unsplit word with a mark span at each joint, reading the signs off the marked form.
std::string marked_word_html(const model::MarkedWord& word, std::string_view marked) {
    std::string html =
        "<span class=\"wortfugen\" data-wort=\"" + escape_attribute(word.word) + "\">";
    std::size_t in_word = 0;
    std::size_t in_marked = 0;
    for (const std::size_t joint : word.joints) {
        html += escape_text(word.word.substr(in_word, joint - in_word));
        in_marked += joint - in_word; // the marked form is the same up to the joint
        in_word = joint;
        if (marked.substr(in_marked, mediopunkt.size()) == mediopunkt) {
            in_marked += mediopunkt.size();
            html +=
                "<span class=\"wortfuge\" data-zeichen=\"" + std::string(mediopunkt) + "\"></span>";
            continue;
        }
        ++in_marked; // the hyphen
        std::size_t word_after = 0;
        std::size_t marked_after = 0;
        const std::string_view letter = letter_at(word.word, in_word, word_after);
        const std::string_view shown = letter_at(marked, in_marked, marked_after);
        if (letter == shown) {
            html += "<span class=\"wortfuge\" data-zeichen=\"-\"></span>";
            continue;
        }
        html += "<span class=\"wortfuge\" data-zeichen=\"-" + escape_attribute(std::string(shown)) +
                "\"></span><span class=\"wortfuge-klein\">" + escape_text(std::string(letter)) +
                "</span>";
        in_word = word_after;
        in_marked = marked_after;
    }
    html += escape_text(word.word.substr(in_word));
    html += "</span>";
    return html;
}

} // namespace

std::string marked_text_html(const model::Inline& run) {
    return marked_text_html(run, 0, run.text.size());
}

std::string marked_text_html(const model::Inline& run, std::size_t begin, std::size_t end) {
    std::string html;
    std::size_t copied = begin;
    for (const model::MarkedWord& word : run.marked_words) {
        if (word.begin < copied || word.end > end) {
            continue;
        }
        html += escape_text(run.text.substr(copied, word.begin - copied));
        html += marked_word_html(
            word, std::string_view(run.text).substr(word.begin, word.end - word.begin));
        copied = word.end;
    }
    html += escape_text(run.text.substr(copied, end - copied));
    return html;
}

std::string marked_title_html(const std::string& text,
                              const std::map<std::string, std::string>& marked_compounds) {
    model::Inline run = model::make_text(text);
    run.marked_words = model::find_marked_words(text, marked_compounds);
    return marked_text_html(run);
}

std::string marked_words_css() {
    // The first `content` is for browsers without alternative text for generated content.
    return R"css(
.wortfugen {
  white-space: nowrap;
}

.wortfuge::before {
  content: attr(data-zeichen);
  content: attr(data-zeichen) / "";
}

.wortfuge-klein {
  font-size: 0;
}
)css";
}

} // namespace stadtsatz::html
