// SPDX-License-Identifier: MIT
#pragma once

// A shim SQLite VFS for the reliability tests: it wraps the default (unix) VFS, counts the operations that change
// files (xWrite, xSync, xTruncate on any file, xDelete of a file) and can fail or crash at the N-th one.

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace clv::test {

/// A scratch directory on tmpfs (/dev/shm) when there is one, else under the temp dir; removed at scope exit.
/// The reliability tests inject failures and process crashes, not power loss, so they need the file system's
/// semantics, not its fsync latency (which on a loaded machine makes them minutes slower).
class ScratchDir {
public:
    ScratchDir()
    {
        std::random_device rd;
        const std::filesystem::path base = std::filesystem::is_directory("/dev/shm")
            ? std::filesystem::path("/dev/shm") : std::filesystem::temp_directory_path();
        m_path = base / ("clv-reliability-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~ScratchDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    std::string file(const std::string& name) const { return (m_path / name).string(); }
    std::string write(const std::string& name, const std::string& content) const
    {
        std::ofstream(file(name), std::ios::binary) << content;
        return file(name);
    }

private:
    std::filesystem::path m_path;
};

class FaultVfs {
public:
    enum class Mode {
        Count,     ///< only count
        FailOnce,  ///< operation N returns an SQLITE_IOERR_* code; the ones after it succeed
        FailFrom,  ///< operation N and every later one fail (a disk that went away)
        KillAfter  ///< operation N is carried out, then the process kills itself with SIGKILL
    };

    /// Registers the shim (once per process, not as the default) and returns it.
    static FaultVfs& instance();

    /// Starts counting from zero in `mode`; `n` is 1-based.
    void arm(Mode mode, long n = 0);
    /// Back to Count mode; the count is kept.
    void disarm();
    /// File-changing operations seen since the last arm().
    long operations() const;
    /// Operations that were made to fail since the last arm().
    long failures() const;

    /// Makes the shim the default VFS while alive, so project::open uses it; restores the real default after.
    /// A connection keeps the VFS it was opened with, so a guard is only needed around the open.
    class AsDefault {
    public:
        AsDefault();
        ~AsDefault();
        AsDefault(const AsDefault&) = delete;
        AsDefault& operator=(const AsDefault&) = delete;
    };

private:
    FaultVfs() = default;
};

}  // namespace clv::test
