// Benchmark (not a test): hyphenates every word of a German word list with the engine
// `stadtsatz hyphenate` uses, single-threaded, and prints words per second.
//
// Usage: stadtsatz_bench WORD_LIST (one word per line, e.g. /usr/share/dict/ngerman)

#include "text/hyphenator.hpp"

#include <chrono>
#include <ctime>
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

} // namespace

int main(int argc, char** argv) {
    using Clock = std::chrono::steady_clock;
    if (argc != 2) {
        std::cerr << "usage: stadtsatz_bench WORD_LIST\n";
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

    const auto set_up_start = Clock::now();
    const stadtsatz::text::Hyphenator hyphenator;
    std::vector<stadtsatz::text::BreakPoint> breaks;
    hyphenator.hyphenate(std::string_view("Integrationskonzept"), breaks); // builds the tables
    const std::chrono::duration<double> set_up = Clock::now() - set_up_start;

    std::size_t hyphenated_words = 0;
    std::size_t break_count = 0;
    std::size_t joint_count = 0;
    std::size_t rounds = 0;
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
        ++rounds;
        elapsed = Clock::now() - start;
    } while (elapsed.count() < 2.0);
    const double cpu_seconds = thread_seconds() - cpu_start;

    std::ostringstream report;
    report.precision(3);
    report << std::fixed << "hyphenation benchmark: " << words.size() << " words from " << argv[1]
           << ", " << rounds << " rounds, single thread\n"
           << "  set-up (patterns + compound lexicon): " << set_up.count() * 1000.0 << " ms\n"
           << "  " << static_cast<double>(hyphenated_words) / elapsed.count() / 1e6
           << " million words/second ("
           << elapsed.count() * 1e9 / static_cast<double>(hyphenated_words)
           << " ns/word wall clock, breaks classified)\n"
           << "  " << static_cast<double>(hyphenated_words) / cpu_seconds / 1e6
           << " million words per CPU second of this thread\n"
           << "  breaks per word: "
           << static_cast<double>(break_count) / static_cast<double>(hyphenated_words)
           << ", of them compound joints: "
           << 100.0 * static_cast<double>(joint_count) / static_cast<double>(break_count) << " %\n";
    std::cout << report.str();
    return 0;
}
