#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace stadtsatz::pipeline {

// How long each stage took, in the order they ran (for `--timings` and the benchmark).
class StageTimings {
public:
    struct Entry {
        std::string stage;
        double milliseconds = 0;
    };

    // Runs `work` and records its duration under `stage`.
    template <typename Work> auto measure(const std::string& stage, Work&& work) {
        const auto start = std::chrono::steady_clock::now();
        struct Recorder {
            StageTimings& timings;
            const std::string& stage;
            std::chrono::steady_clock::time_point start;
            ~Recorder() {
                const auto end = std::chrono::steady_clock::now();
                timings.entries_.push_back(
                    {stage, std::chrono::duration<double, std::milli>(end - start).count()});
            }
        } recorder{*this, stage, start};
        return work();
    }

    // Records how long one of several parts that ran at the same time took on its own
    // thread; parts are shown apart from the stages and not added to the total.
    void record_part(const std::string& part, double milliseconds) {
        parts_.push_back({part, milliseconds});
    }

    const std::vector<Entry>& entries() const { return entries_; }
    const std::vector<Entry>& parts() const { return parts_; }
    double total_milliseconds() const;

private:
    std::vector<Entry> entries_;
    std::vector<Entry> parts_;
};

} // namespace stadtsatz::pipeline
