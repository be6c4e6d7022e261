// SPDX-License-Identifier: MIT
// Crash test: a child process imports a large CSV and dies by SIGKILL at many different moments; the project must
// open, pass integrity_check and hold either all of the import or none of it.
//
// Two kinds of kill moments:
// - at I/O points: the child runs through the fault VFS (ReliabilityVfs.h) and kills itself right after its N-th
//   file-changing operation, for 60 values of N spread over the whole import, from the first write to the journal
//   deletion that commits. The disk state after a crash can only differ at these points, the moments are the
//   same on every run, and none of them depends on how busy the machine is.
// - from outside, at wall-clock delays spread over a measured run, as a crash at an arbitrary instruction would
//   come. Under load (parallel ctest, builds) a delay may land after the child finished, so these runs check the
//   invariants but not how many of them were mid-way.
#include "ImportTestSupport.h"
#include "ReliabilityVfs.h"
#include "TestSupport.h"

#include "core/import/OrderImporter.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace clv;

namespace {

constexpr int kRows = 40000;
constexpr long kIoKills = 60;
constexpr int kTimedKills = 20;

// Forks a child that opens the project (through the fault VFS when `killAfter` > 0, which then kills the child
// after that many file-changing operations) and imports the CSV; returns its pid. The child never returns.
pid_t startImport(const std::string& projectPath, const std::string& csvPath, long killAfter = 0)
{
    std::cout.flush();
    const pid_t pid = fork();
    if (pid == 0) {
        Result<Database> db = [&] {
            if (killAfter <= 0)
                return project::open(projectPath);
            test::FaultVfs::AsDefault shimIsDefault;
            return project::open(projectPath);
        }();
        if (killAfter > 0)
            test::FaultVfs::instance().arm(test::FaultVfs::Mode::KillAfter, killAfter);
        const bool ok = db && importOrdersCsv(*db, csvPath).has_value();
        _exit(ok ? 0 : 3);
    }
    return pid;
}

void restore(const std::string& path, const std::string& bytes)
{
    std::error_code ec;
    std::filesystem::remove(path + "-journal", ec);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

enum class Outcome { None, All, Broken };

// Opens the project after a crash (rolling back a hot journal) and checks integrity and all-or-nothing.
Outcome inspectAfterCrash(const std::string& path)
{
    auto db = project::open(path);
    REQUIRE(db);
    auto problems = project::verify(*db);
    REQUIRE(problems);
    CHECK(problems->empty());
    CHECK(test::integrity(*db) == "ok");
    const auto orders = *db->queryInt("SELECT count(*) FROM orders");
    const auto imports = *db->queryInt("SELECT count(*) FROM imports");
    if (orders == 2 && imports == 1)
        return Outcome::None;
    if (orders == 2 + kRows && imports == 2 && *db->queryInt("SELECT rows_imported FROM imports WHERE id = 2") == kRows)
        return Outcome::All;
    FAIL_CHECK("partial import: " << orders << " orders, " << imports << " log entries");
    return Outcome::Broken;
}

}  // namespace

TEST_CASE("crash: an import killed at 60 I/O points and at timed moments leaves the project whole and the import "
          "all or nothing", "[crash]")
{
    test::ScratchDir dir;
    const auto csv = dir.write("big.csv", test::largeOrdersCsv(kRows, 5000));
    const auto path = dir.file("p.clvw");
    {
        auto db = project::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db);
        REQUIRE(importOrdersCsv(*db, dir.write("base.csv", "customer_id,order_date,amount\nC1,2023-12-31,5\nZ,2023-12-30,6\n")));
    }
    const std::string base = test::readBytes(path);

    // Calibrate in a child: the duration and the number of file-changing operations of an uninterrupted import.
    const auto t0 = std::chrono::steady_clock::now();
    pid_t pid = startImport(path, csv, 1L << 40);  // counted through the fault VFS, never reached
    REQUIRE(pid > 0);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    const auto fullUs = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count();
    REQUIRE(inspectAfterCrash(path) == Outcome::All);
    restore(path, base);
    long operations = 0;
    {
        // The same import in this process only to count operations; the file is restored before any fork.
        Result<Database> db = [&] {
            test::FaultVfs::AsDefault shimIsDefault;
            return project::open(path);
        }();
        REQUIRE(db);
        test::FaultVfs::instance().arm(test::FaultVfs::Mode::Count);
        REQUIRE(importOrdersCsv(*db, csv));
        operations = test::FaultVfs::instance().operations();
    }
    REQUIRE(operations >= kIoKills);

    // Kills at I/O points 1 .. operations, evenly spread, first and last included.
    int ioKilled = 0, ioNone = 0, ioAll = 0;
    bool committed = false;
    for (long i = 0; i < kIoKills; ++i) {
        const long point = 1 + i * (operations - 1) / (kIoKills - 1);
        restore(path, base);
        pid = startImport(path, csv, point);
        REQUIRE(pid > 0);
        waitpid(pid, &status, 0);
        INFO("killed after file-changing operation " << point << " of " << operations);
        CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));
        ioKilled += WIFSIGNALED(status) ? 1 : 0;
        const Outcome outcome = inspectAfterCrash(path);
        ioNone += outcome == Outcome::None;
        ioAll += outcome == Outcome::All;
        // One commit point: once a crash keeps the import, every later crash does too.
        if (committed)
            CHECK(outcome == Outcome::All);
        committed = committed || outcome == Outcome::All;
    }
    CHECK(ioKilled == kIoKills);
    CHECK(ioNone > 0);
    CHECK(ioAll > 0);  // the last point is the journal deletion, the commit itself

    // Kills from outside at wall-clock moments spread over the calibrated run (and a little past its end).
    int timedKilled = 0, timedNone = 0, timedAll = 0;
    for (int i = 0; i < kTimedKills; ++i) {
        restore(path, base);
        const auto delay = std::chrono::microseconds(fullUs * (i + 1) / (kTimedKills - 2));
        pid = startImport(path, csv);
        REQUIRE(pid > 0);
        std::this_thread::sleep_for(delay);
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        INFO("timed kill " << i << " after " << delay.count() << " us");
        CHECK((WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 0)));
        timedKilled += WIFSIGNALED(status) ? 1 : 0;
        const Outcome outcome = inspectAfterCrash(path);
        timedNone += outcome == Outcome::None;
        timedAll += outcome == Outcome::All;
    }
    std::cout << "crash test: uninterrupted import " << fullUs / 1000 << " ms, " << operations
              << " file-changing operations; " << kIoKills << " kills at I/O points: " << ioNone
              << " without the import, " << ioAll << " with all of it; " << kTimedKills << " timed kills ("
              << timedKilled << " mid-way): " << timedNone << " without, " << timedAll << " with all of it\n";
    CHECK(timedNone + timedAll == kTimedKills);
}
