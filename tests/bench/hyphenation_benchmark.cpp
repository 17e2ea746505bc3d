// Benchmark (not a test): hyphenates every word of a German word list with the engine
// `stadtsatz hyphenate` uses, single-threaded, and prints words per second; then times the
// text preparation (typography + hyphenation, the resolve stage) of the sample publication.
//
// Usage: stadtsatz_bench WORD_LIST [CONTENT_FOLDER] (one word per line, e.g.
// /usr/share/dict/ngerman; the content folder defaults to the repository's content/)

#include "model/diagnostic.hpp"
#include "read/edition_reader.hpp"
#include "read/manifest_reader.hpp"
#include "resolve/resolve.hpp"
#include "text/hyphenator.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// CPU time of this thread, so that other processes on a busy machine do not count.
double thread_seconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// Times resolve::resolve_document (typography and hyphenation) on every edition of the
// publication in `content_folder`: reading is not timed, each edition is resolved `runs` times
// from a fresh copy, and the median is reported.
void report_text_preparation(const std::filesystem::path& content_folder, std::ostream& report) {
    using namespace stadtsatz;
    constexpr int runs = 9;
    model::Diagnostics diagnostics;
    const auto root = std::filesystem::absolute(content_folder).lexically_normal().parent_path();
    const auto publication =
        read::read_manifest(content_folder / "publikation.xml", root, diagnostics);
    if (!publication || diagnostics.has_errors()) {
        report << "  text preparation: cannot read " << content_folder.string() << '\n';
        return;
    }
    for (const auto& edition : publication->editions) {
        const model::Document read_document =
            read::read_edition(*publication, edition, diagnostics);
        std::vector<double> milliseconds;
        for (int run = 0; run < runs; ++run) {
            model::Document document = read_document;
            model::Diagnostics run_diagnostics;
            const double start = thread_seconds();
            resolve::resolve_document(document, run_diagnostics);
            milliseconds.push_back((thread_seconds() - start) * 1000.0);
        }
        std::sort(milliseconds.begin(), milliseconds.end());
        report << "  text preparation (resolve: typography + hyphenation), edition " << edition.id
               << ": median " << milliseconds[runs / 2] << " ms CPU of " << runs << " runs\n";
    }
}

// Hyphenates the words for at least two seconds and reports words per second.
void measure_words(const stadtsatz::text::HyphenationOptions& options,
                   const std::vector<std::string>& words, const char* label, std::ostream& report) {
    using Clock = std::chrono::steady_clock;
    const auto set_up_start = Clock::now();
    const stadtsatz::text::Hyphenator hyphenator(options);
    std::vector<stadtsatz::text::BreakPoint> breaks;
    hyphenator.hyphenate(std::string_view("Integrationskonzept"), breaks); // builds the tables
    const std::chrono::duration<double> set_up = Clock::now() - set_up_start;

    std::size_t hyphenated_words = 0;
    std::size_t break_count = 0;
    std::size_t joint_count = 0;
    const auto start = Clock::now();
    const double cpu_start = thread_seconds();
    std::chrono::duration<double> elapsed{};
    do {
        for (const auto& word : words) {
            hyphenator.hyphenate(word, breaks);
            break_count += breaks.size();
            for (const auto& point : breaks) {
                joint_count += point.kind == stadtsatz::text::BreakKind::CompoundJoint ? 1 : 0;
            }
        }
        hyphenated_words += words.size();
        elapsed = Clock::now() - start;
    } while (elapsed.count() < 2.0);
    const double cpu_seconds = thread_seconds() - cpu_start;
    const auto count = static_cast<double>(hyphenated_words);
    report << "  " << label << ":\n"
           << "    " << count / elapsed.count() / 1e6 << " million words/second ("
           << elapsed.count() * 1e9 / count << " ns/word wall clock), " << count / cpu_seconds / 1e6
           << " million per CPU second of this thread\n"
           << "    set-up (patterns + compound lexicon, first use only): "
           << set_up.count() * 1000.0 << " ms; breaks per word "
           << static_cast<double>(break_count) / count << ", compound joints "
           << 100.0 * static_cast<double>(joint_count) / static_cast<double>(break_count) << " %\n";
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2 && argc != 3) {
        std::cerr << "usage: stadtsatz_bench WORD_LIST [CONTENT_FOLDER]\n";
        return 2;
    }
    std::ifstream input(argv[1]);
    if (!input) {
        std::cerr << "stadtsatz_bench: cannot read " << argv[1] << '\n';
        return 1;
    }
    std::vector<std::string> words;
    for (std::string line; std::getline(input, line);) {
        if (!line.empty()) {
            words.push_back(line);
        }
    }

    std::ostringstream report;
    report.precision(3);
    report << std::fixed << "hyphenation benchmark: " << words.size() << " words from " << argv[1]
           << ", single thread\n";
    // As `stadtsatz hyphenate` (breaks only), then as `--joints` and the typesetter use it.
    for (const bool classify : {false, true}) {
        stadtsatz::text::HyphenationOptions options;
        options.classify = classify;
        measure_words(options, words,
                      classify ? "breaks classified (--joints, typesetter)"
                               : "breaks only (stadtsatz hyphenate)",
                      report);
    }
    report_text_preparation(argc == 3 ? std::filesystem::path(argv[2])
                                      : std::filesystem::path(STADTSATZ_SOURCE_DIR) / "content",
                            report);
    std::cout << report.str();
    return 0;
}
