#include "cli/preview_server.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include <vector>

namespace stadtsatz::cli {
namespace fs = std::filesystem;

namespace {

// The longest request head read; anything longer is refused.
constexpr std::size_t maximum_request_head = 16 * 1024;
// A client that sends or reads nothing for this long is dropped.
constexpr int socket_timeout_seconds = 5;

constexpr const char* version_path = "/__stadtsatz/version";

// Reloads the page once /__stadtsatz/version changes; only in pages the preview sends.
constexpr const char* reload_script =
    "<script>/* Stadtsatz-Vorschau: lädt die Seite nach jedem Bau neu (nur in der Vorschau, "
    "nicht in out/) */(function(){var v;function f(){fetch('/__stadtsatz/version',"
    "{cache:'no-store'}).then(function(r){return r.text()}).then(function(t){"
    "if(v===undefined){v=t}else if(t!==v){location.reload();return}setTimeout(f,500)},"
    "function(){setTimeout(f,1000)})}f()})();</script>\n";

// "%C3%A4" → "ä"; nothing for a broken escape or a NUL byte.
std::optional<std::string> percent_decoded(const std::string& text) {
    std::string result;
    for (std::size_t index = 0; index < text.size(); ++index) {
        char character = text[index];
        if (character == '%') {
            if (index + 2 >= text.size() ||
                !std::isxdigit(static_cast<unsigned char>(text[index + 1])) ||
                !std::isxdigit(static_cast<unsigned char>(text[index + 2]))) {
                return std::nullopt;
            }
            character = static_cast<char>(std::stoi(text.substr(index + 1, 2), nullptr, 16));
            index += 2;
        }
        if (character == '\0') {
            return std::nullopt;
        }
        result += character;
    }
    return result;
}

// The segments of a decoded path, without empty ones and "."; nothing if one is "..".
std::optional<std::vector<std::string>> path_segments(const std::string& path) {
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos) {
            end = path.size();
        }
        const std::string segment = path.substr(start, end - start);
        if (segment == "..") {
            return std::nullopt;
        }
        if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = end + 1;
    }
    return segments;
}

bool is_within(const fs::path& path, const fs::path& root) {
    const auto mismatch = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
    return mismatch.first == root.end();
}

void send_all(int connection, const std::string& data) {
    std::size_t sent = 0;
    while (sent < data.size()) {
        const ssize_t count =
            ::send(connection, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (count <= 0) {
            return;
        }
        sent += static_cast<std::size_t>(count);
    }
}

void respond(int connection, bool head_only, const std::string& status,
             const std::string& content_type, const std::string& body,
             const std::string& extra_headers = "") {
    std::string response = "HTTP/1.1 " + status + "\r\nContent-Type: " + content_type +
                           "\r\nContent-Length: " + std::to_string(body.size()) +
                           "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff"
                           "\r\nConnection: close\r\n" +
                           extra_headers + "\r\n";
    if (!head_only) {
        response += body;
    }
    send_all(connection, response);
}

void respond_error(int connection, bool head_only, const std::string& status) {
    respond(connection, head_only, status, "text/plain; charset=utf-8", status + "\n");
}

} // namespace

std::optional<fs::path> file_for_request(const fs::path& site, const std::string& path_in_site) {
    const auto decoded = percent_decoded(path_in_site);
    if (!decoded) {
        return std::nullopt;
    }
    const auto segments = path_segments(*decoded);
    if (!segments) {
        return std::nullopt;
    }
    std::error_code error;
    const fs::path root = fs::canonical(site, error);
    if (error) {
        return std::nullopt;
    }
    fs::path candidate = root;
    for (const std::string& segment : *segments) {
        candidate /= segment;
    }
    fs::path resolved = fs::canonical(candidate, error);
    if (!error && fs::is_directory(resolved, error)) {
        resolved = fs::canonical(resolved / "index.html", error);
    }
    if (error || !is_within(resolved, root) || !fs::is_regular_file(resolved, error)) {
        return std::nullopt;
    }
    return resolved;
}

std::string content_type_for(const fs::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char character) { return std::tolower(character); });
    if (extension == ".html" || extension == ".htm")
        return "text/html; charset=utf-8";
    if (extension == ".css")
        return "text/css; charset=utf-8";
    if (extension == ".js")
        return "text/javascript; charset=utf-8";
    if (extension == ".svg")
        return "image/svg+xml";
    if (extension == ".png")
        return "image/png";
    if (extension == ".jpg" || extension == ".jpeg")
        return "image/jpeg";
    if (extension == ".gif")
        return "image/gif";
    if (extension == ".webp")
        return "image/webp";
    if (extension == ".ico")
        return "image/x-icon";
    if (extension == ".pdf")
        return "application/pdf";
    if (extension == ".woff2")
        return "font/woff2";
    if (extension == ".woff")
        return "font/woff";
    if (extension == ".ttf")
        return "font/ttf";
    if (extension == ".json")
        return "application/json";
    if (extension == ".xml")
        return "application/xml";
    if (extension == ".txt")
        return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

