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

// Version 3: idempotent re-import. An order's natural key is (customer, order day, amount in cents, source order
// id or '' when the file has none, source_seq), where source_seq numbers the repeats of that exact tuple within
// one file (two identical line items of one order, or two same-amount purchases of one customer on one day, get
// 1 and 2). Re-importing a file, or a later export that overlaps it, yields the same keys, and the importer's
// INSERT ... ON CONFLICT DO NOTHING skips them. The unique index starts with (customer_id, order_day), so it
// replaces orders_by_customer. Rows stored before version 3 (possibly the same file imported twice) are numbered
// by id so the index can be built: nothing already stored is dropped.
constexpr const char* kVersion3 = R"SQL(
ALTER TABLE orders ADD COLUMN source_seq INTEGER NOT NULL DEFAULT 1;
UPDATE orders SET source_seq = numbered.seq
FROM (SELECT id, row_number() OVER (PARTITION BY customer_id, order_day, amount_cents, coalesce(source_order, '')
                                    ORDER BY id) AS seq
      FROM orders) AS numbered
WHERE orders.id = numbered.id AND numbered.seq > 1;
CREATE UNIQUE INDEX orders_natural_key
    ON orders(customer_id, order_day, amount_cents, coalesce(source_order, ''), source_seq);
DROP INDEX IF EXISTS orders_by_customer;
)SQL";

// Version 4: named what-if scenarios (core/storage/ScenarioStore.h). One row per scenario with the inputs as
// columns in the units of clv::ScenarioInputs (points, percent, fractions, months, currency units); REAL keeps
// every double exactly. Timestamps are UTC ISO 8601 text. IF NOT EXISTS: a file whose version was lowered by hand
// (as some test fixtures do) still opens.
constexpr const char* kVersion4 = R"SQL(
CREATE TABLE IF NOT EXISTS scenarios (
    name                   TEXT PRIMARY KEY,
    retention_points       REAL NOT NULL DEFAULT 0,
    frequency_percent      REAL NOT NULL DEFAULT 0,
    price_change_percent   REAL NOT NULL DEFAULT 0,
    gross_margin           REAL NOT NULL DEFAULT 1,
    monthly_discount_rate  REAL NOT NULL DEFAULT 0.01,
    horizon_months         INTEGER NOT NULL DEFAULT 12 CHECK (horizon_months BETWEEN 1 AND 1200),
    cac                    REAL NOT NULL DEFAULT 0 CHECK (cac >= 0),
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
) STRICT;
)SQL";

// Version 5: the project's fitted and valued models (core/storage/ModelResultStore.h), one row per purchase model
// kind, so that opening a project again shows the model figures without fitting. `signature` is the decimal 64-bit
// fingerprint of the model inputs; `body` the line-based record of modelstore::serialize.
constexpr const char* kVersion5 = R"SQL(
CREATE TABLE IF NOT EXISTS model_results (
    kind       TEXT PRIMARY KEY,
    format     INTEGER NOT NULL,
    signature  TEXT NOT NULL,
    saved_at   TEXT NOT NULL,
    body       TEXT NOT NULL
) STRICT;
)SQL";

// Version 6: no index on orders(import_id). Only undoing an import and listing the imports look orders up by
// import, once each, and a scan of the table does that; keeping the index cost every import of a large file
// close to a second (it is rebuilt after a bulk load) and the file a tenth of its size.
constexpr const char* kVersion6 = R"SQL(
DROP INDEX IF EXISTS orders_by_import;
)SQL";

struct Step {
    int toVersion;
    const char* sql;
    const char* onlyIfTable = nullptr;  ///< the step changes this table: skipped (version still bumped) without it
};
constexpr Step kSteps[] = {{1, kVersion1}, {2, kVersion2}, {3, kVersion3, "orders"}, {4, kVersion4}, {5, kVersion5}, {6, kVersion6}};

}  // namespace

Result<void> migrate(Database& db, int fromVersion)
{
    for (const Step& step : kSteps) {
        if (step.toVersion <= fromVersion)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return fail(tx.error());
        bool apply = true;
        if (step.onlyIfTable) {  // scoped: the statement is finalized before COMMIT
            auto stmt = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
            if (!stmt)
                return fail(stmt.error());
            stmt->bind(1, std::string_view(step.onlyIfTable));
            auto row = stmt->step();
            if (!row)
                return fail(row.error());
            apply = *row && stmt->columnInt(0) > 0;
        }
        if (apply)
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
