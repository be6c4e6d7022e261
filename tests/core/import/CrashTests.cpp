// SPDX-License-Identifier: MIT
// Crash test: a child process imports a large CSV and is killed with SIGKILL at many different moments; the
// project must open, pass integrity_check and hold either all of the import or none of it.
#include "ImportTestSupport.h"
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
constexpr int kKills = 60;

// Forks a child that opens the project and imports the CSV; returns its pid. The child never returns.
pid_t startImport(const std::string& projectPath, const std::string& csvPath)
{
    std::cout.flush();
    const pid_t pid = fork();
    if (pid == 0) {
        auto db = project::open(projectPath);
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

}  // namespace

TEST_CASE("crash: an import killed at 60 moments leaves the project whole and the import all or nothing", "[crash]")
{
    test::TempDir dir;
    const auto csv = dir.write("big.csv", test::largeOrdersCsv(kRows, 5000));
    const auto path = dir.file("p.clvw");
    {
        auto db = project::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db);
        REQUIRE(importOrdersCsv(*db, dir.write("base.csv", "customer_id,order_date,amount\nC1,2023-12-31,5\nZ,2023-12-30,6\n")));
    }
    const std::string base = test::readBytes(path);

    // Calibrate: how long does an uninterrupted child take?
    auto t0 = std::chrono::steady_clock::now();
    pid_t pid = startImport(path, csv);
    REQUIRE(pid > 0);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    const auto full = std::chrono::steady_clock::now() - t0;
    const auto fullUs = std::chrono::duration_cast<std::chrono::microseconds>(full).count();

    int killed = 0, allThere = 0, noneThere = 0;
    for (int i = 0; i < kKills; ++i) {
        restore(path, base);
        // Spread the kill moments over the whole run, a few just after its expected end.
        const auto delay = std::chrono::microseconds(fullUs * (i + 1) / (kKills - 5));
        pid = startImport(path, csv);
        REQUIRE(pid > 0);
        std::this_thread::sleep_for(delay);
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        if (WIFSIGNALED(status))
            ++killed;

        auto db = project::open(path);
        INFO("kill " << i << " after " << delay.count() << " us");
        REQUIRE(db);
        CHECK(test::integrity(*db) == "ok");
        const auto orders = *db->queryInt("SELECT count(*) FROM orders");
        const auto imports = *db->queryInt("SELECT count(*) FROM imports");
        if (orders == 2) {
            ++noneThere;
            CHECK(imports == 1);
        } else {
            ++allThere;
            CHECK(orders == 2 + kRows);
            CHECK(imports == 2);
            CHECK(*db->queryInt("SELECT rows_imported FROM imports WHERE id = 2") == kRows);
        }
    }
    std::cout << "crash test: uninterrupted import " << fullUs / 1000 << " ms; " << kKills << " runs, " << killed
              << " killed mid-way; afterwards " << noneThere << " without the import, " << allThere << " with all of it\n";
    CHECK(killed >= 40);
    CHECK(noneThere > 0);
    CHECK(allThere + noneThere == kKills);
}
