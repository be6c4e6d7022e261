// SPDX-License-Identifier: MIT
// Shared helpers of the CLI tests: run the real `clv` executable and work in a scratch folder.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace clitest {

/// The outcome of one `clv` run.
struct CliRun {
    int exitCode = -1;
    std::string out;  ///< stdout, plus stderr unless the run kept it apart
};

/// Quotes one argument for /bin/sh.
std::string shellQuote(const std::string& arg);

/// Runs a shell command line and captures its stdout (add "2>&1" to capture stderr too).
CliRun runShell(const std::string& commandLine);

/// Runs `clv ARGS...`. With mergeStderr false, stderr is discarded and `out` holds stdout only.
CliRun runClv(const std::vector<std::string>& args, bool mergeStderr = true);

/// The whole content of a file ("" when it cannot be read).
std::string readFile(const std::string& path);

/// The first number after "\"key\":" at or after `from` in a JSON text; NaN when absent.
double jsonNumber(const std::string& json, const std::string& key, std::size_t from = 0);

/// A fresh folder under the system temp dir, removed with everything in it at the end of the test.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& prefix = "clv-cli-");
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::string file(const std::string& name) const { return (m_path / name).string(); }
    /// Writes `content` to `name` in the folder and returns its path.
    std::string write(const std::string& name, const std::string& content) const;

private:
    std::filesystem::path m_path;
};

}  // namespace clitest
