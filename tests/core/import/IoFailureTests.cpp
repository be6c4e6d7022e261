// SPDX-License-Identifier: MIT
// I/O failure test (SQLite's own method): a shim VFS fails the N-th file-changing operation (write, sync,
// truncate, delete) during an import, for N = 1, 2, ... until the import succeeds. Every failure must come back as
// an error (not a crash, not a half-stored import) and the project, reopened with the real VFS, must pass
// integrity_check and hold exactly what it held before.
#include "ImportTestSupport.h"
#include "ReliabilityVfs.h"
#include "TestSupport.h"

#include "core/import/OrderImporter.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

using namespace clv;

namespace {

constexpr int kRows = 3000;

struct ProjectState {
    std::string integrity;
    std::int64_t customers = -1, orders = -1, imports = -1;
    std::string content;  ///< every row of customers, orders and imports (test::snapshot)
};

// Reopens the project with the real VFS, as the next session of the application would.
ProjectState inspect(const std::string& path)
{
    ProjectState s;
    auto db = project::open(path);
    if (!db) {
        s.integrity = "open failed: " + db.error().toString();
        return s;
    }
    s.integrity = test::integrity(*db);
    s.customers = *db->queryInt("SELECT count(*) FROM customers");
    s.orders = *db->queryInt("SELECT count(*) FROM orders");
    s.imports = *db->queryInt("SELECT count(*) FROM imports");
    s.content = test::snapshot(*db);
    return s;
}

void restoreFile(const std::string& path, const std::string& bytes)
{
    std::error_code ec;
    std::filesystem::remove(path + "-journal", ec);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

struct Attempt {
    bool imported = false;
    ErrorCode code = ErrorCode::Internal;
    long operations = 0;
    long failures = 0;
};

// Opens the project through the shim, arms it and imports; the connection is closed before returning.
Attempt importThroughShim(const std::string& path, const std::string& csv, test::FaultVfs::Mode mode, long n)
{
    auto& vfs = test::FaultVfs::instance();
    Result<Database> db = [&] {
        test::FaultVfs::AsDefault shimIsDefault;
        return project::open(path);
    }();
    REQUIRE(db);
    vfs.arm(mode, n);
    auto report = importOrdersCsv(*db, csv);
    Attempt a;
    a.imported = report.has_value();
    if (!report)
        a.code = report.error().code;
    a.operations = vfs.operations();
    a.failures = vfs.failures();
    vfs.disarm();
    return a;
}

}  // namespace

TEST_CASE("io failure: a failed write, sync, truncate or delete during an import is an error and changes nothing",
          "[iofailure]")
{
    test::ScratchDir dir;
    // Rows 0..99 of the big file are already in the project: the import both skips and adds.
    const std::string big = test::largeOrdersCsv(kRows, 700);
    const auto csv = dir.write("big.csv", big);
    const auto path = dir.file("p.clvw");
    {
        auto db = project::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db);
        std::string head = big.substr(0, big.find('\n') + 1);
        std::size_t end = 0;
        for (int i = 0; i <= 100; ++i)
            end = big.find('\n', end) + 1;
        REQUIRE(importOrdersCsv(*db, dir.write("base.csv", big.substr(0, end))));
    }
    const std::string baseBytes = test::readBytes(path);
    const ProjectState before = inspect(path);
    REQUIRE(before.integrity == "ok");
    REQUIRE(before.orders == 100);

    // A clean run through the shim counts the operations and gives the state after a successful import.
    restoreFile(path, baseBytes);
    const Attempt clean = importThroughShim(path, csv, test::FaultVfs::Mode::Count, 0);
    REQUIRE(clean.imported);
    const long total = clean.operations;
    REQUIRE(total > 10);
    const ProjectState after = inspect(path);
    REQUIRE(after.integrity == "ok");
    REQUIRE(after.orders == kRows);

    for (auto mode : {test::FaultVfs::Mode::FailOnce, test::FaultVfs::Mode::FailFrom}) {
        const char* modeName = mode == test::FaultVfs::Mode::FailOnce ? "fail once" : "fail from then on";
        long succeededAt = 0;
        for (long n = 1; n <= total + 1 && succeededAt == 0; ++n) {
            restoreFile(path, baseBytes);
            const Attempt a = importThroughShim(path, csv, mode, n);
            const ProjectState state = inspect(path);
            INFO(modeName << ", operation " << n << " of " << total << ": " << (a.imported ? "imported" : "error"));
            CHECK(state.integrity == "ok");
            if (a.imported) {
                succeededAt = n;
                CHECK(a.failures == 0);
                CHECK(state.content == after.content);
            } else {
                CHECK(a.failures > 0);
                CHECK(a.code == ErrorCode::Database);
                CHECK(state.customers == before.customers);
                CHECK(state.orders == before.orders);
                CHECK(state.imports == before.imports);
                CHECK(state.content == before.content);
            }
        }
        std::cout << "io failure (" << modeName << "): " << total << " file-changing operations per import, each "
                  << "failure reported; first success at operation " << succeededAt << '\n';
        // Every one of the `total` operations was needed: failing any of them failed the import.
        CHECK(succeededAt == total + 1);
    }
}
