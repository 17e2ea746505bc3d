// Rules of page make-up checked on the real publications (the sample and the second test
// publication), read, resolved and laid out as `stadtsatz build` does: widows and orphans,
// headings kept with their text, printed page numbers, contents page numbers, runs of
// hyphenated lines. Each failure names the page and the text.

#include "laid_out_lines.hpp"
#include "laid_out_publication.hpp"
#include "read_test_files.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

using namespace stadtsatz;

namespace {

// The diagnostics of a publication must be clean before its layout says anything.
void require_laid_out(const test::LaidOutPublication& publication) {
    INFO(publication.name << ":\n" << test::describe(publication.diagnostics));
    REQUIRE_FALSE(publication.diagnostics.has_errors());
    REQUIRE(publication.layout.pages.size() > 10);
}

std::string join(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) {
        text += line + "\n";
    }
    return text;
}

// The text runs of a page in painting order.
std::vector<const layout::TextRun*> runs_of(const layout::Page& page) {
    std::vector<const layout::TextRun*> runs;
    for (const auto& item : page.items) {
        if (const auto* run = std::get_if<layout::TextRun>(&item)) {
            runs.push_back(run);
        }
    }
    return runs;
}

// The printed page number: the pagination run that consists of digits only.
std::vector<std::string> printed_numbers(const layout::Page& page) {
    std::vector<std::string> numbers;
    for (const auto* run : runs_of(page)) {
        if (run->source.part == layout::NodePart::Pagination && !run->text.empty() &&
            run->text.find_first_not_of("0123456789") == std::string::npos) {
            numbers.push_back(run->text);
        }
    }
    return numbers;
}

// Whether `run` draws the heading a contents entry with `id` points to.
bool draws_heading(const layout::TextRun& run, const std::string& id) {
    const layout::SourceNode& source = run.source;
    if (source.chapter != nullptr && source.block == nullptr) {
        return source.chapter->id == id;
    }
    if (source.block == nullptr || !test::is_heading(source)) {
        return false;
    }
    if (source.block->kind == model::BlockKind::Heading) {
        return source.block->id == id;
    }
    const auto& field = source.block->field_of_action;
    return field && source.goal == nullptr && source.measure == nullptr && field->id == id;
}

} // namespace

TEST_CASE("no paragraph leaves a single line alone at the top or the bottom of a page",
          "[layout][properties]") {
    for (const std::string& name : test::property_test_publications()) {
        const auto& publication = test::laid_out_publication(name);
        require_laid_out(publication);
        std::vector<std::string> violations;
        std::size_t split = 0;
        for (const auto& paragraph : test::running_text_paragraphs(publication.layout)) {
            const auto& lines = paragraph.lines;
            if (lines.size() < 2 || lines.front().page_index == lines.back().page_index) {
                continue;
            }
            ++split;
            std::map<std::size_t, int> lines_on_page;
            for (const auto& line : lines) {
                ++lines_on_page[line.page_index];
            }
            if (lines_on_page[lines.front().page_index] < 2) {
                violations.push_back("orphan, first line alone at the bottom of " +
                                     test::describe_line(lines.front()));
            }
            if (lines_on_page[lines.back().page_index] < 2) {
                violations.push_back("widow, last line alone at the top of " +
                                     test::describe_line(lines.back()));
            }
        }
        INFO(name << ": " << split << " paragraphs run across a page break\n" << join(violations));
        CHECK(violations.empty());
    }
}

TEST_CASE("no heading is the last thing on its page", "[layout][properties]") {
    for (const std::string& name : test::property_test_publications()) {
        const auto& publication = test::laid_out_publication(name);
        require_laid_out(publication);
        std::vector<std::string> violations;
        const auto& pages = publication.layout.pages;
        for (std::size_t index = 0; index < pages.size(); ++index) {
            // The last item of the text flow: footnotes and page furniture do not count.
            const layout::PageItem* last = nullptr;
            for (const auto& item : pages[index].items) {
                const layout::SourceNode& source = std::visit(
                    [](const auto& positioned) -> const layout::SourceNode& {
                        return positioned.source;
                    },
                    item);
                const bool flow = std::holds_alternative<layout::TextRun>(item) ||
                                  std::holds_alternative<layout::Picture>(item);
                if (flow && !test::is_artifact(source) && source.footnote == nullptr) {
                    last = &item;
                }
            }
            const auto* run = last ? std::get_if<layout::TextRun>(last) : nullptr;
            if (run != nullptr && test::is_heading(run->source) && index + 1 < pages.size()) {
                violations.push_back("page " + std::to_string(index + 1) +
                                     " ends with the heading »" + run->text + "«");
            }
        }
        INFO(name << ":\n" << join(violations));
        CHECK(violations.empty());
    }
}

