// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/Database.h"

#include <fstream>
#include <iterator>
#include <string>

namespace clv::test {

/// A large orders CSV: `rows` rows over `customers` customers, with order ids.
inline std::string largeOrdersCsv(int rows, int customers)
{
    std::string csv = "order_id,customer_id,order_date,amount\n";
    for (int i = 0; i < rows; ++i) {
        csv += std::to_string(100000 + i) + ",C" + std::to_string((i * 7919) % customers) + ",2024-0"
            + std::to_string(1 + i % 9) + "-" + std::to_string(10 + i % 18) + "," + std::to_string(1 + i % 500) + "."
            + std::to_string(10 + i % 90) + "\n";
    }
    return csv;
}

inline std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

/// Everything a project holds, as text, to compare before and after a failed import.
inline std::string snapshot(Database& db)
{
    std::string out;
    for (const char* sql : {"SELECT id || ':' || external_id FROM customers ORDER BY id",
                            "SELECT id || ':' || customer_id || ':' || import_id || ':' || coalesce(source_order, '') || ':' "
                            "|| order_day || ':' || amount_cents || ':' || source_seq FROM orders ORDER BY id",
                            "SELECT id || ':' || fingerprint || ':' || rows_imported FROM imports ORDER BY id"}) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return "error: " + stmt.error().detail;
        for (;;) {
            auto row = stmt->step();
            if (!row || !*row)
                break;
            out += stmt->columnText(0) + '\n';
        }
        out += "--\n";
    }
    return out;
}

inline std::string integrity(Database& db)
{
    auto stmt = db.prepare("PRAGMA integrity_check");
    if (!stmt)
        return stmt.error().detail;
    auto row = stmt->step();
    return row && *row ? stmt->columnText(0) : std::string("no result");
}

}  // namespace clv::test
