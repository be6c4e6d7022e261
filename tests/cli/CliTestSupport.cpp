// SPDX-License-Identifier: MIT
#include "CliTestSupport.h"

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <sys/wait.h>

namespace clitest {

std::string shellQuote(const std::string& arg)
{
    std::string q = "'";
    for (char c : arg)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

CliRun runShell(const std::string& commandLine)
{
    CliRun r;
    FILE* pipe = popen(commandLine.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        r.out.append(buf.data(), n);
    const int status = pclose(pipe);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

CliRun runClv(const std::vector<std::string>& args, bool mergeStderr)
{
    std::string cmd = shellQuote(CLV_EXE);
    for (const auto& a : args)
        cmd += ' ' + shellQuote(a);
    cmd += mergeStderr ? " 2>&1" : " 2>/dev/null";
    return runShell(cmd);
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

double jsonNumber(const std::string& json, const std::string& key, std::size_t from)
{
    const std::string needle = "\"" + key + "\":";
    const auto at = json.find(needle, from);
    if (at == std::string::npos)
        return std::numeric_limits<double>::quiet_NaN();
    return std::strtod(json.c_str() + at + needle.size(), nullptr);
}

ScratchDir::ScratchDir(const std::string& prefix)
{
    std::random_device rd;
    m_path = std::filesystem::temp_directory_path() / (prefix + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(m_path);
}

ScratchDir::~ScratchDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::string ScratchDir::write(const std::string& name, const std::string& content) const
{
    std::ofstream(file(name), std::ios::binary) << content;
    return file(name);
}

}  // namespace clitest