std::string with_reload_script(std::string html) {
    const std::size_t body_end = html.rfind("</body>");
    html.insert(body_end == std::string::npos ? html.size() : body_end, reload_script);
    return html;
}

PreviewServer::PreviewServer(fs::path out_folder, std::string start_edition)
    : out_folder_(std::move(out_folder)), start_edition_(std::move(start_edition)) {}

PreviewServer::~PreviewServer() {
    if (thread_.joinable()) {
        const char stop = 1;
        [[maybe_unused]] const ssize_t ignored = ::write(stop_pipe_[1], &stop, 1);
        thread_.join();
    }
    for (int descriptor : {listener_, stop_pipe_[0], stop_pipe_[1]}) {
        if (descriptor >= 0) {
            ::close(descriptor);
        }
    }
}

bool PreviewServer::start(std::uint16_t port, std::string& error) {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (listener_ < 0 || ::pipe2(stop_pipe_, O_CLOEXEC) != 0) {
        error = std::strerror(errno);
        return false;
    }
    const int yes = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // never reachable from other machines
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 16) != 0) {
        error = "127.0.0.1:" + std::to_string(port) + ": " + std::strerror(errno);
        return false;
    }
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
    return true;
}

void PreviewServer::serve() {
    while (true) {
        pollfd waiting[2] = {{listener_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
        if (::poll(waiting, 2, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        if (waiting[1].revents != 0) {
            return;
        }
        const int connection = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0) {
            continue;
        }
        timeval timeout{socket_timeout_seconds, 0};
        ::setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        ::setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        answer(connection);
        ::close(connection);
    }
}

void PreviewServer::answer(int connection) {
    std::string request;
    char buffer[4096];
    while (request.find("\r\n\r\n") == std::string::npos) {
        if (request.size() > maximum_request_head) {
            respond_error(connection, false, "431 Request Header Fields Too Large");
            return;
        }
        const ssize_t count = ::recv(connection, buffer, sizeof buffer, 0);
        if (count <= 0) {
            return;
        }
        request.append(buffer, static_cast<std::size_t>(count));
    }
    const std::size_t line_end = request.find("\r\n");
    const std::string line = request.substr(0, line_end);
    const std::size_t first_space = line.find(' ');
    const std::size_t second_space = line.find(' ', first_space + 1);
    if (first_space == std::string::npos || second_space == std::string::npos ||
        line.compare(second_space + 1, 5, "HTTP/") != 0) {
        respond_error(connection, false, "400 Bad Request");
        return;
    }
    const std::string method = line.substr(0, first_space);
    std::string target = line.substr(first_space + 1, second_space - first_space - 1);
    const bool head_only = method == "HEAD";
    if (method != "GET" && !head_only) {
        respond(connection, false, "405 Method Not Allowed", "text/plain; charset=utf-8",
                "405 Method Not Allowed\n", "Allow: GET, HEAD\r\n");
        return;
    }
    target = target.substr(0, target.find_first_of("?#"));
    if (target.empty() || target[0] != '/') {
        respond_error(connection, head_only, "400 Bad Request");
        return;
    }
    if (target == version_path) {
        respond(connection, head_only, "200 OK", "text/plain; charset=utf-8",
                std::to_string(generation_.load()));
        return;
    }
    const auto decoded = percent_decoded(target);
    if (!decoded || !path_segments(*decoded)) {
        respond_error(connection, head_only, "403 Forbidden");
        return;
    }
    if (target == "/") {
        respond(connection, head_only, "302 Found", "text/plain; charset=utf-8", "",
                "Location: /" + start_edition_ + "/\r\n");
        return;
    }
    // /<edition>/<path in out/<edition>/html/>
    const std::size_t edition_end = target.find('/', 1);
    const auto edition = percent_decoded(target.substr(1, edition_end - 1));
    if (!edition || edition->empty() || *edition == "." ||
        edition->find('/') != std::string::npos) {
        respond_error(connection, head_only, "404 Not Found");
        return;
    }
    if (edition_end == std::string::npos) {
        respond(connection, head_only, "301 Moved Permanently", "text/plain; charset=utf-8", "",
                "Location: " + target + "/\r\n");
        return;
    }
    const auto file = file_for_request(out_folder_ / *edition / "html", target.substr(edition_end));
    if (!file) {
        respond_error(connection, head_only, "404 Not Found");
        return;
    }
    std::ifstream input(*file, std::ios::binary);
    std::string body((std::istreambuf_iterator<char>(input)), std::istreambuf_iterator<char>());
    if (!input.good() && !input.eof()) {
        respond_error(connection, head_only, "500 Internal Server Error");
        return;
    }
    const std::string type = content_type_for(*file);
    if (type.rfind("text/html", 0) == 0) {
        body = with_reload_script(std::move(body));
    }
    respond(connection, head_only, "200 OK", type, body);
}

} // namespace stadtsatz::cli