TEST_CASE("every page prints its physical position as its page number", "[layout][properties]") {
    for (const std::string& name : test::property_test_publications()) {
        const auto& publication = test::laid_out_publication(name);
        require_laid_out(publication);
        const auto& pages = publication.layout.pages;
        std::vector<std::string> violations;
        for (std::size_t index = 0; index < pages.size(); ++index) {
            const layout::Page& page = pages[index];
            const std::string position = std::to_string(index + 1);
            const auto numbers = printed_numbers(page);
            const bool unnumbered =
                page.role == layout::PageRole::Title || page.role == layout::PageRole::Imprint;
            const std::vector<std::string> expected =
                unnumbered ? std::vector<std::string>{} : std::vector<std::string>{position};
            if (page.number != static_cast<int>(index) + 1 || numbers != expected) {
                violations.push_back("physical page " + position + ": number " +
                                     std::to_string(page.number) + ", printed " +
                                     (numbers.empty() ? "nothing" : numbers.front()) +
                                     (numbers.size() > 1 ? " and more" : ""));
            }
        }
        INFO(name << ":\n" << join(violations));
        CHECK(violations.empty());
    }
}

TEST_CASE("the contents give the page each heading is printed on", "[layout][properties]") {
    for (const std::string& name : test::property_test_publications()) {
        const auto& publication = test::laid_out_publication(name);
        require_laid_out(publication);
        const auto& pages = publication.layout.pages;
        std::set<const model::TocEntry*> listed;
        std::vector<std::string> violations;
        for (const auto& page : pages) {
            if (page.role != layout::PageRole::Contents) {
                continue;
            }
            for (const auto* reference : runs_of(page)) {
                const model::TocEntry* entry = reference->source.toc_entry;
                if (reference->source.part != layout::NodePart::PageReference || entry == nullptr) {
                    continue;
                }
                listed.insert(entry);
                // The first page where the heading itself is drawn (the contents entry, which
                // links to it, is not the heading).
                std::size_t found = pages.size();
                for (std::size_t index = 0; index < pages.size() && found == pages.size();
                     ++index) {
                    for (const auto* run : runs_of(pages[index])) {
                        if (run->source.toc_entry == nullptr && draws_heading(*run, entry->id)) {
                            found = index;
                            break;
                        }
                    }
                }
                if (found == pages.size()) {
                    violations.push_back("»" + entry->title + "«: heading not found on any page");
                    continue;
                }
                const auto printed = printed_numbers(pages[found]);
                if (reference->text != std::to_string(found + 1) ||
                    printed != std::vector<std::string>{reference->text}) {
                    violations.push_back("»" + entry->title + "«: the contents say page " +
                                         reference->text + ", the heading is on physical page " +
                                         std::to_string(found + 1) + " printed as " +
                                         (printed.empty() ? "nothing" : printed.front()));
                }
            }
        }
        INFO(name << ":\n" << join(violations));
        CHECK(violations.empty());
        // The contents list chapters and their sections (levels 1 and 2).
        const auto shown =
            std::count_if(publication.document.toc.begin(), publication.document.toc.end(),
                          [](const model::TocEntry& entry) { return entry.level <= 2; });
        CHECK(listed.size() == static_cast<std::size_t>(shown));
    }
}

// The failure lists every case; the demerit itself is tested on break_lines in
// layout_hyphen_demerits_test.cpp.
TEST_CASE("no paragraph has more than two hyphenated lines in a row", "[layout][properties]") {
    for (const std::string& name : test::property_test_publications()) {
        const auto& publication = test::laid_out_publication(name);
        require_laid_out(publication);
        std::vector<std::string> violations;
        std::size_t hyphenated = 0;
        for (const auto& paragraph : test::running_text_paragraphs(publication.layout)) {
            std::size_t in_a_row = 0;
            for (const auto& line : paragraph.lines) {
                in_a_row = line.hyphenated ? in_a_row + 1 : 0;
                hyphenated += line.hyphenated;
                if (in_a_row == 3) {
                    const std::size_t third = static_cast<std::size_t>(&line - &paragraph.lines[0]);
                    violations.push_back("three hyphenated lines in a row from " +
                                         test::describe_line(paragraph.lines[third - 2]) + ": »" +
                                         test::line_ending(paragraph.lines[third - 2]) + "«, »" +
                                         test::line_ending(paragraph.lines[third - 1]) + "«, »" +
                                         test::line_ending(line) + "«");
                }
            }
        }
        INFO(name << ": " << hyphenated << " hyphenated lines\n" << join(violations));
        if (publication.document.style.hyphenate) {
            CHECK(hyphenated > 10); // the rule is only meaningful where the breaker hyphenates
        } else {
            CHECK(hyphenated == 0); // silbentrennung="nein" (Leichte Sprache)
        }
        CHECK(violations.empty());
    }
}
