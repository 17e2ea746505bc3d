#pragma once

#include <string>
#include <vector>

namespace stadtsatz::cli {

// Exit codes: 0 success, 1 the content has errors, 2 the command line is wrong.
inline constexpr int exit_success = 0;
inline constexpr int exit_content_error = 1;
inline constexpr int exit_usage_error = 2;

int run_build_command(const std::vector<std::string>& arguments);
int run_check_command(const std::vector<std::string>& arguments);
int run_hyphenate_command(const std::vector<std::string>& arguments);
int run_lint_command(const std::vector<std::string>& arguments);
int run_init_command(const std::vector<std::string>& arguments);
int run_watch_command(const std::vector<std::string>& arguments);

} // namespace stadtsatz::cli
