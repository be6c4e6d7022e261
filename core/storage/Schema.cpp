// SPDX-License-Identifier: MIT
#include "core/storage/Schema.h"

#include "core/storage/Project.h"

#include <string>

namespace clv::schema {
namespace {

// Version 1: customers, the import log, orders and subscriptions.
// Money in integer cents; dates as days since 1970-01-01 (INTEGER), so sums are exact and ranges are fast.
constexpr const char* kVersion1 = R"SQL(
CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE imports (
    id             INTEGER PRIMARY KEY,
    file_name      TEXT NOT NULL,
    fingerprint    TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('orders', 'subscriptions')),
    preset         TEXT,
    rows_read      INTEGER NOT NULL DEFAULT 0,
    rows_imported  INTEGER NOT NULL DEFAULT 0,
    rows_skipped   INTEGER NOT NULL DEFAULT 0,
    rows_rejected  INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE orders (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    import_id     INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    source_order  TEXT,
    source_line   INTEGER NOT NULL,
    order_day     INTEGER NOT NULL,
    amount_cents  INTEGER NOT NULL
) STRICT;
CREATE INDEX orders_by_customer ON orders(customer_id, order_day);
CREATE INDEX orders_by_import ON orders(import_id);

CREATE TABLE subscriptions (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    import_id        INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    source_id        TEXT,
    plan             TEXT,
    price_cents      INTEGER NOT NULL,
    start_day        INTEGER NOT NULL,
    cancel_day       INTEGER,
    CHECK (cancel_day IS NULL OR cancel_day >= start_day)
) STRICT;
CREATE INDEX subscriptions_by_customer ON subscriptions(customer_id);
)SQL";

// Version 2: project-level settings (RFM grid, analysis options, saved scenarios) as key -> JSON text.
constexpr const char* kVersion2 = R"SQL(
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT;
)SQL";

struct Step {
    int toVersion;
    const char* sql;
};
constexpr Step kSteps[] = {{1, kVersion1}, {2, kVersion2}};

}  // namespace

Result<void> migrate(Database& db, int fromVersion)
{
    for (const Step& step : kSteps) {
        if (step.toVersion <= fromVersion)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return fail(tx.error());
        if (auto r = db.exec(step.sql); !r)
            return r;
        if (auto r = db.exec("PRAGMA application_id = " + std::to_string(project::kApplicationId)); !r)
            return r;
        if (auto r = db.exec("PRAGMA user_version = " + std::to_string(step.toVersion)); !r)
            return r;
        if (auto r = tx->commit(); !r)
            return r;
    }
    return {};
}

}  // namespace clv::schema
