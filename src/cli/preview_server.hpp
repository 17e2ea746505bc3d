#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>

namespace stadtsatz::cli {

// The local preview of `stadtsatz watch --serve`: a small HTTP/1.1 server on 127.0.0.1 that
// serves out/<edition>/html/ as /<edition>/…, GET and HEAD only, nothing outside those
// folders (no "..", no symbolic link out). Into the HTML pages it sends (never into the files
// on disk) it adds a short script that asks /__stadtsatz/version every half second and reloads
// the page when a build has finished since.
class PreviewServer {
public:
    PreviewServer(std::filesystem::path out_folder, std::string start_edition);
    ~PreviewServer(); // stops the server
    PreviewServer(const PreviewServer&) = delete;
    PreviewServer& operator=(const PreviewServer&) = delete;

    // Listens on 127.0.0.1:`port` (0: a free port) and serves on a thread of its own.
    bool start(std::uint16_t port, std::string& error);
    std::uint16_t port() const { return port_; }
    // A build finished: pages open in a browser reload.
    void announce_build() { ++generation_; }

private:
    void serve();
    void answer(int connection);

    std::filesystem::path out_folder_;
    std::string start_edition_; // where "/" leads
    int listener_ = -1;
    int stop_pipe_[2] = {-1, -1}; // written to by the destructor to end serve()
    std::uint16_t port_ = 0;
    std::atomic<std::uint64_t> generation_{0};
    std::thread thread_;
};

// What a request's path names: a file below `site` (out/<edition>/html), or nothing when it
// lies outside (after percent-decoding, "..", symbolic links) or does not exist. A folder
// stands for its index.html. Exposed for the tests.
std::optional<std::filesystem::path> file_for_request(const std::filesystem::path& site,
                                                      const std::string& path_in_site);

// The Content-Type for a file by its extension.
std::string content_type_for(const std::filesystem::path& file);

// `html` with the reload script added before </body> (or at the end).
std::string with_reload_script(std::string html);

} // namespace stadtsatz::cli
