// Benchmark (not a test): times decoding and PDF preparation of the sample's pictures, and
// compares zlib levels on their print (CMYK) data.
//
// Usage: stadtsatz_image_bench [ICC_PROFILE] [IMAGE ...] (defaults: the standard style's
// styles/icc/FOGRA39L_coated.icc and every PNG and JPEG in content/bilder/)

#include "images/image_decoding.hpp"
#include "pdf/colour.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <functional>
#include <iomanip>
#include <iostream>
#include <string>
#include <thread>
#include <vector>
#include <zlib.h>

namespace {

using namespace stadtsatz;

constexpr int runs = 15;

// CPU time of this thread, so that other processes on a busy machine do not count.
double thread_milliseconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double wall_milliseconds() {
    return std::chrono::duration<double, std::milli>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Median CPU and wall time of `runs` calls of `work`, in milliseconds.
struct Timing {
    double cpu = 0;
    double wall = 0;
};

Timing median_time(const std::function<void()>& work) {
    std::vector<double> cpu;
    std::vector<double> wall;
    for (int run = 0; run < runs; ++run) {
        const double cpu_start = thread_milliseconds();
        const double wall_start = wall_milliseconds();
        work();
        cpu.push_back(thread_milliseconds() - cpu_start);
        wall.push_back(wall_milliseconds() - wall_start);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    return {cpu[runs / 2], wall[runs / 2]};
}

std::ostream& operator<<(std::ostream& stream, const Timing& timing) {
    return stream << std::fixed << std::setprecision(2) << std::setw(7) << timing.cpu << " ms CPU, "
                  << std::setw(7) << timing.wall << " ms wall";
}

std::size_t zlib_size(const std::vector<std::uint8_t>& data, int level) {
    uLongf size = compressBound(uLong(data.size()));
    std::vector<std::uint8_t> output(size);
    compress2(output.data(), &size, data.data(), uLong(data.size()), level);
    return size;
}

} // namespace

int main(int argc, char** argv) {
    const std::filesystem::path source = STADTSATZ_SOURCE_DIR;
    const std::string profile =
        argc > 1 ? argv[1] : (source / "styles/icc/FOGRA39L_coated.icc").string();
    std::vector<std::string> files;
    for (int index = 2; index < argc; ++index) {
        files.emplace_back(argv[index]);
    }
    if (files.empty()) {
        for (const auto& entry : std::filesystem::directory_iterator(source / "content/bilder")) {
            const auto extension = entry.path().extension();
            if (extension == ".png" || extension == ".jpg" || extension == ".jpeg") {
                files.push_back(entry.path().string());
            }
        }
        std::sort(files.begin(), files.end());
    }

    std::string error;
    std::optional<pdf::PrintColour> colour;
    const Timing load = median_time([&] { colour = pdf::PrintColour::load(profile, error); });
    if (!colour) {
        std::cerr << error << '\n';
        return 1;
    }
    std::cout << "Images (median of " << runs << " runs)\n";
    std::cout << "  load print profile " << std::filesystem::path(profile).filename().string()
              << ": " << load << '\n';

    Timing print_total;
    std::vector<images::DecodedImage> decoded_images;
    for (const std::string& file : files) {
        auto decoded = images::decode_image(file);
        if (auto* failure = std::get_if<images::DecodingError>(&decoded)) {
            std::cerr << file << ": " << failure->message << '\n';
            return 1;
        }
        const images::DecodedImage& image = std::get<images::DecodedImage>(decoded);
        const Timing decode = median_time([&] { images::decode_image(file); });
        pdf::PreparedImage print;
        const Timing print_time =
            median_time([&] { print = pdf::prepare_print_image(image, *colour); });
        pdf::PreparedImage screen;
        const Timing screen_time = median_time([&] { screen = pdf::prepare_screen_image(image); });
        std::vector<std::uint8_t> cmyk;
        const Timing conversion = median_time([&] { cmyk = colour->to_cmyk(image); });
        print_total.cpu += print_time.cpu;
        print_total.wall += print_time.wall;

        std::cout << "  " << std::filesystem::path(file).filename().string() << " (" << image.width
                  << " × " << image.height << ")\n"
                  << "    decode:             " << decode << '\n'
                  << "    prepare for print:  " << print_time << ", " << print.data.size()
                  << " bytes\n"
                  << "      of which to_cmyk: " << conversion << '\n'
                  << "    prepare for screen: " << screen_time << ", " << screen.data.size()
                  << " bytes"
                  << (image.passthrough != images::Passthrough::None ? " (passed through)" : "")
                  << '\n'
                  << "    zlib on the CMYK data (" << cmyk.size() << " bytes):";
        for (int level : {1, 3, 6}) {
            std::vector<std::uint8_t> compressed;
            const Timing time = median_time([&] { zlib_size(cmyk, level); });
            std::cout << "  level " << level << " " << zlib_size(cmyk, level) << " bytes in "
                      << std::setprecision(1) << time.cpu << " ms CPU;";
        }
        std::cout << '\n';
        decoded_images.push_back(image);
    }
    std::cout << "  all pictures prepared for print: " << print_total << '\n';

    // The print and screen PDFs may be written on two threads that share one PrintColour:
    // every picture prepared for print on each of two threads at once.
    const Timing both = median_time([&] {
        const auto prepare_all = [&] {
            for (const auto& image : decoded_images) {
                pdf::prepare_print_image(image, *colour);
            }
        };
        std::thread other(prepare_all);
        prepare_all();
        other.join();
    });
    std::cout << "  the same on two threads at once:  " << std::setprecision(2) << both.wall
              << " ms wall (one thread's work: " << print_total.wall << " ms)\n";
    return 0;
}
